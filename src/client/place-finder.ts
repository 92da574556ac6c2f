/**
 * "Xã tôi": the place finder's script (PlaceFinder.astro). The list of places (a small JSON
 * file, src/site/places.ts) loads on the first touch of the box; from then on every key
 * filters it in place, tone marks optional (place-match.ts). Enter opens the first place's
 * page, unless the names shown are only near the one typed (a letter off): then the reader
 * chooses, Enter goes to the search page. Without this script the form goes to /tim-kiem/
 * and the list below it still works.
 * The search page shows the same entries first (search-client.ts).
 */
import { pathIn } from '../i18n/lang.ts';
import { matchPlaces, type Place } from './place-match.ts';

export type PlaceText = Record<'count' | 'enter' | 'none' | 'near' | 'searchAll' | 'more' | 'formerly' | 'formerDistrict' | 'nowIn' | 'districtEnded' | 'failed', string> & {
  /** On an English page: the kinds of unit in English, written after the name (src/i18n/places.en.ts). */
  types?: Readonly<Record<string, string>> | undefined;
};

const SHOWN = 8;
const lists = new Map<string, Promise<Place[]>>();

export function loadPlaces(src: string): Promise<Place[]> {
  let list = lists.get(src);
  if (!list) {
    list = fetch(src).then((r) => (r.ok ? (r.json() as Promise<Place[]>) : Promise.reject(new Error(`${src}: ${r.status}`))));
    list.catch(() => lists.delete(src));
    lists.set(src, list);
  }
  return list;
}

const capital = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "xã Bính Xá" as the list has it, or "Bính Xá commune" on an English page. */
function label(type: string, name: string, text: PlaceText): string {
  const kind = text.types?.[type.toLocaleLowerCase('vi')];
  return kind ? `${name} ${kind}` : `${type} ${name}`;
}

/**
 * The list's district labels ("huyện Đình Lập, thành phố Lạng Sơn", Vietnamese in the one
 * JSON file for both languages) in the page's language: each is "<type> <name>".
 */
function districtLabels(d: string, text: PlaceText): string {
  const types = Object.keys(text.types ?? {}).sort((a, b) => b.length - a.length);
  if (types.length === 0) return d;
  return d
    .split(', ')
    .map((one) => {
      const type = types.find((t) => one.toLocaleLowerCase('vi').startsWith(`${t} `));
      return type ? label(type, one.slice(type.length + 1), text) : one;
    })
    .join(', ');
}

/** A page of the list in the language of the page the reader is on (its English twin on an English page). */
const localPath = (path: string): string => pathIn(document.documentElement.lang === 'en' ? 'en' : 'vi', path);

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = localPath(href);
  a.textContent = text;
  return a;
}

/** One entry: today's commune as a link; an old unit with today's communes it is part of now. */
export function placeItem(places: readonly Place[], i: number, text: PlaceText): HTMLLIElement {
  const p = places[i]!;
  const li = document.createElement('li');
  const name = capital(label(p.t, p.n, text));
  const district = p.d && districtLabels(p.d, text);
  const note = document.createElement('span');
  note.className = 'place-note';
  if (p.c) {
    li.append(link(p.u!, name));
    if (district) note.textContent = ` · ${text.formerDistrict} ${district}`;
  } else {
    li.append(p.u ? link(p.u, name) : Object.assign(document.createElement('strong'), { textContent: name }));
    const where = p.h ? text.districtEnded : `${district ? `${district}, ` : ''}${text.formerly}; ${text.nowIn}`;
    note.append(` (${where} `);
    (p.to ?? []).forEach((t, k) => {
      const to = places[t]!;
      if (k > 0) note.append(', ');
      note.append(link(to.u!, label(to.t, to.n, text)));
    });
    note.append(')');
  }
  li.append(note);
  return li;
}

/** The page a place's entry leads to first: its own, or the first commune of today it is part of. */
export function placeHref(places: readonly Place[], i: number): string | undefined {
  const p = places[i]!;
  const path = p.u ?? places[p.to?.[0] ?? -1]?.u;
  return path && localPath(path);
}

function enhance(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const out = root.querySelector<HTMLUListElement>('[data-place-results]');
  const status = root.querySelector<HTMLElement>('[data-place-status]');
  if (!form || !input || !out || !status) return;
  const text = JSON.parse(root.dataset['text'] ?? '{}') as PlaceText;
  const src = root.dataset['src']!;
  let first: string | undefined;

  const render = async () => {
    const q = input.value;
    let places: Place[];
    try {
      places = await loadPlaces(src);
    } catch {
      status.textContent = text.failed;
      return;
    }
    if (q !== input.value) return;
    const found = matchPlaces(places, q);
    first = found[0] && !found[0].near ? placeHref(places, found[0].i) : undefined;
    out.replaceChildren(...found.slice(0, SHOWN).map((m) => placeItem(places, m.i, text)));
    if (!q.trim()) status.replaceChildren();
    else if (found.length === 0) status.replaceChildren(`${text.none} `, link(`${form.action}?q=${encodeURIComponent(q.trim())}`, text.searchAll), '.');
    else if (found[0]!.near) status.textContent = text.near;
    else status.textContent = `${text.count.replace('{n}', String(found.length))}. ${found.length > SHOWN ? `${text.more.replace('{n}', String(found.length - SHOWN))} ` : ''}${text.enter}`;
  };

  input.addEventListener('focus', () => void loadPlaces(src).catch(() => undefined), { once: true });
  input.addEventListener('input', () => void render());
  form.addEventListener('submit', (event) => {
    if (!first || !input.value.trim()) return;
    event.preventDefault();
    location.assign(first);
  });
  if (input.value) void render();
}

export function enhancePlaceFinders(): void {
  document.querySelectorAll<HTMLElement>('[data-place-finder]').forEach(enhance);
}
