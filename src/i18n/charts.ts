/** Charts' text in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './charts.vi.ts';
import * as en from './charts.en.ts';

export const charts = localized({ vi: vi.charts, en: en.charts });
