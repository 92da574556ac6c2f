/** The plan page's text in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './plan-page.vi.ts';
import * as en from './plan-page.en.ts';

export type { PlanGloss, PlanResultPlace } from './plan-page.vi.ts';
export const planPage = localized({ vi: vi.planPage, en: en.planPage });
