/**
 * Numbers and dates in the language of the page being rendered (src/i18n/current.ts):
 * pages and components import from here; downloads and scripts that must stay
 * Vietnamese import src/format/vi.ts itself.
 */
import * as vi from './vi.ts';
import * as en from './en.ts';
import { localizedFn } from '../i18n/current.ts';

export { MINUS, formatYearSpan } from './vi.ts';
export const formatInt = localizedFn({ vi: vi.formatInt, en: en.formatInt });
export const formatDecimal = localizedFn({ vi: vi.formatDecimal, en: en.formatDecimal });
export const formatPercent = localizedFn({ vi: vi.formatPercent, en: en.formatPercent });
export const formatPoints = localizedFn({ vi: vi.formatPoints, en: en.formatPoints });
export const formatDate = localizedFn({ vi: vi.formatDate, en: en.formatDate });
export const formatDateOrMonth = localizedFn({ vi: vi.formatDateOrMonth, en: en.formatDateOrMonth });
