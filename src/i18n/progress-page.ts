/** The progress page's wording in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './progress-page.vi.ts';
import * as en from './progress-page.en.ts';

export const progressPage = localized({ vi: vi.progressPage, en: en.progressPage });
