/**
 * English text of the Excel downloads' entries on an English release page (the English
 * edition of src/i18n/export.vi.ts). The files themselves have one address for both
 * languages and stay Vietnamese; their keys are here too, so that the shape is the same.
 */
import { formatDate } from '../format/en.ts';
import type { Shape } from './lang.ts';
import type * as vi from './export.vi.ts';

export const exportText = {
  releaseLine: (site: string, id: string, date: string | null | undefined, url: string) =>
    `${site}, data release ${id}${date ? `, published ${formatDate(date)}` : ''}: ${url}`,
  sourceLine: (licence: string, withSourceColumns: boolean) =>
    `${withSourceColumns ? 'The source of each row is in the columns “Mã nguồn”, “Loại nguồn”, “Nguồn”; the list of sources is in the sources table.' : 'The sources of the documents are in the sources table.'} Data licence: ${licence}.`,
  illustrativeLine:
    'ILLUSTRATIVE DATA: figures whose source kind is “synthetic” (illustrative), and every result computed from them, are not official figures.',
  draftLine: 'DRAFT, NOT PUBLISHED: not to be cited.',
  percentLine: 'Rates are Excel percentages: a cell showing 8.36% holds the number 0.0836; the CSV of the same name writes 8.36.',
  xlsxTitle: (tableTitle: string) => `${tableTitle} (Excel)`,
  xlsxDescription: (csvName: string) =>
    `The same table as ${csvName}, as Excel: codes are text (leading zeros kept), household counts are whole numbers, rates are numbers shown as percentages, dates are dates; the header row stays in view; the release, sources and illustrative mark are in the first rows of the sheet.`,
  workbookName: (id: string) => `lang-son-ho-ngheo-${id}.xlsx`,
  workbookTitle: (id: string) => `Poor and near-poor households of Lạng Sơn province, data release ${id}`,
  workbookPageTitle: 'Every table in one Excel file, one sheet per table',
  workbookDescription:
    'Every CSV table of the release in one Excel file, one sheet per table (the sheet is named after the CSV file), with the right data types for Excel; the first sheet, “giai-thich”, explains every column.',
  dictionary: {
    sheetName: 'giai-thich',
    title: 'What each column of each sheet holds',
    notes: ['Each row is a column of a sheet in this file (the same column as in the CSV file of that name); the descriptions are those of the release’s datapackage.json.'],
    columns: ['Sheet', 'Column name in the CSV file', 'Column', 'Kind of value', 'Meaning', 'Values it takes'],
    kind: { string: 'text', integer: 'whole number', number: 'number', date: 'date', year: 'year', boolean: 'true/false (TRUE/FALSE)' },
  },
  criteriaJsonTitle: 'Criteria assessment results, machine-readable (JSON), with the figures of each way to meet a criterion',
  criteriaJsonDescription:
    'The same assessments as ket-qua-tieu-chi.csv, with the details of each way to meet a criterion (each year’s reduction, the number of poor and near-poor households) in hundredths of a percentage point.',
  pickHeading: 'Which file should I download?',
  pickExcel:
    'To read, filter and chart in Excel or LibreOffice: download the .xlsx file — unit codes keep their leading zeros and rates show as percentages whatever the computer’s language.',
  pickCsv:
    'To read with software (R, Python, a database): download the .csv file — UTF-8 with a BOM, comma-separated, decimal point, columns described in datapackage.json. Opened directly in Excel or LibreOffice, the .csv loses the leading zero of unit codes (05977 becomes 5977), and Excel turns period codes such as 2020-01 into dates.',
  pickCriteria: 'Each unit’s criteria results year by year, with the reasons in words: ket-qua-tieu-chi (.csv, .xlsx, .json).',
} as const satisfies Shape<typeof vi.exportText>;
