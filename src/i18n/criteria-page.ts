/** The criteria page's wording in the language of the page being rendered (src/i18n/current.ts). */
import { localized, localizedFn } from './current.ts';
import * as vi from './criteria-page.vi.ts';
import * as en from './criteria-page.en.ts';

export const criteriaPage = localized({ vi: vi.criteriaPage, en: en.criteriaPage });
export const criterionName = localizedFn({ vi: vi.criterionName, en: en.criterionName });
export const planGloss = localizedFn({ vi: vi.planGloss, en: en.planGloss });
