/**
 * English text of the content pages (the English edition of src/i18n/content.vi.ts, same
 * shape): profiles, recognitions, updates, search and the static pages. The stories and
 * news themselves stay in Vietnamese, as the province wrote them; these are their frame.
 * Share cards stay Vietnamese (one image for both languages), so `og` has no English.
 */
import type { AwardKind } from '../domain/schemas/index.ts';
import type { ProfileKind } from '../domain/content/schemas.ts';
import type { Shape } from './lang.ts';
import type * as vi from './content.vi.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const kindLabel: Record<ProfileKind, string> = {
  individual: 'Individual',
  household: 'Household',
  collective: 'Collective',
  enterprise: 'Enterprise',
  model: 'Model',
  initiative: 'Initiative or programme',
};

export const awardLabel: Record<AwardKind, string> = {
  'labor-order': 'Labour Order',
  'pm-certificate': 'Certificate of Merit of the Prime Minister',
  'provincial-certificate': 'Certificate of Merit of the Chairman of the Provincial People’s Committee',
  'certificate-of-merit': 'Certificate of Commendation',
};

export const awardPlural: Record<AwardKind, string> = {
  'labor-order': 'Labour Orders',
  'pm-certificate': 'Certificates of Merit of the Prime Minister',
  'provincial-certificate': 'Certificates of Merit of the Chairman of the Provincial People’s Committee',
  'certificate-of-merit':
    'Certificates of Commendation from heads of departments, sectors, enterprises and mass organisations and from chairmen of district People’s Committees',
};

const CLASS = ['', 'First Class', 'Second Class', 'Third Class'] as const;
export const awardName: typeof vi.awardName = (award, cls) => (cls ? `${awardLabel[award]}, ${CLASS[cls]}` : awardLabel[award]);

export const neutralTitle: typeof vi.neutralTitle = (kind, place) => {
  const who = kind === 'household' ? 'A household' : 'A resident';
  return place ? `${who} in ${place}` : `${who} (name withheld at their request)`;
};

export const profiles = {
  title: 'Exemplary people and models',
  description:
    'Outstanding collectives, enterprises, models, initiatives and households of the emulation movement “Lạng Sơn joins the whole country for the poor – No one left behind”, with their sources and commendations.',
  intro:
    'Every profile names its source. Profiles of real organisations and models are rewritten from published press articles; the profiles of individuals and households in this demonstration are samples with invented names. The stories are published in Vietnamese, each with a summary in English where one has been written.',
  filtersHeading: 'Filter the list',
  filterKind: 'Kind',
  filterPlace: 'Place',
  filterAward: 'Commendation',
  all: 'All',
  placeBefore: 'Before 1 July 2025',
  placeAfter: 'From 1 July 2025',
  count: (n: number, total: number) => (n === total ? plural(n, 'profile', 'profiles') : `${n} of ${plural(total, 'profile', 'profiles')}`),
  none: 'No profile matches the filters.',
  reset: 'Clear the filters',
  filteredTitle: (what: string) => `Exemplary people and models: ${what}`,
  filteredDescription: (what: string) => `Profiles of exemplary people and models, filtered by ${what}.`,
  morePlace: (place: string) => `More examples in ${place}`,
  sample: 'Sample profile',
  sampleNote: 'Sample profile: the names, story and commendations on this page are illustrative and do not describe a real person or family.',
  sampleCollectiveNote: 'Sample profile: the story and commendations on this page are illustrative.',
  noPage: 'The story is not published: its subject has not agreed to it',
  province: 'Whole province',
  recognitionsLink: 'All commendations by kind and year',
  factsHeading: 'Key facts',
  kind: 'Kind',
  place: 'Place',
  placeNow: 'Now part of',
  placeHidden: 'Not published (at the subject’s request)',
  awards: 'Commendations',
  noAwards: 'No commendation recorded in the movement.',
  published: 'Published',
  updated: 'updated',
  sources: 'Sources',
  storyHeading: 'Story',
  relatedHeading: 'From the same place or district',
  copyLink: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Could not copy: select and copy the link above.',
  photoCredit: 'Photo',
  noPhoto: 'This profile has no photo.',
  backToList: 'All exemplary people and models',
  decision: 'Decision',
  issuerWithheld: 'the issuing authority is not named, to keep the place private',
  inVietnamese: 'Published in Vietnamese: the story below is the original text.',
  inProvince: (place: string) => `${place}, Lạng Sơn province`,
  storyDescription: () => 'A story of the Lạng Sơn emulation movement for the poor, published in Vietnamese.',
} as const satisfies Shape<typeof vi.profiles>;

export const recognitions = {
  title: 'Commendations',
  description: 'The forms of commendation in the emulation movement, by kind and year, with the criteria and figures each commendation rests on.',
  intro:
    'The province’s plan (section IV.2) names four forms of commendation. For each decision, the page lists the criteria it cites and recomputes from the review figures whether the unit meets them.',
  year: (y: number) => `${y}`,
  none: 'No commendation of this kind in the data yet.',
  recipient: 'Recipient',
  decision: 'Decision No.',
  noDecision: 'Decision number not known',
  issuer: 'Signed by',
  claims: 'Criteria cited',
  claimsOf: ['Criteria cited, checked against the figures of ', ''],
  claimAsOf: (y: number) => `as of ${y}`,
  noClaims: 'The decision cites no quantitative criterion.',
  noClaimsUnseen: 'The decision itself has not been seen, so the criteria it rests on are not known and have not been checked against the review figures.',
  grounds: 'Criteria assessed from the dossier',
  groundNote: ['Plan, section ', ': cannot be checked against the review figures.'],
  profile: 'Profile',
  unitHeading: 'Commendations and exemplary people',
  unitNone: 'The data has no commendation for this place yet.',
  unitProfiles: 'Profiles from this place',
  unitNoneOwn: 'The data has no commendation for this place itself yet; the former units it was formed from have some, below.',
  unitNoneEarlier: 'The data has no commendation for this place under its current boundaries yet; under earlier boundaries it has some, below.',
  unitFormerHeading: 'In the former units this place was formed from',
  unitEarlierHeading: 'In this place under earlier boundaries',
  unitDistrictHeading: 'In the district or city this place belonged to',
  unitFormerDistrictHeading: 'In the districts or cities its former units belonged to',
  districtThrough: (units: readonly string[]) => `where ${units.join(', ')} lay before the boundary changes`,
  unitProfileList: 'Profiles from this place, before and after the boundary changes',
  allAwards: 'Commendations across the province, by form and year',
  sampleShort: 'sample profile',
  sourcesHeading: 'Sources',
  recipientKind: {
    unit: 'Place',
    collective: 'Collective',
    individual: 'Individual',
    household: 'Household',
    enterprise: 'Enterprise',
  },
  neutralRecipient: (kind: 'individual' | 'household') => (kind === 'household' ? 'A household (name withheld)' : 'An individual (name withheld)'),
} as const satisfies Shape<typeof vi.recognitions>;

export const updates = {
  title: 'News',
  description: 'News, announcements and explanations of the figures of the Lạng Sơn emulation movement for the poor. The news is published in Vietnamese.',
  page: (n: number, total: number) => `Page ${n} of ${total}`,
  previous: 'Newer news',
  next: 'Older news',
  pagination: 'Pages',
  tags: 'Topics',
  tagLinkSuffix: ' (topic)',
  // The topic is a Vietnamese name: the heading marks it, a page title cannot.
  tagTitle: () => 'News by topic',
  tagPrefix: 'News on the topic: ',
  tagDescription: () => 'News on one topic of the Lạng Sơn emulation movement for the poor, published in Vietnamese.',
  allTags: 'All topics',
  rss: 'Follow the news by RSS (in Vietnamese)',
  readMore: 'Read more',
  published: 'Published',
  updated: 'updated',
  sources: 'Sources',
  backToList: 'All news',
  illustrative: 'This news item is about the illustrative data of the demonstration.',
  inVietnamese: 'Published in Vietnamese: the news item below is the original text.',
  listInVietnamese: 'The news is published in Vietnamese: titles are the original text; summaries are in English where one has been written.',
  itemDescription: () => 'A news item of the Lạng Sơn emulation movement for the poor, published in Vietnamese.',
} as const satisfies Shape<typeof vi.updates>;

export const search = {
  title: 'Search',
  description: 'Search for communes, wards, districts, profiles of exemplary people and news; type with or without Vietnamese tone marks.',
  label: 'Search for a commune, district, profile or news item',
  placeholder: 'e.g. dinh lap',
  submit: 'Search',
  headerLabel: 'Search the site',
  hint: 'Tone marks are optional: “dinh lap” finds Đình Lập. The name of a commune before a merger also leads to the commune it is now part of. Stories and news are in Vietnamese, with a summary in English where one has been written.',
  noJsHeading: 'Search needs JavaScript',
  noJs:
    'The search box runs on your own device and needs JavaScript. Without it, you can still find your place in the lists below, or browse',
  noJsLinks: [
    { href: '/ban-do/', text: 'the map and the tables of figures' },
    { href: '/dien-hinh/', text: 'exemplary people and models' },
    { href: '/tin-tuc/', text: 'the news' },
  ],
  noJsOr: ' or ',
  unitsHeading: 'Communes and wards from 1 July 2025',
  districtsHeading: 'Districts and city before 1 July 2025',
  loading: 'Loading the search index…',
  failed: 'The search index could not be loaded. Please try again later.',
  results: (n: number, q: string) => (n === 0 ? `No results for “${q}”.` : `${plural(n, 'result', 'results')} for “${q}”`),
  more: 'More results',
  placesHeading: 'Communes, wards and districts',
  pagesHeading: 'Pages, profiles and news',
} as const satisfies Shape<typeof vi.search>;

/** Values of the pagefind `kind` meta and filter on English pages (the English index). */
export const searchKind = {
  profile: 'Exemplary profile',
  update: 'News',
  page: 'About',
  plan: 'Plan',
} as const satisfies Shape<typeof vi.searchKind>;

export const contentPages = {
  updated: 'Updated',
} as const satisfies Shape<typeof vi.contentPages>;

export const englishSummary = {
  heading: 'Summary in English',
  none: 'No English summary yet: the summary below is the Vietnamese original.',
} as const satisfies Shape<typeof vi.englishSummary>;
