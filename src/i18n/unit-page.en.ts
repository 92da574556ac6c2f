/** English text of the unit pages (/en/dia-ban/…), the English edition of src/i18n/unit-page.vi.ts. */
import type { Shape } from './lang.ts';
import type { unitPage as vi } from './unit-page.vi.ts';

export const unitPage = {
  description: (label, years) => `Poor and near-poor households and the emulation movement’s criteria results for ${label}${years && `, ${years}`}.`,
  vintage: (from, to) =>
    to ? `Unit before the merger: boundaries in force from ${from} to ${to}.` : `Current boundaries, in force since ${from}.`,
  formerly: 'before the merger',
  endedNotice: (until) => `This boundary period ended on ${until}; the figures on this page are those of the unit within its former boundaries.`,
  otherVintages: 'The same unit in other boundary periods',
  partOf: 'Part of',
  latestHeading: (year) => `Figures for ${year}`,
  figuresHeading: 'Figures',
  locator: (label, period) => `Location of ${label} in Lạng Sơn province (boundaries ${period})`,
  unitColumn: 'Unit',
  noFigures: 'The dataset has no figures on poor and near-poor households for this unit yet.',
  derivedFrom: (n) => `Sum of ${n} unit${n === 1 ? '' : 's'} below`,
  illustrativeNote: 'Illustrative figures, not official figures.',
  poor: 'Poor households',
  nearPoor: 'Near-poor households',
  households: 'Households',
  ofHouseholds: (n, total) => `${n} / ${total} households`,
  trendHeading: 'Over the years',
  trendTitle: (label) => `Poverty and near-poverty rates of ${label}`,
  trendDescription: (label, parts) => `Poverty and near-poverty rates of ${label} by year: ${parts}.`,
  trendYear: (year, poor, nearPoor) => `${year}: poor ${poor}, near-poor ${nearPoor}`,
  tableCaption: (label) => `Figures of ${label} by year`,
  columns: { year: 'Year', households: 'Households', poor: 'Poor households', poorRate: 'Poverty rate', nearPoor: 'Near-poor households', nearPoorRate: 'Near-poverty rate', reduction: 'Fall (points)', basis: 'Basis' },
  noReductionNotCompared: (years, from, to) =>
    `No fall is given for ${years.join(', ')}: the site compares only the years ${from}–${to}, which are confirmed to share one poverty standard.`,
  standardLink: 'The poverty standard by year',
  compareHeading: 'Comparison',
  compareStart: (year, label) => `In ${year}, the poverty rate of ${label} was`,
  comparedTo: (relation, label) => `${relation === 'higher' ? 'higher than' : relation === 'lower' ? 'lower than' : 'equal to'} ${label}`,
  compareBasis: (sides) => {
    const carried = sides.filter((s) => s.carried).map((s) => s.label);
    const reported = sides.filter((s) => !s.carried).map((s) => s.label);
    const list = (labels: string[]) => (labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0]);
    if (carried.length > 0 && reported.length > 0) {
      return `${carried.length > 1 ? `The figures of ${list(carried)} are carried from the former units the same way` : `The figure of ${list(carried)} is carried from the former units`}; ${reported.length > 1 ? `those of ${list(reported)} are each unit’s own figures` : `that of ${list(reported)} is its own figure`}, for that year.`;
    }
    const all = sides.length === 2 ? 'Both are' : `All ${sides.length === 3 ? 'three' : sides.length} are`;
    return reported.length > 0
      ? `${all} each unit’s own figures for that year, not carried.`
      : `${all} figures carried from the former units the same way, for that year.`;
  },
  compareSource: (label) => `Source of the figure of ${label}`,
  and: 'and',
  carriedNote:
    'Carried figures: the figures of the former units that formed this unit, added up; for a former unit that was split, its households are shared out by the proportions of the conversion table and rounded to whole households. These are not figures reported by the unit.',
  methodLink: 'How figures are carried',
  carriedSource: (units, period) =>
    `Figures carried from ${units} unit${units === 1 ? '' : 's'} within the boundaries ${period}, not figures reported by the unit.`,
  bothHeading: 'Reported and carried figures for the same year',
  bothLine: (year, reported, carried, difference) =>
    `${year}: reported ${reported}, carried from the former units ${carried}, a difference of ${difference} points.`,
  cannotCarryAbolished: (year, date, last) =>
    `The figures for ${year} are reported by commune and ward from ${date}, when the district level ended; there are no proportions to share those figures back out to the former units, so the figures here stop at ${last}.`,
  cannotCarryBack: (year, into, last) =>
    `The figures for ${year} are reported within the new boundaries (${into.join(', ')}); there are no proportions to share those figures back out to the former unit, so the figures here stop at ${last}.`,
  officialNone:
    'No official results yet: this unit has no baseline figures of its own for 2021. The plan’s criteria are officially assessed on the administrative units of 2021.',
  officialNoneCarried:
    'No official results yet: this unit has no reported figures of its own; the figures on this page are carried figures. Estimates against the criteria on carried figures are on the pages of the present communes and wards this unit became part of.',
  indicationsHeading: 'Estimates within the current boundaries',
  indicationsNote: (years, classYear) =>
    `Computed on a series whose years ${years} are carried from the former units; for the years before the unit was formed, the unit’s classification from ${classYear} applies. This is an estimate for reference, not an official result.`,
  criteriaHeading: 'Emulation criteria',
  criteriaNone: 'None of the plan’s quantitative criteria applies to this unit.',
  criteriaLink: 'How the criteria are assessed',
  mapPartLink: (part) => `See it on the map: ${part}`,
  criteriaPartLink: (part) => `Criteria results of every unit: ${part}`,
  classificationsHeading: 'Classification',
  classification: {
    'poor-district': 'Poor district',
    zone: (value) => `Zone ${value} commune`,
    'especially-difficult': 'Especially difficult commune',
  },
  classificationSource: 'under',
  classificationChecked: (kind, date) =>
    kind === 'poor-district' ? `no decision recognising it as out of poverty, checked on ${date}` : `no decision ending it, checked on ${date}`,
  boundaryPeriod: (from, to) => (to ? `${from} – ${to}` : `from ${from}`),
  period: (from, to) => (to === null ? `from ${from}` : from === to ? `in ${from}` : `${from}–${to}`),
  childrenHeading: (level) => level,
  childrenCaption: (label, year) => `Units of ${label}, figures for ${year}`,
  statusColumn: 'Criteria',
  childStatus: { met: 'Met', 'not-met': 'Not met', unknown: 'Not enough data' },
  lineageHeading: 'Boundary changes',
  formedOn: (date) => `Formed on ${date} from`,
  formedEarlier: (period) => `Those units, within the boundaries ${period}`,
  wentInto: (date) => `From ${date}, this area is part of`,
  levelEnded: (date) => `From ${date}, there are no districts: communes and wards report directly to the province.`,
  share: (pct) => `${pct} of households`,
  whole: 'all households',
  provinceNote: 'Lạng Sơn province is the same unit in every boundary period: the province’s series runs across the periods.',
} as const satisfies Shape<typeof vi>;
