import { rateHundredths } from '../rates.ts';
import { vietnameseDate, vietnamToday } from '../release/dates.ts';
import { lastReviewYear } from '../release/release-date.ts';
import type { Observation, Source, Unit, Vintage } from '../schemas/index.ts';
import { vintageYears } from '../vintage-years.ts';
import { fillMerges, isBlank, type Cell, type Grid } from './grid.ts';
import { isFormulaLike } from '../export/csv.ts';
import { HEADERS, SEARCH_ROWS, describeColumn, isNumberingRow, locateHeader, missingRequired, type Column, type HeaderLayout, type ImportField } from './headers.ts';
import { compareNames, isTotalsLabel } from './names.ts';
import { isSignatureText } from './signature.ts';
import type { ImportProblem } from './problems.ts';
import { FLAGS, type OptionNames } from './option-names.ts';
import type { SourceLookup, SourceRegistry } from './sources.ts';
import { titleYears } from './title.ts';
import { codeText, parseCount, parseRate, parseYear, shown } from './values.ts';

/** One spreadsheet row turned into an observation, with where each field came from. */
export interface ImportedRow {
  row: number;
  observation: Observation;
  columns: Partial<Record<ImportField, Column>>;
}

export interface ReadOptions {
  vintage: Vintage;
  sources: SourceRegistry;
  /** --source: the title of the document for rows without one. */
  source?: string;
  /** --year: the review year for rows without one. */
  year?: number;
  /** Today in Vietnam (YYYY-MM-DD), the date of the draft the rows go into; tests fix it. */
  today?: string;
  /** Every vintage of the release, to say which one a year outside `vintage` belongs to. */
  vintages?: readonly Vintage[];
  /** How messages name the options (the upload form's fields for uploads). */
  optionNames?: OptionNames;
}

export interface ReadResult {
  rows: ImportedRow[];
  problems: ImportProblem[];
  header?: HeaderLayout;
  /** Rows of another vintage in a file that has a vintage column. */
  otherVintageRows: number;
  /** The year the sheet's title gives, used for every row (no year column, no --year). */
  titleYear?: number;
}

const FIELD_NAMES: Record<ImportField, string> = {
  unit: 'mã đơn vị', name: 'tên đơn vị', year: 'năm', vintage: 'thời kỳ địa giới', households: 'tổng số hộ', poor: 'số hộ nghèo',
  nearPoor: 'số hộ cận nghèo', emHouseholds: 'số hộ DTTS', emPoor: 'số hộ nghèo DTTS', source: 'nguồn', sourceId: 'mã nguồn',
  poorRate: 'tỷ lệ hộ nghèo', nearPoorRate: 'tỷ lệ hộ cận nghèo', emPoorRate: 'tỷ lệ hộ nghèo DTTS',
};

const COUNT_FIELDS = ['households', 'poor', 'nearPoor', 'emHouseholds', 'emPoor'] as const;

/**
 * Reads the data rows under the header. Every problem is collected (none stops the
 * reading) and located by row and column; rows with errors produce no observation.
 */
export function readRows(grid: Grid, options: ReadOptions): ReadResult {
  const problems: ImportProblem[] = [];
  const result: ReadResult = { rows: [], problems, otherVintageRows: 0 };
  // A title "… NĂM 2026" above the table stands for a year column.
  const titled = options.year === undefined ? titleYears(grid.rows, SEARCH_ROWS) : [];
  const names = options.optionNames ?? FLAGS;
  const { layout, complete } = locateHeader(grid, options.year !== undefined || titled.length > 0);
  if (complete && !layout.columns.year && options.year === undefined) {
    const above = titled.filter((t) => t.row < layout.row);
    const years = [...new Set(above.map((t) => t.year))];
    if (years.length === 1) {
      result.titleYear = years[0];
      problems.push({ level: 'notice', row: above[0]!.row + 1, rule: 'year-from-title', message: `không có cột năm: năm ${years[0]} lấy từ tiêu đề "${above[0]!.text.slice(0, 100)}"` });
    } else {
      problems.push({
        level: 'error',
        rule: years.length > 1 ? 'year-ambiguous' : 'year-missing',
        message: years.length > 1
          ? `không có cột năm và tiêu đề ghi nhiều năm (${years.join(', ')}): thêm cột "Năm" hoặc ${names.setYear(years.at(-1)!)} cho cả tệp`
          : `không có cột năm, tiêu đề cũng không ghi "Năm …": thêm cột "Năm" hoặc ${names.setYear(2025)} cho cả tệp`,
      });
      return result;
    }
  }
  const fileYear = options.year ?? result.titleYear;
  // Where the year of rows without a "Năm" cell comes from, for a message about it.
  const fileYearFrom = options.year !== undefined ? names.year : 'ghi trong tiêu đề';
  const today = options.today ?? vietnamToday();
  if (fileYear !== undefined && !layout.columns.year) {
    const wrong = yearProblem(fileYear, today, options, fileYearFrom);
    if (wrong) {
      problems.push({ level: 'error', ...wrong });
      return result;
    }
  }
  if (!complete) {
    const missing = missingRequired(layout, options.year !== undefined);
    const found = Object.entries(layout.columns).map(([, c]) => describeColumn(c!));
    problems.push({
      level: 'error',
      rule: 'header-missing',
      message:
        `không tìm thấy dòng tiêu đề có đủ các cột cần thiết trong 20 dòng đầu. Thiếu: ${missing.map((f) => `${FIELD_NAMES[f]} (${HEADERS[f].slice(0, 3).map((h) => `"${h}"`).join(', ')})`).join('; ')}` +
        (found.length > 0 ? `. Đã nhận ra: ${found.join(', ')}` : '') +
        (missing.includes('year') ? `. Nếu cả tệp là một năm, ghi năm trong tiêu đề phía trên bảng ("… NĂM 2025") hoặc ${names.setYear(2025)}.` : ''),
    });
    return result;
  }
  result.header = layout;
  for (const d of layout.duplicates) {
    problems.push({ level: 'error', rule: 'header-duplicate', message: `${d.columns.map(describeColumn).join(' và ')} đều được hiểu là ${FIELD_NAMES[d.field]}; hãy xóa hoặc đổi tên một cột` });
  }
  for (const u of layout.unknown) {
    problems.push({ level: 'notice', row: layout.row + 1, column: u, rule: 'column-ignored', message: 'không phải cột số liệu cần nhập, bỏ qua' });
  }
  const cols = layout.columns;
  if (!cols.source && !cols.sourceId && options.source === undefined) {
    problems.push({ level: 'error', rule: 'source-missing', message: `mỗi dòng cần có nguồn: thêm cột "Nguồn" (tên văn bản, ví dụ "Quyết định số 83/QĐ-UBND ngày 15/01/2026") hoặc ${names.setSource} cho cả tệp` });
  }
  if (Boolean(cols.emHouseholds) !== Boolean(cols.emPoor)) {
    const has = cols.emHouseholds ?? cols.emPoor!;
    problems.push({ level: 'error', column: has, rule: 'ethnic-minority-pair', message: 'số hộ DTTS và số hộ nghèo DTTS phải đi cùng nhau: thêm cột còn thiếu hoặc xóa cột này' });
  }
  // The source of the whole file is checked once: an id no source has, or a decision two sources name, stops the import.
  if (options.source !== undefined && options.source.trim() !== '') {
    const found = options.sources.lookup(options.source, { id: true });
    if (found.kind === 'unknown-id') {
      const official = options.sources.officialIds();
      problems.push({
        level: 'error',
        rule: 'source-unknown',
        message:
          `${names.source} "${found.id}": không có nguồn mã này trong phiên bản; ghi mã của một nguồn có sẵn` +
          (official.length > 0 ? ` (nguồn văn bản có sẵn: ${official.slice(0, 10).join(', ')}${official.length > 10 ? `, và ${official.length - 10} nguồn khác` : ''})` : '') +
          ' hoặc tên đầy đủ của văn bản, ví dụ "Quyết định số 83/QĐ-UBND ngày 15/01/2026"',
      });
    } else if (found.kind === 'ambiguous') {
      problems.push({ level: 'error', rule: 'source-ambiguous', message: `${names.source} "${options.source.trim()}": ${ambiguity(found)}; không tự chọn: ghi mã của nguồn đúng (${found.candidates.map((c) => c.id).join(' hoặc ')}) vào ${names.source}` });
    }
  }
  if (problems.some((p) => p.level === 'error' && p.row === undefined)) return result;

  const rows = fillMerges(grid);
  const unitsByCode = new Map(options.vintage.units.map((u) => [u.code, u]));
  const firstRowOf = new Map<string, number>();
  let start = layout.row + layout.height;
  if (rows[start] && isNumberingRow(rows[start]!)) {
    problems.push({ level: 'notice', row: start + 1, rule: 'numbering-row', message: 'dòng đánh số cột, bỏ qua' });
    start++;
  }

  // Once a signature line is seen, the lines under it without a code or a figure (the signer's name, "Nơi nhận" items) are the block's too.
  let inSignature = false;
  for (let r = start; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const rowNumber = r + 1;
    if (row.every(isBlank)) continue;
    const cell = (field: ImportField): Cell => (cols[field] ? (row[cols[field]!.index] ?? null) : null);
    const errorsBefore = problems.filter((p) => p.level === 'error').length;
    const err = (field: ImportField | undefined, rule: string, message: string) =>
      problems.push({ level: 'error', row: rowNumber, ...(field && cols[field] ? { column: cols[field] } : {}), rule, message });
    const warn = (field: ImportField | undefined, rule: string, message: string) =>
      problems.push({ level: 'warning', row: rowNumber, ...(field && cols[field] ? { column: cols[field] } : {}), rule, message });

    const hasFigures = COUNT_FIELDS.some((f) => !isBlank(cell(f)));
    const label = row.find((c, i) => typeof c === 'string' && isTotalsLabel(c) && !COUNT_FIELDS.some((f) => cols[f]?.index === i));
    if (label !== undefined && hasFigures) {
      const code = isBlank(cell('unit')) ? '' : ` (mã ${shown(cell('unit'))})`;
      err(undefined, 'totals-row',
        `"${label}"${code} là dòng tổng cộng, không nhập được: trang web tự cộng số liệu của các đơn vị trực thuộc. Hãy xóa dòng này. ` +
        'Nếu đây là số liệu chính thức của riêng toàn tỉnh hay một huyện, ghi mã của đơn vị đó và tên đơn vị (ví dụ mã 20, tên "Lạng Sơn") thay cho chữ tổng cộng.');
      continue;
    }
    // A row with no figures and nothing that is a unit's code: a title, a group label, a
    // signature block under the table. Said and skipped. A signature line may sit under
    // the count columns, so it is known by its words; no digit may stand there but in those words.
    const noCode = !isUnitCode(cell('unit'), unitsByCode);
    const countsAreWords = COUNT_FIELDS.every((f) => {
      const c = cell(f);
      return isBlank(c) || (typeof c === 'string' && (isSignatureText(c) || !/\d/.test(c)));
    });
    const signature: boolean = noCode && countsAreWords && (inSignature || row.some((c) => typeof c === 'string' && isSignatureText(c)));
    if (signature || (!hasFigures && noCode)) {
      inSignature ||= signature;
      const words = row.filter((c) => !isBlank(c)).map(String).join(' · ');
      problems.push({
        level: 'notice', row: rowNumber, rule: 'row-skipped',
        message: signature ? `dòng chữ ký dưới bảng (không có mã đơn vị và số liệu), bỏ qua: "${words.slice(0, 80)}"` : `không có mã đơn vị và số liệu, bỏ qua: "${words.slice(0, 80)}"`,
      });
      continue;
    }
    if (isBlank(cell('unit'))) {
      err('unit', 'unit-missing', 'thiếu mã đơn vị');
      continue;
    }
    if (cols.vintage && !isBlank(cell('vintage')) && String(cell('vintage')).trim() !== options.vintage.id) {
      result.otherVintageRows++;
      continue;
    }

    // Unit code, with the leading zero Excel drops from codes typed as numbers.
    let unit: Unit | undefined;
    const code = codeText(cell('unit'));
    if (!code.ok) err('unit', 'unit-code', code.message);
    else {
      unit = unitsByCode.get(code.value);
      if (!unit && /^\d+$/.test(code.value)) {
        const padded = [2, 3, 5].map((n) => code.value.padStart(n, '0')).filter((c) => c !== code.value && unitsByCode.has(c));
        if (padded.length === 1) {
          unit = unitsByCode.get(padded[0]!);
          warn('unit', 'unit-code-padded', `mã ${code.value} được hiểu là ${padded[0]} (Excel đã bỏ số 0 ở đầu); nên định dạng cột mã là Văn bản (Text)`);
        }
      }
      if (!unit) err('unit', 'unit-unknown', `không có đơn vị mã "${code.value}" trong thời kỳ địa giới ${options.vintage.id}`);
    }
    if (cols.name && !isBlank(cell('name')) && isFormulaLike(String(cell('name')))) {
      err('name', 'formula-text', formulaMessage(String(cell('name'))));
    } else if (unit && cols.name && !isBlank(cell('name'))) {
      const written = String(cell('name'));
      const match = compareNames(written, unit.name);
      const official = `${unit.type} ${unit.name}`;
      if (match === 'different') {
        err('name', 'name-mismatch', `tên "${written}" không khớp với đơn vị mã ${unit.code} (${official}, thời kỳ ${options.vintage.id}); kiểm tra lại mã hoặc tên`);
      } else if (match === 'tone-variant') {
        warn('name', 'name-diacritics', `tên "${written}" khác dấu với tên chính thức "${unit.name}" (mã ${unit.code}); vẫn nhận theo mã`);
      }
    }

    let year: number | undefined;
    const yearInCell = cols.year !== undefined && !isBlank(cell('year'));
    if (yearInCell) {
      const y = parseYear(cell('year'));
      if (!y.ok) err('year', 'year-invalid', y.message);
      // The year of the whole file fills the blank cells only: a row saying another year would silently not get it.
      else if (options.year !== undefined && y.value !== options.year) {
        err('year', 'year-conflict', `năm ${y.value} khác năm ${options.year} ở ${names.year}, mà ${names.year} chỉ dùng cho dòng để trống năm: bỏ ${names.year} hoặc sửa năm trong tệp`);
      } else year = y.value;
    } else if (fileYear !== undefined) year = fileYear;
    else err('year', 'year-missing', 'thiếu năm');
    // A year of the whole file is checked here only for a blank cell of a year column: without the column it was checked once above.
    if (year !== undefined) {
      const wrong = yearProblem(year, today, options, yearInCell ? undefined : fileYearFrom);
      if (wrong) err('year', wrong.rule, wrong.message);
    }

    const counts: Partial<Record<(typeof COUNT_FIELDS)[number], number>> = {};
    for (const f of COUNT_FIELDS) {
      if (!cols[f]) continue;
      const value = cell(f);
      if (isBlank(value)) {
        if (f === 'households' || f === 'poor' || f === 'nearPoor') err(f, 'count-missing', `thiếu ${FIELD_NAMES[f]}`);
        continue;
      }
      const parsed = parseCount(value);
      if (parsed.ok) counts[f] = parsed.value;
      else err(f, 'count-invalid', parsed.message);
    }
    const emGiven = [cell('emHouseholds'), cell('emPoor')].map((c) => !isBlank(c));
    if (cols.emHouseholds && emGiven[0] !== emGiven[1]) {
      err(emGiven[0] ? 'emPoor' : 'emHouseholds', 'ethnic-minority-pair', 'số hộ DTTS và số hộ nghèo DTTS phải cùng có hoặc cùng để trống');
    }

    let sourceId: string | undefined;
    let sourceGiven: { text: string; forFile: boolean } | undefined;
    const idCell = cell('sourceId');
    const titleCell = cell('source');
    if (!isBlank(idCell)) {
      const known = options.sources.byIdOf(String(idCell).trim());
      const named = isBlank(titleCell) ? undefined : options.sources.lookup(String(titleCell));
      if (!known) err('sourceId', 'source-unknown', `không có nguồn mã "${String(idCell).trim()}" trong phiên bản; để trống cột này và ghi tên văn bản ở cột "Nguồn"`);
      else if (named && !namesSource(named, known) && known.title.normalize('NFC') !== String(titleCell).normalize('NFC')) {
        err('source', 'source-mismatch', `nguồn "${String(titleCell)}" không phải nguồn mã ${known.id} ("${known.title}")`);
      } else sourceId = known.id;
    } else {
      const title = !isBlank(titleCell) ? String(titleCell) : options.source;
      const found = !isBlank(titleCell) ? options.sources.lookup(String(titleCell)) : undefined;
      if (title === undefined || title.trim() === '') err('source', 'source-missing', `thiếu nguồn: ghi tên văn bản ở cột "Nguồn" hoặc ${names.setSource} cho cả tệp`);
      else if (isFormulaLike(title)) err(isBlank(titleCell) ? undefined : 'source', 'formula-text', formulaMessage(title));
      else if (found?.kind === 'ambiguous') err('source', 'source-ambiguous', `nguồn "${title.trim()}": ${ambiguity(found)}; không tự chọn: ghi mã của nguồn đúng vào cột "Mã nguồn"`);
      else sourceGiven = { text: title, forFile: isBlank(titleCell) };
    }

    if (unit && year !== undefined) {
      const key = `${unit.code}|${year}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) err('unit', 'row-duplicate', `đơn vị mã ${unit.code} năm ${year} đã có ở dòng ${first}`);
      else firstRowOf.set(key, rowNumber);
    }

    if (problems.filter((p) => p.level === 'error').length > errorsBefore) continue;
    // A new title becomes a source only for a row that is imported.
    if (sourceGiven !== undefined) sourceId = options.sources.use(sourceGiven.text, { id: sourceGiven.forFile }).id;
    const observation: Observation = {
      vintage: options.vintage.id,
      unit: unit!.code,
      year: year!,
      households: counts.households!,
      poor: counts.poor!,
      nearPoor: counts.nearPoor!,
      ...(counts.emHouseholds !== undefined && counts.emPoor !== undefined ? { ethnicMinority: { households: counts.emHouseholds, poor: counts.emPoor } } : {}),
      source: sourceId!,
    };
    checkRates(row, cols, observation, warn);
    result.rows.push({ row: rowNumber, observation, columns: cols });
  }
  return result;
}

/**
 * Why a year cannot be imported, if it cannot. A year whose review has not happened yet (a
 * year's is done in its last months, approved in December or January) is a typo — 2099, or
 * 2062 for 2026 — and is said as such: yearOutside's advice, another vintage, would be wrong.
 * `givenIn` names where a year not in a cell was given (the option, the title).
 */
function yearProblem(year: number, today: string, options: ReadOptions, givenIn?: string): { rule: string; message: string } | undefined {
  if (year > lastReviewYear(today)) {
    return {
      rule: 'year-in-future',
      message:
        `năm ${year}${givenIn !== undefined ? ` (${givenIn})` : ''} chưa tới: hôm nay ở Việt Nam là ${vietnameseDate(today)}, mà kết quả rà soát của một năm chỉ có từ cuối năm đó ` +
        '(rà soát vào các tháng cuối năm, phê duyệt vào tháng 12 hoặc tháng 1 năm sau). Sửa lại năm: có thể là gõ nhầm (2062 thay cho 2026)',
    };
  }
  const outside = yearOutside(year, options, givenIn);
  return outside === undefined ? undefined : { rule: 'year-outside-vintage', message: outside };
}

/**
 * Why a year cannot be a figure of the vintage: its units were not in force that year.
 * `givenIn` names where a year not in a cell was given (the option, the title).
 */
function yearOutside(year: number, options: ReadOptions, givenIn?: string): string | undefined {
  const names = options.optionNames ?? FLAGS;
  const v = options.vintage;
  const inForce = (o: Vintage) => {
    const { from, to } = vintageYears(o);
    return year >= from && year <= to;
  };
  if (inForce(v)) return undefined;
  const period = `${vietnameseDate(v.validFrom)}–${v.validTo === null ? 'nay' : vietnameseDate(v.validTo)}`;
  const fitting = (options.vintages ?? [])
    .filter((o) => o.id !== v.id && inForce(o))
    .map((o) => o.id);
  return (
    `năm ${year}${givenIn !== undefined ? ` (${givenIn})` : ''} nằm ngoài thời kỳ địa giới ${v.id} (${period}): mã đơn vị của năm đó thuộc thời kỳ khác, cùng một mã có thể là một đơn vị khác` +
    (fitting.length > 0 ? `; số liệu năm ${year} nhập với ${fitting.map(names.vintage).join(' hoặc ')}` : '')
  );
}

/** A title written beside a source id may name that source, or a decision it is one of. */
const namesSource = (named: SourceLookup, source: Source) =>
  (named.kind === 'known' && named.source === source) || (named.kind === 'ambiguous' && named.candidates.includes(source));

/** "có cùng số văn bản 83/QĐ-UBND với 2 nguồn có sẵn: a ("…"), b ("…")" */
const ambiguity = (found: Extract<SourceLookup, { kind: 'ambiguous' }>) =>
  `có cùng số văn bản ${found.number} với ${found.candidates.length} nguồn có sẵn: ${found.candidates.map((s) => `${s.id} ("${s.title}")`).join(', ')}`;

const formulaMessage = (text: string) =>
  `"${text.slice(0, 60)}" bắt đầu bằng "${text[0] === '\t' ? 'tab' : text[0] === '\r' ? 'ký tự xuống dòng' : text[0]}": Excel sẽ hiểu ô như vậy là công thức khi mở tệp tải về; bỏ ký tự đầu`;

function isUnitCode(cell: Cell, units: Map<string, Unit>): boolean {
  const code = codeText(cell);
  return code.ok && [code.value, ...[2, 3, 5].map((n) => code.value.padStart(n, '0'))].some((c) => units.has(c));
}

/** A rate written in the sheet is compared with the one computed from the counts; a difference is a warning. */
function checkRates(row: Cell[], cols: Partial<Record<ImportField, Column>>, o: Observation, warn: (field: ImportField, rule: string, message: string) => void): void {
  const checks: [ImportField, number | undefined][] = [
    ['poorRate', rateHundredths(o.poor, o.households)],
    ['nearPoorRate', rateHundredths(o.nearPoor, o.households)],
    ['emPoorRate', o.ethnicMinority ? rateHundredths(o.ethnicMinority.poor, o.ethnicMinority.households) : undefined],
  ];
  for (const [field, computed] of checks) {
    const col = cols[field];
    const value = col ? (row[col.index] ?? null) : null;
    if (!col || isBlank(value) || computed === undefined) continue;
    const parsed = parseRate(value);
    if (!parsed.ok) {
      warn(field, 'rate-invalid', `${parsed.message}; tỷ lệ được tính lại từ số hộ`);
      continue;
    }
    if (!parsed.value.some((v) => Math.abs(v * 100 - computed) <= 1)) {
      const pct = (h: number) => `${Math.floor(h / 100)},${String(h % 100).padStart(2, '0')}%`;
      warn(field, 'rate-mismatch', `tỷ lệ ghi trong bảng (${shown(value)}) khác tỷ lệ tính từ số hộ (${pct(computed)}); trang web dùng tỷ lệ tính từ số hộ`);
    }
  }
}
