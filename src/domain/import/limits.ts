/**
 * How much one spreadsheet may hold. A province's review is a few hundred rows (65
 * communes, or 200 communes and 1,600 villages, a year); these limits are far above that
 * and far below what would exhaust a staff computer's memory. A larger file is refused,
 * with the limit in the message, before it is read.
 */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;
/** The uncompressed XML of one worksheet (and of the shared strings) of an .xlsx. */
export const MAX_SHEET_XML_BYTES = 64 * 1024 * 1024;
/** Rows with anything in them; blank rows (Excel keeps thousands of formatted ones) do not count. */
export const MAX_ROWS = 100_000;

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
