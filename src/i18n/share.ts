/** Share cards' text in the language of the page being rendered (src/i18n/current.ts); the cards themselves (src/pages/og/) stay Vietnamese. */
import { localized } from './current.ts';
import * as vi from './share.vi.ts';
import * as en from './share.en.ts';

export const share = localized({ vi: vi.share, en: en.share });
