/**
 * Colours and patterns of the maps. Numeric maps use ColorBrewer's YlOrRd
 * (Cynthia Brewer, Apache-2.0): one hue run from pale yellow to dark red whose
 * lightness falls steadily, so the order of the classes survives every common
 * colour-vision deficiency and greyscale printing (tests/map-classes.test.ts
 * checks it under simulated protanopia, deuteranopia and tritanopia). Darker
 * always means worse: the scheme reverses the run for indicators where higher
 * is better.
 *
 * Categories never rely on colour alone: "not met", "cannot be evaluated" and
 * "no data" each carry their own pattern (stripes, dots, hatching), and the
 * legend and the table say it in words.
 */

export type PatternKind = 'hatch' | 'stripes' | 'dots';

/** One legend entry's look: a flat colour, or a pattern of `ink` over `fill`. */
export interface Swatch {
  key: string;
  fill: string;
  pattern?: { kind: PatternKind; ink: string };
}

const YL_OR_RD: Record<number, readonly string[]> = {
  // One or two classes (figures that barely differ): from the 3-class run.
  1: ['#feb24c'],
  2: ['#ffeda0', '#f03b20'],
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
};

/**
 * `n` colours from best (pale) to worst (dark), 1 to 6. At most 6: in the 7-class run the
 * two darkest reds are hard to tell apart under tritanopia (about 1 L* apart).
 */
export function sequential(n: number): string[] {
  const colours = YL_OR_RD[n];
  if (!colours) throw new RangeError(`Bảng màu có từ 1 đến 6 lớp, cần ${n}`);
  return [...colours];
}

/** No figure for the area: grey hatching on white, never a colour of the scale. */
export const NO_DATA: Swatch = { key: 'nd', fill: '#ffffff', pattern: { kind: 'hatch', ink: '#5f6368' } };
/** Criteria met: pale green, flat. */
export const MET_FILL = '#c7e9c0';
/** Criteria not met: dark red with pale stripes. */
export const NOT_MET: Swatch = { key: 'nm', fill: '#99000d', pattern: { kind: 'stripes', ink: '#fcbba1' } };
/** Criteria cannot be evaluated (missing years): dark dots on light grey. */
export const UNKNOWN: Swatch = { key: 'uk', fill: '#e4e6e8', pattern: { kind: 'dots', ink: '#3d434a' } };
/** No criterion applies to the unit this year: near-white, flat. */
export const NOT_APPLICABLE_FILL = '#f7f7f7';

// ------------------------------------------------------------ colour science --
// For the tests and for anyone choosing new colours: relative luminance, CIE L*,
// and simulated colour-vision deficiencies (Machado, Oliveira & Fernandes 2009,
// severity 1), all on linear sRGB.

export type Rgb = [number, number, number];

export function hexToLinear(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [channel((n >> 16) & 255), channel((n >> 8) & 255), channel(n & 255)];
}

const luminance = ([r, g, b]: Rgb): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** CIE L* (0–100) of a linear colour. */
export function lightness(rgb: Rgb): number {
  const y = luminance(rgb);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MACHADO: Record<Deficiency, readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const m = MACHADO[deficiency];
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const [r, g, b] = rgb;
  return [
    clamp(m[0]! * r + m[1]! * g + m[2]! * b),
    clamp(m[3]! * r + m[4]! * g + m[5]! * b),
    clamp(m[6]! * r + m[7]! * g + m[8]! * b),
  ];
}
