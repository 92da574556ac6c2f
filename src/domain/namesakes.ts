/**
 * Namesakes: the items of one list whose printed name another item of the list shares
 * ("Mẫu Sơn" in Cao Lộc and in Lộc Bình, both on the 2020 commune map). Whatever prints
 * such a list adds something to them (their district) so that a reader can tell them
 * apart; the other names stay short.
 */
export function namesakes<T>(items: readonly T[], name: (item: T) => string): Set<T> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(name(item), (counts.get(name(item)) ?? 0) + 1);
  return new Set(items.filter((item) => counts.get(name(item))! > 1));
}
