/**
 * How a release page presents its Excel downloads, in the language of the page being
 * rendered (src/i18n/current.ts). The files' own rows stay Vietnamese: src/site/data/releases.ts
 * builds them from src/i18n/export.vi.ts, once for both languages.
 */
import { localized } from './current.ts';
import * as vi from './export.vi.ts';
import * as en from './export.en.ts';

export const exportText = localized({ vi: vi.exportText, en: en.exportText });
