/**
 * English text of the criteria page (/en/tieu-chi/), the English edition of
 * src/i18n/criteria-page.vi.ts. The plan's own words stay Vietnamese on the page (a
 * quotation, lang="vi"); `planGloss` gives the English beside them.
 */
import type { Shape } from './lang.ts';
import type * as vi from './criteria-page.vi.ts';

/** The plan's targets and criteria in English, by their id in data/criteria/. */
const NAMES: Record<string, string> = {
  'province-rate-reduction': 'Reduce the multidimensional poverty rate by 2–3% a year',
  'province-ethnic-minority-reduction': 'Poverty rate of ethnic minority households down by more than 3% a year',
  'poor-district-exit': 'At least one district out of poverty by 2025',
  'district-poor': 'Poor districts',
  'district-other': 'Other districts',
  'commune-especially-difficult': 'Especially difficult communes',
  'commune-zone': 'Communes in zones I, II and III',
  village: 'Villages',
  agency: 'Provincial departments, agencies, the Fatherland Front Committee and socio-political organisations',
  'social-policy-bank': 'Vietnam Bank for Social Policies',
  household: 'Households',
  'poverty-official': 'Officials, civil servants, public employees and poverty-reduction workers',
  enterprise: 'Enterprises and cooperatives',
  'credit-institution': 'Banks and credit institutions',
};

/** An English translation of each quotation of the plan, in the order of the data's quotes. */
const GLOSSES: Record<string, readonly string[]> = {
  'province-rate-reduction': ['Keep reducing the multidimensional poverty rate by 2–3% a year'],
  'province-ethnic-minority-reduction': ['the poverty rate of ethnic minority households falls by more than 3% a year'],
  'poor-district-exit': ['strive for at least one district to exit poverty by 2025'],
  'district-poor': [
    'Poor districts reduce the multidimensional poverty rate by 6% a year or more, for 3 consecutive years before being proposed for commendation.',
  ],
  'district-other': [
    'The other districts reduce the multidimensional poverty rate by 4% a year or more, for 3 consecutive years before being proposed for commendation; or the number of multidimensionally poor and near-poor households falls by more than 50% from the start of the period.',
  ],
  'commune-especially-difficult': [
    'Especially difficult communes reduce the multidimensional poverty rate by 6% a year or more, for 3 consecutive years before being proposed for commendation, or the number of multidimensionally poor and near-poor households falls by more than 50% from the start of the period.',
  ],
  'commune-zone': [
    'For zone III, zone II and zone I communes in ethnic minority and mountainous areas, the number of multidimensionally poor and near-poor households falls by more than 50% from the start of the period.',
  ],
  village: ['The number of multidimensionally poor and near-poor households falls by more than 50% from the start of the period.'],
  agency: [
    'Complete the guidance documents for poverty-reduction policies and programmes on time and to a good standard. Keep proposing to the Provincial People’s Committee poverty-reduction policies and a multidimensional poverty standard tied to the sustainable development goals, ensuring a gradually rising minimum standard of living and access to basic social services; renew the approach to poverty reduction, apply conditional support, increase social policy credit for the poor, and give social assistance to poor households unable to work.',
    'Mobilise resources actively, with many initiatives and models of sustainable poverty reduction that are replicated, helping the poor to work, develop production and business, prosper, stabilise their lives and rise out of poverty for good.',
  ],
  'social-policy-bank': [
    'For the Vietnam Bank for Social Policies: carry out credit policy effectively for poor, near-poor and newly non-poor households; credit institutions make practical contributions and support to poverty reduction and give effective help to poor districts, especially difficult communes or villages, and the poor.',
  ],
  household: [
    'Register to exit poverty willingly and responsibly; show many initiatives and good, effective ways of working, developing production and doing business, and exit poverty for good; use loans from the Vietnam Bank for Social Policies for their purpose, pay interest and principal on time and use them effectively.',
    'Make many effective and creative contributions and give support to poor, near-poor and newly non-poor households to develop production, do business and exit poverty for good.',
  ],
  'poverty-official': [
    'Officials, civil servants, public employees and poverty-reduction workers with initiatives in drafting mechanisms and policies and advising on them, and in guiding and taking part in poverty-reduction work.',
    'Officials, civil servants, public employees and workers of state agencies who help poor districts, especially difficult communes or villages, and the poor.',
  ],
  enterprise: [
    'Make practical, effective contributions to poverty reduction and support and help poor districts, especially difficult communes or villages, and the poor.',
    'Organise links in production, business and the sale of products and develop varied production models in which poor, near-poor and newly non-poor households take part; support poverty-reduction projects and models suited to the poor, above all in poor districts.',
  ],
  'credit-institution': ['Banks or credit institutions carry out credit policy effectively for poor, near-poor and newly non-poor households.'],
};

/** The English name of a target or criterion; a new one without a translation keeps the data's name. */
export const criterionName = (c: { id: string; name: string }): string => NAMES[c.id] ?? c.name;

export const planGloss = (id: string): readonly string[] => GLOSSES[id] ?? [];

/** The plan's point "đ" (the letter after d), as English translations of Vietnamese law write it: "dd". */
const sectionRef = (section: string): string => section.replaceAll('đ', 'dd');

export const criteriaPage = {
  title: 'Emulation criteria and assessment results',
  description:
    'The emulation criteria of the plan “Lạng Sơn joins the whole country for the poor” 2021–2025, and the assessment of every district and commune year by year.',
  intro:
    'The plan for the emulation movement sets its own criteria for districts, communes and villages (section IV.1). This page quotes each criterion in full, explains how we compute it, and gives the assessment of every unit year by year.',
  howHeading: 'How it is computed',
  how: [
    'Poverty rate = poor households / all households × 100, rounded to 2 decimal places (5 and above rounds up), exactly as the official reports print it.',
    '“A reduction of 6% a year” means the poverty rate falls by 6 percentage points a year: the reduction in year y = the rate in year y−1 − the rate in year y.',
    '2021 is the baseline year (the start of the period), the first review under the multidimensional poverty standard for 2022–2025 (Decree No. 07/2021/ND-CP). No reduction is computed across the baseline year, so the earliest “3 consecutive years” are 2022, 2023 and 2024.',
    '“The number of poor and near-poor households falls by more than 50% from the start of the period”: poor plus near-poor households in the year assessed must be fewer than half that number in 2021 (exactly half is not met).',
    'A criterion with two ways to meet it (“or”) is met when either is met. A unit is classed (poor district, especially difficult commune, zone I–III commune) by the decision in force in the year assessed.',
    'Missing figures give “Not enough data”, never “Met”. Each unit is assessed only on its own figures within one boundary period: the new communes from 1 July 2025 have no 2021 baseline figures on the new boundaries yet.',
  ],
  targetsHeading: 'The province’s overall targets (section II.1)',
  criteriaHeading: 'Criteria and results by unit',
  planSection: (section: string) => `The plan, section ${sectionRef(section)}`,
  glossLabel: 'In English:',
  appliesHeading: 'Applies to',
  resultHeading: 'Result',
  vintageHeading: (units: string, period: string) => `${units} (${period})`,
  now: 'today',
  units: (n: number) => (n === 1 ? 'unit' : 'units'),
  met: 'assessments met',
  notMet: 'not met',
  unknown: 'without enough data',
  caption: (criterion: string, units: string) => `Criterion “${criterion}”, ${units.charAt(0).toLocaleLowerCase('en')}${units.slice(1)}: results by year assessed`,
  unitColumn: 'Unit',
  asOf: (year: number) => `${year}`,
  notApplicable: 'Does not apply this year',
  parentOf: (parent: string) => `in ${parent}`,
  earlierCaption: (target: string) => `${target}: earlier years`,
  earlierYears: (years: readonly number[]) => `Earlier years (${years.join(', ')})`,
  partsHeading: 'Results of each unit, by district',
  partsIntro: 'Each district and city (and the communes and wards directly under the province) has a page of its own with each unit’s latest result; earlier years are a tap away.',
  partsCaption: (units: string, year: number) => `${units}: assessments in ${year} by district`,
  partColumn: 'District or group of communes',
  resultsIn: (year: number) => `Results in ${year}`,
  allUnitsPart: 'Communes and wards directly under the province',
  pagePart: (first: string, last: string) => `Communes and wards directly under the province, ${first} to ${last}`,
  partsLink: 'See each unit’s results by district',
  partTitle: (part: string, period?: string) => `Criteria results: ${part}${period ? ` (${period})` : ''}`,
  period: (from: string, to: string | undefined) => (to ? `boundaries until ${to}` : `boundaries from ${from}`),
  partDescription: (district) =>
    `The assessment of ${district ? `every unit of ${district}` : 'the communes and wards directly under the province'} against the emulation criteria, the latest year first, earlier years included.`,
  partIntro: 'Each row gives the latest year’s result; tap “Earlier years” for the years before. The criteria in full and how they are computed are on the page',
  backToAll: 'Emulation criteria and assessment results',
  criterionExplained: 'This criterion in full and how it is computed',
  unitPage: (unit: string) => `Page of ${unit}`,
  noEvaluations: 'No unit of this dataset falls under this criterion.',
  illustrative: 'The district and commune figures of this dataset are illustrative: the results below only demonstrate how the criteria are computed.',
  targetColumns: { year: 'Year', value: 'Reduction (percentage points)', exitValue: 'Districts with a decision recognising their exit from poverty', result: 'Result' },
  exceeding: 'above the plan’s target',
  exitValue: (count: number) => `${count} district${count === 1 ? '' : 's'}`,
  exitNone: (checked: string | undefined) => `No decision recognising an exit from poverty yet${checked ? ` (checked up to ${checked})` : ''}`,
  exitListed: (names: string) => `The province’s poor districts for 2021–2025: ${names}.`,
  levelEnded: (date: string) => `From ${date} there are no districts any more; that is not an exit from poverty, so it does not count.`,
  crossVintage: (year: number, communes: string, since: string, previous: number, before: string) =>
    `The ${year} review covered ${communes} communes and wards on the boundaries from ${since}; the ${previous} review covered ${before} communes, wards and townships on the boundaries before. It is not confirmed that both years used the same poverty standard: this reduction is for reference only.`,
  factsHeading: 'What is known',
  caveatLabel: (year: number) => `Note on ${year}:`,
  dossierHeading: 'Criteria assessed on the record',
  dossierIntro:
    'For departments, agencies and mass organisations, the Vietnam Bank for Social Policies, households, poverty-reduction workers and enterprises, the plan sets criteria on how they work, not on figures (section IV.1, points a, dd, e and g). The review figures cannot measure them: the commendation authority assesses them on the record, and this page only shows which commendation cites which criterion.',
  dossierRecipients: 'For',
  dossierCited: 'Commendations citing this criterion',
  dossierNone: 'No commendation in the data cites this criterion yet.',
  derivedNote: 'the province figure for this year is the sum of the districts (illustrative)',
} as const satisfies Shape<typeof vi.criteriaPage>;
