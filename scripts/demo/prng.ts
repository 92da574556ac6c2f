/**
 * Seeded pseudo-random numbers for the demo generator. Never Math.random.
 *
 * Every unit draws from its own stream, keyed by a label such as
 * `commune:06073`, so adding a draw for one unit never shifts another's numbers.
 * Only +, −, ×, / and integer operations are used (no Math.exp/log/pow), so the
 * output does not depend on how a JavaScript engine approximates those.
 */

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Roughly normal in [−1, 1], mean 0 (mean of three uniforms, rescaled). */
  bell(): number;
}

/** mulberry32 (Tommy Ettinger), a small 32-bit generator with a good spread. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: string, label: string): Rng {
  const next = mulberry32(fnv1a32(`${seed}|${label}`));
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    bell: () => (next() + next() + next()) / 1.5 - 1,
  };
}
