/**
 * How a message names an option of the import: the flag of `npm run import`, or, for an
 * upload, the field of the editor's form the staff filled in — they never type a flag,
 * so a message telling them to must name what they can change.
 */
export interface OptionNames {
  /** How to import into release `id`: "--release 2027.2". */
  release: (id: string) => string;
  /** Where the source of the whole file is given: "--source". */
  source: string;
}

export const FLAGS: OptionNames = { release: (id) => `--release ${id}`, source: '--source' };
