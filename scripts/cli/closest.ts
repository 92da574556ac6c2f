/**
 * The known names a mistyped one was most likely meant to be: those at the smallest edit
 * distance, when it is 2 or less (relase → release, dryrun → dry-run, prot → port), or a
 * name that starts the other or is started by it (dry → dry-run, data-dir → data). Several
 * when equally close (dat → data and date), none when nothing is close. Case does not count.
 */
export function closestNames(typed: string, names: readonly string[]): string[] {
  const word = typed.toLowerCase();
  const close = names
    .map((name) => ({ name, distance: editDistance(word, name) }))
    .filter(({ name, distance }) => distance <= 2 || (word !== '' && (name.startsWith(word) || word.startsWith(name))));
  const best = Math.min(...close.map((c) => c.distance));
  return close.filter((c) => c.distance === best).map((c) => c.name);
}

/**
 * The fewest letters inserted, deleted, replaced or swapped with the next one to turn a
 * into b (optimal string alignment): a swap is one slip of the fingers, so "prot" is
 * closer to "port" than to "root".
 */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
