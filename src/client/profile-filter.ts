/**
 * Instant filtering of the profile list. Progressive enhancement of
 * ProfileList.astro: the filter links keep working without this script (they
 * lead to pre-rendered pages); with it, a click filters in place, filters of
 * different kinds combine, and the address bar keeps a shareable URL (the
 * pre-rendered page when one filter is set, /dien-hinh/?… otherwise).
 */
type Dimension = 'loai' | 'dia-ban' | 'khen-thuong';
const DIMENSIONS: readonly Dimension[] = ['loai', 'dia-ban', 'khen-thuong'];

export function enhanceProfileFilters(): void {
  const root = document.querySelector<HTMLElement>('[data-profile-filters]');
  const list = document.querySelector<HTMLElement>('[data-profile-list]');
  const count = document.querySelector<HTMLElement>('[data-profile-count]');
  const none = document.querySelector<HTMLElement>('[data-profile-none]');
  if (!root || !list || !count || !none) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
  const cards = [...list.querySelectorAll<HTMLElement>('li[data-kind]')];
  const total = Number(count.dataset['total'] ?? cards.length);
  const state = new Map<Dimension, string>();
  // The unfiltered list in the page's language (/dien-hinh/ or /en/dien-hinh/): an "All" link's address.
  const home = links.find((a) => !a.dataset['value'])?.getAttribute('href') ?? '/dien-hinh/';

  // The filter this page was rendered with, then any combination in the query string.
  for (const a of links) {
    if (a.getAttribute('aria-current') === 'page') state.set(a.dataset['filter'] as Dimension, a.dataset['value'] ?? '');
  }
  const query = new URLSearchParams(location.search);
  for (const d of DIMENSIONS) {
    const v = query.get(d);
    if (v && links.some((a) => a.dataset['filter'] === d && a.dataset['value'] === v)) state.set(d, v);
  }

  const matches = (card: HTMLElement): boolean =>
    [...state].every(([d, v]) => {
      if (!v) return true;
      if (d === 'loai') return card.dataset['kind'] === v;
      if (d === 'dia-ban') return (card.dataset['places'] ?? '').split(' ').includes(v);
      return (card.dataset['awards'] ?? '').split(' ').includes(v);
    });

  const url = (): string => {
    const set = [...state].filter(([, v]) => v);
    if (set.length === 0) return home;
    if (set.length === 1) {
      const [d, v] = set[0]!;
      return links.find((a) => a.dataset['filter'] === d && a.dataset['value'] === v)?.getAttribute('href') ?? home;
    }
    return `${home}?${new URLSearchParams(set).toString()}`;
  };

  const apply = (updateUrl: boolean): void => {
    let shown = 0;
    for (const card of cards) {
      const ok = matches(card);
      card.hidden = !ok;
      if (ok) shown++;
    }
    for (const a of links) {
      const d = a.dataset['filter'] as Dimension;
      const active = (state.get(d) ?? '') === (a.dataset['value'] ?? '');
      if (active) {
        a.setAttribute('aria-current', a.dataset['value'] ? 'page' : 'true');
        const label = root.querySelector(`[data-dimension="${d}"] [data-filter-current]`);
        if (label) label.textContent = a.textContent;
      } else a.removeAttribute('aria-current');
    }
    count.textContent = shown === total ? (count.dataset['all'] ?? '') : (count.dataset['some'] ?? '').replace('{n}', String(shown));
    none.hidden = shown > 0;
    if (updateUrl) history.replaceState(null, '', url());
  };

  root.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!a || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    state.set(a.dataset['filter'] as Dimension, a.dataset['value'] ?? '');
    apply(true);
  });
  none.querySelector('a')?.addEventListener('click', (event) => {
    event.preventDefault();
    state.clear();
    apply(true);
  });
  if (query.toString()) apply(false);
}
