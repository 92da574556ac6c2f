import { createHash } from 'node:crypto';
import { slugify } from '../slug.ts';
import type { Source } from '../schemas/index.ts';
import { tidy } from './names.ts';

/** A title as compared: NFC, single spaces, no case. */
const titleKey = (title: string): string => tidy(title);

/**
 * A stable id from a document's title: "Quyết định số 83/QĐ-UBND ngày 15/01/2026" →
 * "s-quyet-dinh-so-83-qd-ubnd-ngay-15-01-2026". Long titles are cut at a word and
 * given a short hash of the whole title, so two long titles never share an id.
 */
function sourceIdFromTitle(title: string): string {
  const slug = slugify(title.normalize('NFC')) || 'nguon';
  const max = 56;
  if (slug.length <= max) return `s-${slug}`;
  const cut = slug.slice(0, max).replace(/-[^-]*$/, '');
  const hash = createHash('sha256').update(titleKey(title)).digest('hex').slice(0, 6);
  return `s-${cut}-${hash}`;
}

/** "… ngày 15/01/2026" → "2026-01-15" when the date is real. */
function dateFromTitle(title: string): string | undefined {
  const m = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/i.exec(title.normalize('NFC'));
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The release's sources, and the official ones an import adds: a title already known
 * (in any file of the release) keeps its id; a new title becomes a new `official` source.
 */
export class SourceRegistry {
  private readonly byId = new Map<string, Source>();
  private readonly byTitle = new Map<string, Source>();
  readonly added: Source[] = [];

  constructor(existing: readonly Source[]) {
    for (const s of existing) {
      if (!this.byId.has(s.id)) this.byId.set(s.id, s);
      if (!this.byTitle.has(titleKey(s.title))) this.byTitle.set(titleKey(s.title), s);
    }
  }

  byIdOf(id: string): Source | undefined {
    return this.byId.get(id);
  }

  byTitleOf(title: string): Source | undefined {
    return this.byTitle.get(titleKey(title));
  }

  /** The source with this title, created when new. */
  forTitle(title: string): Source {
    const known = this.byTitle.get(titleKey(title));
    if (known) return known;
    const clean = title.normalize('NFC').replace(/\s+/g, ' ').trim();
    let id = sourceIdFromTitle(clean);
    if (this.byId.has(id)) id = `${id}-${createHash('sha256').update(titleKey(clean)).digest('hex').slice(0, 6)}`;
    const date = dateFromTitle(clean);
    const source: Source = { id, kind: 'official', title: clean, ...(date ? { date } : {}) };
    this.byId.set(id, source);
    this.byTitle.set(titleKey(clean), source);
    this.added.push(source);
    return source;
  }
}
