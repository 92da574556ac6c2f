/** The "Cite this" block's text in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './citation.vi.ts';
import * as en from './citation.en.ts';

export const citationText = localized({ vi: vi.citationText, en: en.citationText });
