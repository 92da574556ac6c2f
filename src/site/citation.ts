/**
 * "Trích dẫn" (cite this): one view model for every page, chart and map view that can be
 * cited — the ready sentence and its CSL-JSON (the format Zotero, Mendeley and other
 * reference managers read). The author is what the site's footer names as publisher;
 * the release id pins the figures; the URL is the permanent one (a page's permalink, or
 * a figure's embed pinned to the release, which never changes). A unit page is a permalink
 * whose figures follow the newest release, so its citation also names the release's own
 * page, where that release's files keep the unit's figures unchanged.
 *
 * The date of access cannot be known at build time (builds are byte-identical, with no
 * clock): the sentence carries a marker there and src/client/citation.ts writes the
 * reader's date into the sentence and the JSON.
 */
import { SITE_URL } from '../config.ts';
import type { ReleaseEntry } from '../domain/schemas/index.ts';
import { citationText as t } from '../i18n/citation.ts';
import { currentLang, keptVietnamese } from '../i18n/current.ts';
import { pathIn } from '../i18n/lang.ts';
import { ui } from '../i18n/site.ts';

export type CitationKind = 'page' | 'unit' | 'chart' | 'map' | 'story' | 'update' | 'release';

export interface CitationInput {
  kind: CitationKind;
  title: string;
  /** Permanent path on the site, e.g. "/dia-ban/2020-01/05971-hoang-van-thu/". */
  path: string;
  release: Pick<ReleaseEntry, 'id' | 'status' | 'publishedAt'>;
  /** Date of the cited work (YYYY-MM-DD): a story's or an update's; else the release's. */
  issued?: string | null | undefined;
  /**
   * Where the cited figures stay as they were in this release, for a page whose figures
   * change with the next one (a unit page): the release's permanent page and where in its
   * files to look (the workbook, the unit's code). Left out for a draft, which has no
   * permanent page yet.
   */
  archive?: { path: string; locator: string } | undefined;
}

export interface CitationView {
  url: string;
  /** The sentence up to the date of access, and after it. */
  before: string;
  /** `before` in pieces, the cited title marked when it stays Vietnamese on an English page (`lang="vi"`). */
  beforeParts: { text: string; lang?: 'vi' | undefined }[];
  after: string;
  /** The sentence with a blank date, as read without JavaScript. */
  text: string;
  /** CSL-JSON (an array of one item), without `accessed`: the browser adds it. */
  csl: string;
}

/** Works whose titles are the province's own words (a story, an update, a release): Vietnamese in both editions. */
const KEPT_TITLE: ReadonlySet<CitationKind> = new Set(['story', 'update', 'release']);

/** Where the date of access goes in the sentence. */
const SLOT = '\u0000';

const CSL_TYPE: Record<CitationKind, string> = {
  page: 'webpage',
  unit: 'webpage',
  chart: 'figure',
  map: 'map',
  story: 'article',
  update: 'article-newspaper',
  release: 'dataset',
};

export function citation(input: CitationInput): CitationView {
  // A reader of the English edition cites the English page (a file or an embed has one address).
  const path = pathIn(currentLang(), input.path);
  const url = new URL(path, SITE_URL).href;
  const issued = input.issued ?? input.release.publishedAt ?? undefined;
  const illustrative = input.release.status === 'demo';
  const archive = input.archive && input.release.status !== 'draft' ? { url: new URL(pathIn(currentLang(), input.archive.path), SITE_URL).href, locator: input.archive.locator } : undefined;
  const parts = {
    publisher: ui.footer.publisher,
    title: input.title,
    kind: input.kind,
    site: ui.site.name,
    release: input.release.id,
    illustrative,
    year: issued ? issued.slice(0, 4) : 'n.d.',
    url,
    archive,
  };
  const [before, after] = t.sentence({ ...parts, accessed: SLOT }).split(SLOT) as [string, string];
  const item = {
    id: `${input.release.id}:${path}`,
    type: CSL_TYPE[input.kind],
    title: input.title,
    author: [{ literal: ui.footer.publisher }],
    'container-title': ui.site.name,
    publisher: ui.footer.publisher,
    'publisher-place': t.placeName,
    version: input.release.id,
    ...(issued ? { issued: { 'date-parts': [issued.split('-').map(Number)] } } : {}),
    URL: url,
    // Zotero's "Archive" and "Loc. in Archive": where this release's figures stay unchanged.
    ...(archive ? { archive: t.cslArchive(ui.site.name, input.release.id), archive_location: `${archive.url} (${archive.locator})` } : {}),
    language: t.language,
    ...(illustrative ? { note: t.cslNote } : {}),
  };
  const at = KEPT_TITLE.has(input.kind) && keptVietnamese() ? before.indexOf(input.title) : -1;
  const beforeParts =
    at < 0
      ? [{ text: before }]
      : [{ text: before.slice(0, at) }, { text: input.title, lang: 'vi' as const }, { text: before.slice(at + input.title.length) }];
  return { url, before, beforeParts, after, text: `${before}${t.accessedBlank}${after}`, csl: cslText(item) };
}

/** CSL-JSON with one property a line, each value on its line: short enough to read in the box. */
function cslText(item: Record<string, unknown>): string {
  const lines = Object.entries(item).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `[\n  {\n${lines.join(',\n')}\n  }\n]`;
}
