/**
 * Letters typed wrong, missing, extra or swapped with the next one between a and b (optimal
 * string alignment): a swap is one slip of the fingers, so "prot" is one slip off "port"
 * and two off "root". Shared by the place finder (a name typed a letter off) and the commands
 * (a mistyped option), so both count a typo the same way.
 */
export function slips(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
