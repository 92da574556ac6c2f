/**
 * The embed box and downloads under a chart or a map in the language of the page being
 * rendered (src/i18n/current.ts). The embeds (/nhung/) and the files render in Vietnamese:
 * they have one address for both languages.
 */
import { localized } from './current.ts';
import * as vi from './embed.vi.ts';
import * as en from './embed.en.ts';

export const embed = localized({ vi: vi.embed, en: en.embed });
