/** Offline reading's text in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './offline.vi.ts';
import * as en from './offline.en.ts';

export const offline = localized({ vi: vi.offline, en: en.offline });
