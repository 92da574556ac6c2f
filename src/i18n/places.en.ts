/** English text of the place finder (the English edition of src/i18n/places.vi.ts). */
import type { Shape } from './lang.ts';
import type { placeFinder as vi } from './places.vi.ts';
import { UNIT_TYPES } from './results.en.ts';

export const placeFinder = {
  heading: 'Find your commune',
  label: 'Find your commune, ward, township or district',
  placeholder: 'e.g. binh xa',
  hint: (since) => `Type with or without tone marks. Names of communes before ${since} lead to today’s communes and wards.`,
  submit: 'Find',
  listSummary: (n, since) => `Or choose from the list of ${n} communes and wards from ${since}`,
  formerHeading: 'Includes',
  districtsHeading: (since) => `Districts and city before ${since}`,
  client: (since) => ({
    count: 'Places found: {n}',
    enter: 'Press “Find” (or Enter) to open the first.',
    none: 'No commune, ward or district has this name. Try typing fewer letters, or',
    near: 'No name is exactly as typed. Did you mean one of these places?',
    searchAll: 'search the whole site',
    more: '{n} more: type more to narrow the list.',
    formerly: 'before the merger',
    formerDistrict: 'formerly in',
    nowIn: 'now part of',
    districtEnded: `districts ended on ${since}; now`,
    failed: 'The list could not be loaded. Please choose from the list below.',
    types: UNIT_TYPES,
  }),
} as const satisfies Shape<typeof vi>;
