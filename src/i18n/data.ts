/** Open-data pages' wording in the language of the page being rendered (src/i18n/current.ts). */
import { localized, localizedFn } from './current.ts';
import * as vi from './data.vi.ts';
import * as en from './data.en.ts';

export type { DownloadTitled } from './data.vi.ts';
export const dataPage = localized({ vi: vi.dataPage, en: en.dataPage });
export const releasePage = localized({ vi: vi.releasePage, en: en.releasePage });
export const formatBytes = localizedFn({ vi: vi.formatBytes, en: en.formatBytes });
