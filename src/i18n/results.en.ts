/**
 * English wording of criteria results (the English edition of src/i18n/results.vi.ts).
 * Place names stay Vietnamese; the kind of unit follows them, as the English-language
 * press writes them: "Hoa Thám commune", "Bình Gia district".
 */
import type { AlternativeResult, Evaluation, YearReduction } from '../domain/criteria.ts';
import { rateHundredths } from '../domain/rates.ts';
import type { SourceKind, Unit, UnitLevel } from '../domain/schemas/index.ts';
import { formatDecimal, formatInt, formatPercent } from '../format/en.ts';
import { marksAfter } from './marks.en.ts';
import type { AfterPlan } from '../site/plan-period.ts';

export const pct = (hundredths: number): string => formatPercent(hundredths / 100);
export const pts = (hundredths: number): string => formatDecimal(hundredths / 100);

/** The kinds of unit of the Vietnamese administrative lists (`unit.type`), in English. */
export const UNIT_TYPES: Record<string, string> = {
  'tỉnh': 'province',
  'thành phố': 'city',
  'huyện': 'district',
  'thị xã': 'town',
  'xã': 'commune',
  'phường': 'ward',
  'thị trấn': 'township',
};

/** "Hoa Thám commune", "Bình Gia district", "Lạng Sơn city", "Lạng Sơn province". */
export const unitLabel = (unit: Pick<Unit, 'type' | 'name'>): string => {
  const type = UNIT_TYPES[unit.type.toLocaleLowerCase('vi')];
  return type ? `${unit.name} ${type}` : unit.name;
};

/** The same: an English label starts with the name. */
export const unitLabelCapital = unitLabel;

export const levelPlural: Record<UnitLevel, string> = {
  province: 'Province',
  district: 'Districts and city',
  commune: 'Communes, wards and townships',
  village: 'Villages',
};

export const statusText = (e: Pick<Evaluation, 'met' | 'evaluable'>): string =>
  !e.evaluable ? 'Not enough data' : e.met ? 'Met' : 'Not met';

export const resultStatusText = (e: Pick<Evaluation, 'met' | 'evaluable' | 'basis'>): string =>
  `${statusText(e)}${marksAfter({ estimate: e.basis === 'carried' })}`;

export const statusClass = (e: Pick<Evaluation, 'met' | 'evaluable'>): string =>
  !e.evaluable ? 'status-unknown' : e.met ? 'status-met' : 'status-not-met';

const opText = (op: '>=' | '>'): string => (op === '>=' ? 'at least' : 'more than');

function missingText(years: readonly YearReduction[], baselineYear: number): string {
  if (years.some((y) => y.missing === 'before-baseline')) {
    return `needs ${years.length} years of comparison after the baseline year ${baselineYear}`;
  }
  const missing = years.filter((y) => y.missing === 'no-figures').map((y) => y.year);
  return `no figures to compute the reduction in ${missing.join(', ')}`;
}

function explainAlternative(a: AlternativeResult, baselineYear: number): string {
  if (a.kind === 'consecutive-reduction') {
    const span = `${a.years[0]!.year}–${a.years.at(-1)!.year}`;
    if (!a.evaluable) return `A reduction of ${opText(a.op)} ${pts(a.threshold)} points a year for ${a.years.length} years in a row: ${missingText(a.years, baselineYear)}.`;
    const values = a.years.map((y) => pts(y.reduction!)).join('; ');
    if (a.met) return `Reduced by ${values} points (${span}): all ${a.years.length} years ${opText(a.op)} ${pts(a.threshold)} points.`;
    const short = a.years.filter((y) => !(a.op === '>=' ? y.reduction! >= a.threshold : y.reduction! > a.threshold)).map((y) => y.year);
    return `Reduced by ${values} points (${span}): ${short.join(', ')} below ${pts(a.threshold)} points.`;
  }
  if (!a.evaluable) {
    return a.baselineScale === undefined
      ? `Poor and near-poor households: no figures for the baseline year ${baselineYear}.`
      : 'Poor and near-poor households: no figures for the year assessed.';
  }
  const base = a.baselineScale!;
  const now = a.scale!;
  const change = base === 0 ? undefined : rateHundredths(Math.abs(base - now), base);
  const moved = change === undefined ? (now === 0 ? 'unchanged' : 'up') : base >= now ? `down ${pct(change)}` : `up ${pct(change)}`;
  const verdict = a.met ? `${opText(a.op)} ${a.percent}%: met` : `not ${opText(a.op)} ${a.percent}%`;
  return `Poor and near-poor households ${formatInt(base)} → ${formatInt(now)} (${moved} on ${baselineYear}), ${verdict}.`;
}

export function explainEvaluation(e: Evaluation, baselineYear: number): string[] {
  const deciding = e.met ? e.alternatives.filter((a) => a.met) : e.alternatives;
  return deciding.map((a) => explainAlternative(a, baselineYear));
}

/** Beside the criteria and targets when figures of a year after the plan's period are shown. */
export const afterPlan = (after: AfterPlan): string =>
  `Figures for ${after.years.join(', ')} are shown but not judged against the criteria and targets: those are the plan’s for ${after.period.from}–${after.period.to}.` +
  (after.notCompared.length > 0
    ? ` Nor are the figures for ${after.notCompared.join(', ')} compared with earlier years: only the years ${after.compared.from}–${after.compared.to} are confirmed to share one poverty standard.`
    : '');

export const basis = {
  record: {
    official: 'published',
    press: 'reported by the press',
    derived: 'estimated from a published rate',
    synthetic: 'the unit’s own figures',
  } satisfies Record<SourceKind, string>,
  kinds: { official: 'published', press: 'press', derived: 'estimated' } satisfies Record<Exclude<SourceKind, 'synthetic'>, string>,
  levels: { province: 'province', district: 'districts and city', commune: 'communes, wards and townships', village: 'villages', unknown: 'units below' } satisfies Record<UnitLevel | 'unknown', string>,
  sum: (level: string, kinds: string) => `sum of the ${level}${kinds ? ` (${kinds})` : ''}`,
  carried: (units: number, kinds: string) => `carried from ${units} former unit${units === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}`,
} as const;
