/** Criteria results' wording in the language of the page being rendered (src/i18n/current.ts). */
import { localized, localizedFn } from './current.ts';
import * as vi from './results.vi.ts';
import * as en from './results.en.ts';

export const pct = localizedFn({ vi: vi.pct, en: en.pct });
export const pts = localizedFn({ vi: vi.pts, en: en.pts });
export const unitLabel = localizedFn({ vi: vi.unitLabel, en: en.unitLabel });
export const unitLabelCapital = localizedFn({ vi: vi.unitLabelCapital, en: en.unitLabelCapital });
export const levelPlural = localized({ vi: vi.levelPlural, en: en.levelPlural });
export const statusText = localizedFn({ vi: vi.statusText, en: en.statusText });
export const resultStatusText = localizedFn({ vi: vi.resultStatusText, en: en.resultStatusText });
export const statusClass = vi.statusClass;
export const explainEvaluation = localizedFn({ vi: vi.explainEvaluation, en: en.explainEvaluation });
export const basis = localized({ vi: vi.basis, en: en.basis });
export const afterPlan = localizedFn({ vi: vi.afterPlan, en: en.afterPlan });
