/** Boundary periods in the language of the page being rendered (src/i18n/current.ts). */
import { localizedFn } from './current.ts';
import * as vi from './vintage.vi.ts';
import * as en from './vintage.en.ts';

export const periodWords = localizedFn({ vi: vi.periodWords, en: en.periodWords });
export const periodHeading = localizedFn({ vi: vi.periodHeading, en: en.periodHeading });
export const unitTitleSuffix = localizedFn({ vi: vi.unitTitleSuffix, en: en.unitTitleSuffix });
export const plainVintageCodes = localizedFn({ vi: vi.plainVintageCodes, en: en.plainVintageCodes });
