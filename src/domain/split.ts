/** As few pages of at most `max` items as needed, of even sizes: 130 items make two pages of 65, not 100 and 30. */
export function splitEvenly<T>(items: readonly T[], max: number): T[][] {
  const pages = Math.ceil(items.length / max);
  return Array.from({ length: pages }, (_, n) => items.slice(Math.round((n * items.length) / pages), Math.round(((n + 1) * items.length) / pages)));
}
