/** English text of the home page and the 404 page (the English edition of pages.vi.ts). */
import type { Shape } from './lang.ts';
import type { contentPage as contentPageVi, homePage as homePageVi, notFoundPage as notFoundPageVi, forwardPage as forwardPageVi } from './pages.vi.ts';

export const homePage = {
  description:
    'Poor and near-poor households in Lạng Sơn province, 2021–2025: progress against the plan of the emulation movement and the assessment of every district and commune.',
  lead: 'Follow Lạng Sơn province’s emulation movement for 2021–2025: every figure names its source, every criterion a commendation cites is checked against the review figures.',
  summary: (year: number, poorRate: string, nearPoorRate: string) => `At the end of ${year}, the province’s poverty rate was ${poorRate} and its near-poverty rate ${nearPoorRate}.`,
  summaryLink: 'Households and source',
  latestHeading: (year: number) => `Results of the year-end review, ${year}`,
  poor: 'Poor households',
  nearPoor: 'Near-poor households',
  households: 'All households',
  households_of: (poor: string, total: string) => `${poor} of ${total} households`,
  householdCount: (count: string) => `${count} households`,
  baselineHeading: (year: number) => `Baseline year ${year}`,
  baselineNote: 'The first review under the multidimensional poverty standard for 2022–2025.',
  averageHeading: 'Pace of reduction of the poverty rate',
  average: (from: number, to: number, points: string) => `Average ${from}–${to}: down ${points} percentage points a year.`,
  averagePlan: (from: number, to: number) => `For ${from}–${to} the plan sets a reduction of 2–3 percentage points a year (section II.1).`,
  averageHow: (from: number, to: number, a: string, b: string, years: number) =>
    `How it is computed: (rate in ${from}, ${a} − rate in ${to}, ${b}) / ${years} ${years === 1 ? 'year' : 'years'}.`,
  progressHeading: 'Progress against the plan',
  progressLink: 'See every target and criterion',
  seriesHeading: 'Poverty rate of the province, year by year',
  seriesCaption: 'Poverty rate and near-poverty rate of the province, by year of review',
  columns: { year: 'Year', poor: 'Poor households', poorRate: 'Poverty rate', nearPoor: 'Near-poor households', nearPoorRate: 'Near-poverty rate', basis: 'Basis' },
  storiesHeading: 'Exemplary people and models',
  storiesLink: 'See all exemplary people and models',
  updatesHeading: 'Latest news',
  updatesLink: 'See all news',
  moreHeading: 'Read more',
  links: [
    { href: '/ke-hoach/', text: 'The full text of the plan, each section linked to its results' },
    { href: '/tieu-chi/', text: 'The criteria of the movement and the assessment of every district and commune' },
    { href: '/du-lieu/', text: 'Open data: every published release and its checksums' },
  ],
} as const satisfies Shape<typeof homePageVi>;

export const contentPage = {
  untranslated: 'This page has not been translated into English yet; here is the Vietnamese text.',
} as const satisfies Shape<typeof contentPageVi>;

export const notFoundPage = {
  title: 'Page not found',
  description: 'There is no page at this address. Look up a commune, a district, an exemplary story or a news item, or see the map and the lists of communes and districts.',
  lead: 'There is no page at this address. The link may be old, or the address mistyped.',
  renamed: 'Many communes have merged and been renamed: searching by the old name finds the new commune.',
  searchHeading: 'Search the site',
  browseHeading: 'Or see',
  map: 'Map of the poverty rate of communes and districts',
  communes: (count: string, since: string) => `The list of ${count} communes and wards since ${since}`,
  districts: (count: string, before: string | undefined) => `The list of ${count} districts and cities${before ? ` before ${before}` : ''}`,
  home: 'Home',
} as const satisfies Shape<typeof notFoundPageVi>;

export const forwardPage = {
  title: 'This page is at another address',
  description: 'This address has no page of its own; the page it leads to opens instead.',
  trimmed: 'This address has no page of its own. The nearest page to it is:',
  moved: 'A later data release corrected the name of this place, so its page is now at:',
  gone: 'This figure was drawn from the data of an earlier release, which the current release no longer has. That release’s data are kept unchanged, to download, on its page:',
  goneUnit: 'This place is only in the data of an earlier release. That release’s data are kept unchanged, to download, on its page:',
} as const satisfies Shape<typeof forwardPageVi>;
