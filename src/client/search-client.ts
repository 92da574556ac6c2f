/**
 * The search page's script. Loads pagefind (/pagefind/pagefind.js, written by
 * the build after Astro) only when a search is made, renders the results with
 * their kind and place, and keeps ?q= in the address bar so a search can be
 * shared. Tone marks are optional: pagefind folds them, and "d" also searches
 * as "đ" (search-query.ts), so "dinh lap" finds "Đình Lập"; pages where the words stand
 * together, as a phrase, come before pages where they are scattered.
 *
 * Places come first, from the place finder's list (place-finder.ts): one entry per place,
 * today's communes and old names with the commune they are part of now, so a reader needs
 * to know nothing of boundary periods. Pagefind's full-text results follow, of the kinds the
 * page names (the `loai` filter: profiles, news, the plan, content pages); unit pages are not
 * in the index (SEARCH_INDEX_GLOB in src/site/urls.ts), the place entries stand for them.
 */
import { loadPlaces, placeItem, type PlaceText } from './place-finder.ts';
import { matchPlaces } from './place-match.ts';
import { mergeResults, phraseOf, queryVariants } from './search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    // A weak length penalty (pagefind's default is 0.75): long pages such as the plan are
    // not pushed below short ones for their length alone.
    await pf.options({ excerptLength: 24, ranking: { pageLength: 0.2 } });
    return pf;
  });
  return pagefind;
}

/** Entities to text, whitespace kept: a <textarea> parses its content as text (RCDATA), never as tags. */
function decode(html: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}

/** Pagefind's excerpt is escaped text with <mark> around the hits: rebuild it as DOM, never as HTML. */
function excerptNode(excerpt: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-result__excerpt';
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const hit = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (hit) {
      const mark = document.createElement('mark');
      mark.textContent = decode(hit[1]!);
      p.append(mark);
    } else if (part) {
      p.append(decode(part));
    }
  });
  return p;
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.className = 'search-result__title';
  a.href = r.url;
  a.textContent = r.meta['title'] ?? r.url;
  li.append(a);
  const meta = [r.meta['kind'], r.meta['place'], r.meta['date']].filter(Boolean).join(' · ');
  if (meta) {
    const p = document.createElement('p');
    p.className = 'search-result__meta';
    p.textContent = meta;
    li.append(p);
  }
  li.append(excerptNode(r.excerpt));
  return li;
}

export function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const out = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const nojs = document.querySelector<HTMLElement>('[data-search-nojs]');
  if (!form || !input || !out || !status) return;
  if (nojs) nojs.hidden = true;
  const text = (key: string) => out.dataset[key] ?? '';
  const placeText = JSON.parse(text('placeText') || '{}') as PlaceText;
  const kinds = JSON.parse(text('kinds') || '[]') as string[];
  const placesSrc = text('places');
  // The search page in the page's language (/tim-kiem/ or /en/tim-kiem/): the form's own address.
  const page = form.getAttribute('action') ?? '/tim-kiem/';
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const search = async (query: string, updateUrl: boolean) => {
    const q = query.trim();
    const mine = ++run;
    if (updateUrl) history.replaceState(null, '', q ? `${page}?q=${encodeURIComponent(q)}` : page);
    if (!q) {
      out.replaceChildren();
      status.replaceChildren();
      return;
    }
    out.dataset['state'] = 'loading';
    if (!out.firstChild) out.textContent = text('loading');
    try {
      const places = await loadPlaces(placesSrc).catch(() => []);
      const placesFound = matchPlaces(places, q);
      const pf = await loadPagefind();
      const find = (queries: string[]) => Promise.all(queries.map(async (v) => (await pf.search(v, { filters: { loai: { any: kinds } } }))?.results ?? []));
      const variants = queryVariants(q);
      const [plain, together] = await Promise.all([find(variants), find(variants.flatMap((v) => phraseOf(v) ?? []))]);
      if (mine !== run) return;
      const found = { results: mergeResults(plain, together) };
      const total = placesFound.length + found.results.length;
      const heading = document.createElement('h2');
      heading.textContent = (total === 0 ? text('none') : total === 1 && text('countOne') ? text('countOne') : text('count')).replace('{n}', String(total)).replace('{q}', q);
      const list = document.createElement('ol');
      out.replaceChildren(heading);
      status.textContent = heading.textContent;
      if (placesFound.length > 0) {
        const placeList = document.createElement('ul');
        placeList.className = 'search-places';
        placeList.append(...placesFound.map((m) => placeItem(places, m.i, placeText)));
        out.append(Object.assign(document.createElement('h3'), { textContent: text('placesHeading') }));
        if (placesFound[0]!.near) out.append(Object.assign(document.createElement('p'), { textContent: placeText.near }));
        out.append(placeList);
      }
      if (found.results.length > 0) out.append(Object.assign(document.createElement('h3'), { textContent: text('pagesHeading') }), list);
      let shown = 0;
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'button-secondary';
      more.textContent = text('more');
      const showMore = async () => {
        const batch = await Promise.all(found.results.slice(shown, shown + PAGE).map((r) => r.data()));
        if (mine !== run) return;
        const fromButton = document.activeElement === more;
        shown += batch.length;
        const items = batch.map(resultItem);
        list.append(...items);
        // The reader carries on at the first new result: left on the button, they were below the
        // new results, and once the list is whole the button goes and focus fell to <body>.
        if (fromButton) items[0]?.querySelector('a')?.focus();
        if (shown >= found.results.length) more.remove();
        else if (!more.isConnected) out.append(more);
      };
      more.addEventListener('click', () => void showMore());
      await showMore();
      out.dataset['state'] = 'done';
    } catch {
      if (mine === run) {
        out.textContent = text('failed');
        status.textContent = text('failed');
        out.dataset['state'] = 'failed';
      }
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value, true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value, true), 250);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search(initial, false);
  }
}
