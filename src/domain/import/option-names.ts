/**
 * How a message names an option of the import: the flag of `npm run import`, or, for an
 * upload, the field of the editor's form the staff filled in — they never type a flag,
 * so a message telling them to must name what they can change (the uploads' words are
 * src/domain/uploads/form-words.ts).
 */
export interface OptionNames {
  /** How to import into release `id`: "--release 2027.2". */
  release: (id: string) => string;
  /** Where the source of the whole file is given: "--source". */
  source: string;
  /** How to give the source of the whole file: "dùng --source". */
  setSource: string;
  /** Where the year of the whole file is given: "--year". */
  year: string;
  /** How to give the year of the whole file: "dùng --year 2025". */
  setYear: (year: number) => string;
  /** How to import with vintage `id`: "--vintage 2025-07". */
  vintage: (id: string) => string;
  /** How to import the rows of other vintages: "bằng một lệnh khác với --vintage tương ứng". */
  otherVintages: string;
  /** Where the worksheet to read is named: "--sheet". */
  sheet: string;
  /** Where the draft's title and notes are given: "--title", "--notes". */
  title: string;
  notes: string;
  /** How to make the file the whole review of its years: "nhập lại với --replace-years". */
  replaceYears: string;
  /** How to see the validator's warnings on release `id`: "xem bằng npm run validate -- --release 2027.1". */
  validate: (id: string) => string;
}

export const FLAGS: OptionNames = {
  release: (id) => `--release ${id}`,
  source: '--source',
  setSource: 'dùng --source',
  year: '--year',
  setYear: (year) => `dùng --year ${year}`,
  vintage: (id) => `--vintage ${id}`,
  otherVintages: 'bằng một lệnh khác với --vintage tương ứng',
  sheet: '--sheet',
  title: '--title',
  notes: '--notes',
  replaceYears: 'nhập lại với --replace-years',
  validate: (id) => `xem bằng npm run validate -- --release ${id}`,
};
