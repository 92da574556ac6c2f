/** English text of the progress page (/en/tien-do/), the English edition of src/i18n/progress-page.vi.ts. */
import type { Shape } from './lang.ts';
import type * as vi from './progress-page.vi.ts';

export const progressPage = {
  title: 'Progress against the plan',
  description: 'The poverty and near-poverty rates of Lạng Sơn province against the plan’s path, the results of its targets and emulation criteria, and each district’s course.',
  intro: 'The province’s poverty rate against the plan’s path, the plan’s targets and criteria, then each district. Under each chart, a description in words gives every figure.',
  provinceHeading: 'The whole province',
  targetsHeading: 'The plan’s targets (section II.1)',
  criteriaHeading: 'Emulation criteria: summary of the assessments',
  criteriaCaption: 'Assessments by criterion and boundary period (each assessment is one unit in one year)',
  criterion: 'Criterion',
  vintage: 'Boundaries',
  met: 'Met',
  notMet: 'Not met',
  unknown: 'Not enough data',
  districtsHeading: 'Each district and city (2021–2024)',
  districtsTableIntro: 'Each district and city has a page of its own with a chart of its poverty rate over the years (all on one scale, to compare them easily).',
  districtsCaption: 'Poverty rate of each district and city: the latest year and the first year of the period',
  districtColumn: 'District or city',
  rateIn: (year: number) => `${year}`,
  latestColumn: 'Latest year',
  firstColumn: 'First year of the period',
  districtTitle: (district: string) => `Poverty reduction progress: ${district}`,
  districtDescription: (district: string) => `The poverty rate of ${district} over the years, on the same scale as every other district.`,
  sameScale: 'The chart uses the same scale as the charts of the other districts and the city, to compare them easily.',
  backToAll: 'Progress of the whole province against the plan',
  unitPage: (unit: string) => `Page of ${unit}`,
  criteriaPart: (unit: string) => `Criteria results of the units of ${unit}`,
  charts: {
    yearValue: (year: number, value: string) => `${year}: ${value}`,
    rateTitle: 'Poverty rate of the province against the plan’s path',
    rateDescription: (years: string, from: string, to: string, base: string, year: number, end: number) =>
      `Poverty rate of the province: ${years}. The plan’s path reduces it by ${from}–${to} points a year from ${base} in ${year} to ${end}.`,
    bandIsNotTarget:
      'A year inside the path’s band has not necessarily met that year’s target: the band runs from the baseline, while each year’s target is the fall from the year before (the table of targets below).',
    nearPoorTitle: 'Near-poverty rate of the province',
    nearPoorDescription: (years: string) => `Near-poverty rate of the province: ${years}.`,
    scaleTitle: 'Poor and near-poor households of the province against half the baseline',
    households: (n: string) => `${n} households`,
    scaleDescription: (years: string, year: number, half: string) => `Poor and near-poor households of the province: ${years}. Half the number of ${year} is ${half}.`,
    districtTitle: (unit: string) => `Poverty rate of ${unit}`,
    districtDescription: (unit: string, illustrative: boolean, years: string) => `Poverty rate of ${unit}${illustrative ? ', illustrative figures' : ''}: ${years}.`,
  },
} as const satisfies Shape<typeof vi.progressPage>;
