/**
 * Largest-remainder (Hamilton) allocation: split a non-negative integer total
 * into integer parts proportional to the weights, summing exactly to the total.
 * Ties in the remainders go to the earlier index, so the result is deterministic.
 */
export function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`total must be a non-negative integer, got ${total}`);
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new Error('cannot allocate a positive total to no parts');
  }
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`weights must be finite and non-negative, got ${w}`);
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new Error('cannot allocate a positive total with all-zero weights');
  }
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map((q) => Math.floor(q));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}
