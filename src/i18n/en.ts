/**
 * English UI strings of the site frame (header, navigation, footer, demo banner, source
 * line, status badges): the English edition of src/i18n/vi.ts, same shape.
 */
import type { Shape } from './lang.ts';
import type { Strings } from './vi.ts';

export const en = {
  lang: 'en',
  locale: 'en_GB',
  site: {
    name: 'For the Poor – Lạng Sơn',
    movement: 'Lạng Sơn joins the whole country for the poor – No one left behind',
    tagline: 'The emulation movement “No one left behind”',
    period: '2021–2025',
    titleSeparator: ' – ',
  },
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    menu: 'Menu',
    home: 'Home',
    plan: 'Plan',
    map: 'Map',
    progress: 'Progress',
    criteria: 'Criteria',
    profiles: 'Exemplary people',
    updates: 'News',
    data: 'Data',
    search: 'Search',
  },
  banner: {
    label: 'About the figures',
    title: 'Illustrative data',
    noteTitle: 'Illustrative content',
    more: 'Read why',
    demo:
      'the district and commune figures on this page are synthetic figures made for demonstration, not official figures. Province figures come from published sources.',
    draftTitle: 'DRAFT — not published',
    draft: (id: string, title: string) =>
      `a preview built from draft ${id} (“${title}”). Its figures may still change and are not official; the public site still uses the published release.`,
  },
  footer: {
    publisherHeading: 'Publisher',
    publisher: 'Lạng Sơn Department of Home Affairs – Emulation and Commendation Board',
    planLink: 'Full text of the emulation plan',
    publisherNote:
      'This is a demonstration, not yet the official site: the office named above is the one expected to run it.',
    creditsHeading: 'Map and administrative list sources',
    credits: [
      'District boundaries: gis.chinhphu.vn via daohoangson/dvhcvn (GPL-3.0).',
      'Commune boundaries 2009–2019 and 2020–2024: censusVN2009 (M. Choisy, MIT); the 2020–2024 layer merged by this project from the 2019 layer following each merger.',
      'Commune boundaries from 1 July 2025: Reference map of Vietnam’s administrative units (sapnhap.bando.com.vn), Natural Resources – Environment and Cartography Publishing House of Vietnam; via vietnamese-provinces-database (MIT).',
      'Administrative units: thanglequoc/vietnamese-provinces-database (MIT); the General Statistics Office’s new–old unit conversion table via sunshine-tech/VietnamProvinces (GPL-3.0-or-later).',
    ],
    fontCredit: 'Be Vietnam Pro typeface (SIL Open Font License 1.1).',
    licences: 'Full copyright and licence notices',
    licencesHref: '/giay-phep.txt',
  },
  source: {
    label: 'Source',
    synthetic: 'illustrative',
    derived: 'calculated',
    noteSummary: 'How these figures were made',
  },
  status: {
    met: 'Met',
    notMet: 'Not met',
    unknown: 'Not enough data to assess',
  },
  language: {
    label: 'Language',
    other: 'Tiếng Việt',
    /** What a phone shows of the link: the other language's code. */
    otherCode: 'VI',
    otherLang: 'vi',
  },
} as const satisfies Shape<Strings>;
