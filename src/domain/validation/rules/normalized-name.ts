/**
 * A name written as the pages and the CSV downloads show it: Unicode NFC, single spaces,
 * none at either end. The same answer as comparing the name with
 * `name.normalize('NFC').replace(/\s+/g, ' ').trim()`, without making that copy of every
 * name of a large release.
 */
export function isNormalizedName(name: string): boolean {
  return !/\s\s|[^\S ]|^ | $/.test(name) && name.normalize('NFC') === name;
}
