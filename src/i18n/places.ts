/** The place finder's text in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './places.vi.ts';
import * as en from './places.en.ts';

export const placeFinder = localized({ vi: vi.placeFinder, en: en.placeFinder });
