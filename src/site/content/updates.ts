import type { UpdateView } from './data.ts';

/** Updates per page on /tin-tuc/ and /tin-tuc/trang/<n>/. */
const UPDATES_PER_PAGE = 10;

export function pageOf(updates: readonly UpdateView[], page: number): { items: UpdateView[]; pages: number } {
  const pages = Math.max(1, Math.ceil(updates.length / UPDATES_PER_PAGE));
  return { items: updates.slice((page - 1) * UPDATES_PER_PAGE, page * UPDATES_PER_PAGE), pages };
}

/** Every tag with its updates, by name. */
export function tagsOf(updates: readonly UpdateView[]): { name: string; slug: string; updates: UpdateView[] }[] {
  const bySlug = new Map<string, { name: string; slug: string; updates: UpdateView[] }>();
  for (const u of updates) {
    for (const tag of u.tags) {
      const entry = bySlug.get(tag.slug) ?? { ...tag, updates: [] };
      entry.updates.push(u);
      bySlug.set(tag.slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
