/**
 * Settings of the interactive map, in one place.
 *
 * Background tiles are OFF: with them off no request leaves the site's origin
 * (docs/budgets-and-quality.md#page-weight) and the explorer works the same on a phone in a valley with a weak
 * signal. To turn them on, set MAP_TILES to a tile service you are allowed to use,
 * with its attribution, e.g.
 *
 *   export const MAP_TILES: TileSetting | null = {
 *     url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
 *     attribution: '© <a href="https://www.openstreetmap.org/copyright">Những người đóng góp OpenStreetMap</a>',
 *     maxZoom: 19,
 *     opacity: 0.75,
 *   };
 *
 * (check the provider's usage policy first; the attribution is shown on the map).
 */
export interface TileSetting {
  /** URL template with {z}, {x}, {y} (and optionally {s}). */
  url: string;
  /** HTML shown in the map's corner; required by every tile provider. */
  attribution: string;
  maxZoom: number;
  /** Opacity of the coloured areas over the tiles. */
  opacity: number;
}

export const MAP_TILES: TileSetting | null = null;

/** How far a reader can zoom in, in powers of two beyond the whole province. */
export const MAX_ZOOM_IN = 3;

/**
 * Area names on the map: written in drawing units at LABEL_FONT (the page's map is 600
 * units wide, so about 11 px on a 360 px phone, 18 px on a wide screen), and only where
 * the name fits inside the area's largest part. The script keeps them at LABEL_PX on
 * screen at every width and zoom, showing the names that fit at that size.
 */
export const LABEL_FONT = 18;
export const LABEL_PX = 12;
/** Estimated width of a letter, in ems, before a browser can measure (a sans-serif with Vietnamese marks). */
export const LABEL_EM_PER_LETTER = 0.56;

/** Whether a name at `font` units fits in a box `h` high. */
export const labelFitsHeight = (h: number, font: number): boolean => font * 1.3 <= 0.7 * h;

/** Whether a name of `letters` letters fits in a box `w` × `h` at `font` units. */
export const labelFits = (letters: number, w: number, h: number, font: number, emPerLetter = LABEL_EM_PER_LETTER): boolean =>
  letters * emPerLetter * font <= 0.9 * w && labelFitsHeight(h, font);

export interface LabelPlace {
  x: number;
  y: number;
  w: number;
  h: number;
  letters: number;
  /** Ems per letter: estimated at build, measured in the browser (when first read). */
  em?: number;
}

/**
 * Fewer names than this that fit, and fewer than one area in FEW_NAMES_PER_AREA, and none is
 * written: one name on a map of 200 communes ("Yên Lỗ" alone on the 2020 commune map, at its
 * printed size and on a phone) reads as the one commune the map is about.
 */
export const FEW_NAMES = 3;
export const FEW_NAMES_PER_AREA = 20;

/**
 * Which names to show at `font` units: those that fit in their area, largest areas
 * first, leaving out a name that would touch one already placed; none when only a few
 * of many fit (FEW_NAMES).
 */
export function namesShown(places: readonly LabelPlace[], font: number): boolean[] {
  const shown = places.map(() => false);
  const taken: [number, number, number, number][] = [];
  const order = places.map((_, i) => i).sort((a, b) => places[b]!.w * places[b]!.h - places[a]!.w * places[a]!.h || a - b);
  for (const i of order) {
    const p = places[i]!;
    // The height first: it needs no width, and the browser measures a name's width only
    // when asked (src/client/map-explorer.ts).
    if (!labelFitsHeight(p.h, font)) continue;
    const em = p.em ?? LABEL_EM_PER_LETTER;
    if (!labelFits(p.letters, p.w, p.h, font, em)) continue;
    const half = (p.letters * em * font) / 2 + font * 0.2;
    const box: [number, number, number, number] = [p.x - half, p.y - font * 0.7, p.x + half, p.y + font * 0.7];
    if (taken.some((t) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3])) continue;
    taken.push(box);
    shown[i] = true;
  }
  const count = taken.length;
  return count < FEW_NAMES && count * FEW_NAMES_PER_AREA < places.length ? places.map(() => false) : shown;
}

/**
 * At most this many areas on one map view; a layer with more is split into parts (parts.ts):
 * one per district, and pages of at most this many for the units under no district.
 * Measured on the embedded data (docs/budgets-and-quality.md#map-pages): each area adds about
 * 0.18 KB gzip of HTML (its path, its name and its table row: 23.8 KB for 11 districts,
 * 57.4 KB for 200 communes), and the page's CSS and script are 7.4 KB, so 250 areas come to
 * about 66 KB of HTML and 74 KB in all, under the 80 KB map budget with room for longer
 * names. Lạng Sơn's largest layer (200 communes) stays whole.
 */
export const MAP_PART_MAX = 250;
