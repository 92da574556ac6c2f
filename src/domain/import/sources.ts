import { createHash } from 'node:crypto';
import { foldVietnamese, slugify } from '../slug.ts';
import { sourceId as sourceIdSchema, type Source } from '../schemas/index.ts';
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
 * A document's number and symbol, the first in its title: "Quyết định số 83/QĐ-UBND ngày …"
 * → "83/QĐ-UBND"; "12/2025/QĐ-UBND" keeps its year. The symbol must have a dash
 * ("QĐ-UBND", "NQ-UBTVQH15", "BC-SNV"), so a date such as "16/9/2025" is never one.
 * `key` compares without spaces, case or diacritics ("83/QD-UBND" is the same document).
 */
function documentNumber(title: string): { text: string; key: string; year?: number } | undefined {
  const m = /(?<![\p{L}\p{N}/])(\d{1,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?(\p{L}[\p{L}\p{N}]*(?:\s*-\s*[\p{L}\p{N}]+)+)/u.exec(title.normalize('NFC'));
  if (!m) return undefined;
  const text = m[0].replace(/\s+/g, '');
  return { text, key: foldVietnamese(text).toUpperCase(), ...(m[2] ? { year: Number(m[2]) } : {}) };
}

/** The day a document was issued, or at least its year, as far as its title (or record) says. */
function documentDay(title: string, recorded?: string | null): { date?: string; year?: number } {
  const date = dateFromTitle(title) ?? recorded ?? undefined;
  const year = date ? Number(date.slice(0, 4)) : documentNumber(title)?.year;
  return { ...(date ? { date } : {}), ...(year !== undefined ? { year } : {}) };
}

/**
 * Two titles name the same decision when their numbers are the same and, when both
 * give one, their dates (or, short of dates, their years) are: the numbering of
 * "…/QĐ-UBND" starts again every year.
 */
function sameDay(a: { date?: string; year?: number }, b: { date?: string; year?: number }): boolean {
  if (a.date && b.date) return a.date === b.date;
  if (a.year !== undefined && b.year !== undefined) return a.year === b.year;
  return true;
}

/**
 * A value written the way the release's source ids are ("s-83-qd-ubnd-2026"): never a
 * document's title, so one no source has is a mistyped id, not a new document.
 */
const looksLikeId = (value: string): boolean => value.startsWith('s-') && sourceIdSchema.safeParse(value).success;

/** What a source written in the file or given for the whole file refers to. */
export type SourceLookup =
  | { kind: 'known'; source: Source; by: 'id' | 'title' | 'decision'; number?: string }
  | { kind: 'new'; title: string }
  | { kind: 'ambiguous'; number: string; candidates: Source[] }
  | { kind: 'unknown-id'; id: string };

/** An existing source the import used for a title it was given, and why. */
export interface SourceReused {
  given: string;
  source: Source;
  by: 'id' | 'decision';
  /** The document number both name, when `by` is "decision". */
  number?: string;
}

/**
 * The release's sources, and the official ones an import adds. A title already known
 * (in any file of the release) keeps its id; so does a title naming the same decision
 * as one official source (same number, same date when both give one), which is said in
 * the import's summary; a title matching two is refused rather than guessed. A new
 * title becomes a new `official` source.
 */
export class SourceRegistry {
  private readonly byId = new Map<string, Source>();
  private readonly byTitle = new Map<string, Source>();
  readonly added: Source[] = [];
  readonly reused: SourceReused[] = [];
  /** Lookups by value, as a file repeats its "Nguồn" on every row; cleared when a source is added. */
  private readonly lookups = new Map<string, SourceLookup>();

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

  /** The official sources, for a message listing what there is. */
  officialIds(): string[] {
    return [...this.byId.values()].filter((s) => s.kind === 'official').map((s) => s.id);
  }

  /**
   * What `given` refers to, without adding anything. With `id` (the value given for
   * the whole file), an existing source's id is that source, and a value written like
   * an id ("s-…") that no source has is not taken for a title.
   */
  lookup(given: string, options: { id?: boolean } = {}): SourceLookup {
    const key = `${options.id ? 'id' : 'title'}|${given}`;
    const cached = this.lookups.get(key);
    if (cached) return cached;
    const found = this.find(given, options);
    this.lookups.set(key, found);
    return found;
  }

  private find(given: string, options: { id?: boolean }): SourceLookup {
    const value = given.normalize('NFC').trim();
    if (options.id) {
      const known = this.byId.get(value);
      if (known) return { kind: 'known', source: known, by: 'id' };
    }
    const titled = this.byTitle.get(titleKey(value));
    if (titled) return { kind: 'known', source: titled, by: 'title' };
    if (options.id && looksLikeId(value)) return { kind: 'unknown-id', id: value };
    const number = documentNumber(value);
    if (number) {
      const day = documentDay(value);
      const candidates = [...this.byId.values()].filter((s) => {
        if (s.kind !== 'official') return false;
        const theirs = documentNumber(s.title);
        return theirs?.key === number.key && sameDay(day, documentDay(s.title, s.date));
      });
      if (candidates.length === 1) return { kind: 'known', source: candidates[0]!, by: 'decision', number: number.text };
      if (candidates.length > 1) return { kind: 'ambiguous', number: number.text, candidates };
    }
    return { kind: 'new', title: value.replace(/\s+/g, ' ') };
  }

  /** The source for `given`, created when new; an existing one found by id or decision is noted in `reused`. */
  use(given: string, options: { id?: boolean } = {}): Source {
    const found = this.lookup(given, options);
    if (found.kind === 'ambiguous' || found.kind === 'unknown-id') throw new Error(`nguồn "${given}" phải được kiểm tra trước khi dùng (${found.kind})`);
    if (found.kind === 'known') {
      const clean = given.normalize('NFC').replace(/\s+/g, ' ').trim();
      if (found.by !== 'title' && !this.reused.some((r) => r.given === clean)) {
        this.reused.push({ given: clean, source: found.source, by: found.by, ...(found.number ? { number: found.number } : {}) });
      }
      return found.source;
    }
    const clean = found.title;
    let id = sourceIdFromTitle(clean);
    if (this.byId.has(id)) id = `${id}-${createHash('sha256').update(titleKey(clean)).digest('hex').slice(0, 6)}`;
    const date = dateFromTitle(clean);
    const source: Source = { id, kind: 'official', title: clean, ...(date ? { date } : {}) };
    this.byId.set(id, source);
    this.byTitle.set(titleKey(clean), source);
    this.added.push(source);
    this.lookups.clear();
    return source;
  }
}
