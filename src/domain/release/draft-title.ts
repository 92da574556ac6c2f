/**
 * The title the importer gives a new draft when none is given: a placeholder nobody wrote.
 * A given title replaces it (src/domain/import/import.ts), and publishing refuses a draft
 * that still carries it (publish.ts): a published release's title is never changed again.
 */
export const placeholderTitle = (id: string): string => `Kết quả rà soát hộ nghèo, hộ cận nghèo (bản nháp ${id})`;
