/** A figure's marks in the language of the page being rendered (src/i18n/current.ts). */
import { localized, localizedFn } from './current.ts';
import * as vi from './marks.vi.ts';
import * as en from './marks.en.ts';

export type { FigureMark } from './marks.vi.ts';
export const markWords = localized({ vi: vi.markWords, en: en.markWords });
export const markText = localizedFn({ vi: vi.markText, en: en.markText });
export const marksAfter = localizedFn({ vi: vi.marksAfter, en: en.marksAfter });
export const tableNote = localizedFn({ vi: vi.tableNote, en: en.tableNote });
