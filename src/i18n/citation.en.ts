/** English text of the "Cite this" block (the English edition of src/i18n/citation.vi.ts). */
import type { CitationKind } from '../site/citation.ts';
import type { Shape } from './lang.ts';
import type { citationText as vi } from './citation.vi.ts';

export const citationText = {
  heading: 'Cite this',
  intro: 'Paste the sentence below into your article or document:',
  sentence: (p) =>
    `${p.publisher} (${p.year}). ${p.title} [${KIND_LABEL[p.kind]}]. ${p.site}, data release ${p.release}${p.illustrative ? ' (illustrative data)' : ''}. ${p.url} (accessed ${p.accessed}).` +
    (p.archive ? ` The figures of release ${p.release} stay unchanged at ${p.archive.url} (${p.archive.locator}).` : ''),
  accessedBlank: '… … …',
  copy: 'Copy the citation',
  copied: 'Citation copied.',
  copyCsl: 'Copy CSL-JSON',
  copiedCsl: 'CSL-JSON copied.',
  copyFailed: 'Could not copy: please select and copy it by hand.',
  cslSummary: 'CSL-JSON for Zotero, Mendeley, EndNote',
  cslHelp: 'In Zotero: copy the text below, then choose “Import from Clipboard”.',
  cslNote: 'Illustrative data: the district and commune figures are not official figures.',
  placeName: 'Lạng Sơn',
  cslArchive: (site, release) => `${site}, data release ${release}`,
  unitLocator: (workbook, code) => `file ${workbook}, unit code ${code}`,
  unitTitle: (label, period) => `${label} (boundaries ${period})`,
  language: 'en',
} as const satisfies Shape<typeof vi>;

const KIND_LABEL: Record<CitationKind, string> = {
  page: 'web page',
  unit: 'unit data page',
  chart: 'chart',
  map: 'map',
  story: 'exemplary model',
  update: 'news',
  release: 'dataset',
};
