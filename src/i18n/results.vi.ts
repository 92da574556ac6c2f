/**
 * Vietnamese wording of criteria results: the status of an evaluation and the reason
 * behind it, in short sentences a citizen can check against the figures.
 */
import type { AlternativeResult, Evaluation, YearReduction } from '../domain/criteria.ts';
import { rateHundredths } from '../domain/rates.ts';
import type { SourceKind, Unit, UnitLevel } from '../domain/schemas/index.ts';
import { formatDecimal, formatInt, formatPercent } from '../format/vi.ts';
import { marksAfter } from './marks.vi.ts';
import type { AfterPlan } from '../site/plan-period.ts';

export const pct = (hundredths: number): string => formatPercent(hundredths / 100);
export const pts = (hundredths: number): string => formatDecimal(hundredths / 100);

/** "xã Hoa Thám", "huyện Bình Gia", "thành phố Lạng Sơn", "tỉnh Lạng Sơn". */
export const unitLabel = (unit: Pick<Unit, 'type' | 'name'>): string => `${unit.type} ${unit.name}`;

/** Capitalised for the start of a sentence or a table cell: "Xã Hoa Thám". */
export const unitLabelCapital = (unit: Pick<Unit, 'type' | 'name'>): string => {
  const label = unitLabel(unit);
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
};

export const levelPlural: Record<UnitLevel, string> = {
  province: 'Tỉnh',
  district: 'Huyện, thành phố',
  commune: 'Xã, phường, thị trấn',
  village: 'Thôn, bản',
};

export const statusText = (e: Pick<Evaluation, 'met' | 'evaluable'>): string =>
  !e.evaluable ? 'Chưa đủ số liệu' : e.met ? 'Đạt' : 'Chưa đạt';

/**
 * The status in a row of the criteria results download, where the official results and the
 * estimates on carried figures share one column: "Đạt (ước tính)" as the pages say, so that a
 * reader filtering on the words never counts an estimate as an official result.
 */
export const resultStatusText = (e: Pick<Evaluation, 'met' | 'evaluable' | 'basis'>): string =>
  `${statusText(e)}${marksAfter({ estimate: e.basis === 'carried' })}`;

export const statusClass = (e: Pick<Evaluation, 'met' | 'evaluable'>): string =>
  !e.evaluable ? 'status-unknown' : e.met ? 'status-met' : 'status-not-met';

const opText = (op: '>=' | '>'): string => (op === '>=' ? 'từ' : 'trên');

function missingText(years: readonly YearReduction[], baselineYear: number): string {
  if (years.some((y) => y.missing === 'before-baseline')) {
    return `cần ${years.length} năm so sánh sau năm gốc ${baselineYear}`;
  }
  const missing = years.filter((y) => y.missing === 'no-figures').map((y) => y.year);
  return `thiếu số liệu để tính mức giảm năm ${missing.join(', ')}`;
}

/** One alternative in one sentence, e.g. "giảm 6,00; 5,99; 6,10 điểm (2022–2024): năm 2023 dưới 6 điểm". */
function explainAlternative(a: AlternativeResult, baselineYear: number): string {
  if (a.kind === 'consecutive-reduction') {
    const span = `${a.years[0]!.year}–${a.years.at(-1)!.year}`;
    if (!a.evaluable) return `Giảm ${opText(a.op)} ${pts(a.threshold)} điểm/năm ${a.years.length} năm liền: ${missingText(a.years, baselineYear)}.`;
    const values = a.years.map((y) => pts(y.reduction!)).join('; ');
    if (a.met) return `Giảm ${values} điểm (${span}): cả ${a.years.length} năm ${opText(a.op)} ${pts(a.threshold)} điểm trở lên.`;
    const short = a.years.filter((y) => !(a.op === '>=' ? y.reduction! >= a.threshold : y.reduction! > a.threshold)).map((y) => y.year);
    return `Giảm ${values} điểm (${span}): năm ${short.join(', ')} chưa đạt ${pts(a.threshold)} điểm.`;
  }
  if (!a.evaluable) {
    return a.baselineScale === undefined
      ? `Quy mô hộ nghèo và cận nghèo: không có số liệu năm gốc ${baselineYear}.`
      : 'Quy mô hộ nghèo và cận nghèo: thiếu số liệu năm đánh giá.';
  }
  const base = a.baselineScale!;
  const now = a.scale!;
  const change = base === 0 ? undefined : rateHundredths(Math.abs(base - now), base);
  // From none at the baseline there is no percentage: any household now is a rise, not "no change".
  const moved = change === undefined ? (now === 0 ? 'không đổi' : 'tăng') : base >= now ? `giảm ${pct(change)}` : `tăng ${pct(change)}`;
  const verdict = a.met ? `${opText(a.op)} ${a.percent}%: đạt` : `chưa ${opText(a.op)} ${a.percent}%`;
  return `Quy mô hộ nghèo và cận nghèo ${formatInt(base)} → ${formatInt(now)} hộ (${moved} so với năm ${baselineYear}), ${verdict}.`;
}

/** The reasons for one evaluation: the alternative that decided it, or all of them. */
export function explainEvaluation(e: Evaluation, baselineYear: number): string[] {
  const deciding = e.met ? e.alternatives.filter((a) => a.met) : e.alternatives;
  return deciding.map((a) => explainAlternative(a, baselineYear));
}

/**
 * Beside the criteria and targets when figures of a year after the plan's period are shown:
 * the plan judges its own years only; and of those years, the ones not confirmed under the
 * plan's poverty standard are not compared either ("2026" or "2026, 2027"; docs/criteria.md#years-compared).
 */
export const afterPlan = (after: AfterPlan): string =>
  `Số liệu năm ${after.years.join(', ')} được công bố nhưng không được đánh giá theo tiêu chí và chỉ tiêu: đó là tiêu chí, chỉ tiêu của Kế hoạch giai đoạn ${after.period.from}–${after.period.to}.` +
  (after.notCompared.length > 0
    ? ` Năm ${after.notCompared.join(', ')} cũng không được so sánh với các năm trước: chỉ các năm ${after.compared.from}–${after.compared.to} được xác nhận cùng một chuẩn nghèo.`
    : '');

/** The basis of a row of figures (src/site/basis-view.ts): the unit's own record, a sum or carried figures, and its sources. */
export const basis = {
  record: {
    official: 'công bố',
    press: 'báo chí đưa tin',
    derived: 'ước tính từ tỷ lệ đã công bố',
    /** The "minh họa" mark goes beside it (the row is illustrative). */
    synthetic: 'số liệu của đơn vị',
  } satisfies Record<SourceKind, string>,
  /** Named in brackets after a sum or carried figures; a synthetic source is the "minh họa" mark instead. */
  kinds: { official: 'công bố', press: 'báo chí', derived: 'ước tính' } satisfies Record<Exclude<SourceKind, 'synthetic'>, string>,
  levels: { province: 'tỉnh', district: 'huyện, thành phố', commune: 'xã, phường, thị trấn', village: 'thôn, bản', unknown: 'đơn vị cấp dưới' } satisfies Record<UnitLevel | 'unknown', string>,
  sum: (level: string, kinds: string) => `tổng các ${level}${kinds ? ` (${kinds})` : ''}`,
  carried: (units: number, kinds: string) => `quy đổi từ ${units} đơn vị cũ${kinds ? ` (${kinds})` : ''}`,
} as const;
