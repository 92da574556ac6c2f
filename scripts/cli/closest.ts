import { slips } from '../../src/domain/slips.ts';

/**
 * The known names a mistyped one was most likely meant to be: those at the smallest edit
 * distance, when it is 2 or less (relase → release, dryrun → dry-run, prot → port), or a
 * name that starts the other or is started by it (dry → dry-run, data-dir → data). Several
 * when equally close (dat → data and date), none when nothing is close. Case does not count.
 */
export function closestNames(typed: string, names: readonly string[]): string[] {
  const word = typed.toLowerCase();
  const close = names
    .map((name) => ({ name, distance: slips(word, name) }))
    .filter(({ name, distance }) => distance <= 2 || (word !== '' && (name.startsWith(word) || word.startsWith(name))));
  const best = Math.min(...close.map((c) => c.distance));
  return close.filter((c) => c.distance === best).map((c) => c.name);
}
