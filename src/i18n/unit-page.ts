/** The unit pages' text in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './unit-page.vi.ts';
import * as en from './unit-page.en.ts';

export const unitPage = localized({ vi: vi.unitPage, en: en.unitPage });
