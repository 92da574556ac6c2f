import { findPersonalData, personalDataLabel } from '../../content/personal-data.ts';
import { isFormulaLike } from '../../export/csv.ts';
import type { Manifest } from '../../schemas/index.ts';
import type { Dataset } from '../../dataset.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';
import { isNormalizedName } from './normalized-name.ts';

/** The free-text fields of the data files: what people write, and what every CSV download carries. */
const TEXT_KEYS = new Set(['name', 'title', 'notes', 'note', 'issuer', 'decision', 'url']);
/** Fields that are links: checked for Zalo and Facebook accounts, never for formulas. */
const LINK_KEYS = new Set(['url']);

/**
 * Every free-text field of a release's files and of the manifest:
 * - no text a spreadsheet would run as a formula (`formula-like-text`): the CSV writer
 *   neutralises it, but it has no business in the data;
 * - no personal data (`personal-data-<kind>`): phone and ID numbers, e-mail, Zalo and
 *   Facebook links, street addresses — in recipients' names and in notes as anywhere;
 * - a recipient's name in NFC with single spaces (`name-not-normalized`), as units' are.
 */
export function checkTexts(dataset: Dataset, reports: Record<'units' | 'crosswalks' | 'observations' | 'recognitions', FileReporter>): void {
  const { units, crosswalks, observations, recognitions } = dataset.data;
  walk(units, [], reports.units);
  walk(crosswalks, [], reports.crosswalks);
  walk(observations.sources, ['sources'], reports.observations);
  walk(recognitions, [], reports.recognitions);
  recognitions.recognitions.forEach((r, i) => {
    const name = r.recipient.name;
    if (!isNormalizedName(name)) {
      reports.recognitions.error(['recognitions', originalIndex(r, i), 'recipient', 'name'], 'name-not-normalized', 'tên phải ở dạng Unicode NFC, không có khoảng trắng thừa', name);
    }
  });
}

export function checkManifestTexts(manifest: Manifest, report: FileReporter): void {
  walk(manifest, [], report);
}

/**
 * Visits every string under a TEXT_KEYS key. Observation records and crosswalk links carry no free
 * text (their strict schemas have no such field) and are skipped: 46,000 and 30,000 of them nationally.
 * One path array, extended and shortened in place (a report copies it): a national release has a million values.
 */
function walk(value: unknown, at: (string | number)[], report: FileReporter, key?: string): void {
  if (typeof value === 'string') {
    if (key !== undefined && TEXT_KEYS.has(key)) checkText(value, at, report, key);
    return;
  }
  if (Array.isArray(value)) {
    const field = at.at(-1);
    if (field === 'observations' || field === 'links') return;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      at.push(typeof item === 'object' && item !== null ? originalIndex(item, i) : i);
      walk(item, at, report);
      at.pop();
    }
    return;
  }
  if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[k];
      // Only objects and arrays hold further text; a number or a boolean needs no visit.
      if (typeof item === 'string' ? !TEXT_KEYS.has(k) : item === null || typeof item !== 'object') continue;
      at.push(k);
      walk(item, at, report, k);
      at.pop();
    }
  }
}

function checkText(text: string, at: (string | number)[], report: FileReporter, key: string): void {
  if (!LINK_KEYS.has(key) && isFormulaLike(text)) {
    report.error(at, 'formula-like-text', `bắt đầu bằng "${text[0] === '\t' ? 'tab' : text[0] === '\r' ? 'ký tự xuống dòng' : text[0]}": chương trình bảng tính sẽ hiểu là công thức khi mở tệp CSV tải về; bỏ ký tự đầu`, text);
  }
  for (const hit of findPersonalData(text)) {
    report.error(at, `personal-data-${hit.kind}`, `có dạng ${personalDataLabel[hit.kind]} ("${hit.excerpt}"): không đăng thông tin cá nhân`, hit.excerpt);
  }
}
