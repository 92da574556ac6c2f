/** How a legend swatch is painted in SVG: a colour, or a pattern defined in the map's <defs>. */
import type { Swatch } from '../../domain/map/palette.ts';

export const patternId = (prefix: string, s: Swatch): string => `${prefix}-${s.key}`;

export const swatchFill = (prefix: string, s: Swatch): string => (s.pattern ? `url(#${patternId(prefix, s)})` : s.fill);
