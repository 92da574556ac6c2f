/** The maps' text in the language of the page being rendered (src/i18n/current.ts). */
import { localized, localizedFn } from './current.ts';
import * as vi from './map.vi.ts';
import * as en from './map.en.ts';

export type { SummarySentence } from './map.vi.ts';
export const indicatorShort = localized({ vi: vi.indicatorShort, en: en.indicatorShort });
export const indicatorHow = localizedFn({ vi: vi.indicatorHow, en: en.indicatorHow });
export const legendTitle = localizedFn({ vi: vi.legendTitle, en: en.legendTitle });
export const darkerMeans = localizedFn({ vi: vi.darkerMeans, en: en.darkerMeans });
export const classLabel = localizedFn({ vi: vi.classLabel, en: en.classLabel });
export const statusLabel = localized({ vi: vi.statusLabel, en: en.statusLabel });
export const statusClass = vi.statusClass;
/** `noDataLabel` of the page's language (a plain string there, so a function here). */
export const noData = localizedFn({ vi: () => vi.noDataLabel, en: () => en.noDataLabel });
export const areaMark = vi.areaMark;
export const carriedYearWord = localizedFn({ vi: vi.carriedYearWord, en: en.carriedYearWord });
export const figureText = localizedFn({ vi: vi.figureText, en: en.figureText });
export const areaName = localizedFn({ vi: vi.areaName, en: en.areaName });
export const vintagePeriod = localizedFn({ vi: vi.vintagePeriod, en: en.vintagePeriod });
export const areaCount = localizedFn({ vi: vi.areaCount, en: en.areaCount });
export const layerLabel = localizedFn({ vi: vi.layerLabel, en: en.layerLabel });
export const typesLabel = localizedFn({ vi: vi.typesLabel, en: en.typesLabel });
export const layerCredit = localizedFn({ vi: vi.layerCredit, en: en.layerCredit });
export const summarySentences = localizedFn({ vi: vi.summarySentences, en: en.summarySentences });
export const table = localized({ vi: vi.table, en: en.table });
export const explorer = localized({ vi: vi.explorer, en: en.explorer });
export const mapClient = localized({ vi: vi.mapClient, en: en.mapClient });
export const teaser = localized({ vi: vi.teaser, en: en.teaser });
