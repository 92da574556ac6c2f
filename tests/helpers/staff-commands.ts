import { main as buildMain } from '../../scripts/build.ts';
import { main as editorMain } from '../../scripts/editor.ts';
import { main as geoMain } from '../../scripts/build-geo.ts';
import { main as importMain } from '../../scripts/import.ts';
import { main as releaseMain } from '../../scripts/release.ts';
import { main as uploadsMain } from '../../scripts/uploads.ts';
import { main as validateMain } from '../../scripts/validate.ts';
import type { Io } from '../../scripts/cli/run.ts';
import { runMain, type CliRun } from './cli.ts';

type Main = (argv: string[], io: Io) => Promise<number> | number;

/** The commands staff run, by their npm script name; none waits for the data folder's lock, and publish's today is fixed. */
export const STAFF_COMMANDS = {
  validate: validateMain,
  import: (argv, io) => importMain(argv, io, { lockWaitMs: 0 }),
  release: (argv, io) => releaseMain(argv, io, { today: '2026-12-01', lockWaitMs: 0 }),
  uploads: (argv, io) => uploadsMain(argv, io, { lockWaitMs: 0 }),
  build: buildMain,
  editor: editorMain,
  geo: geoMain,
} satisfies Record<string, Main>;

export type StaffCommand = keyof typeof STAFF_COMMANDS;

/** As on the command line: argv reaches both the command and the line that reports its failure. */
export const runStaffCommand = (command: StaffCommand, argv: string[]): Promise<CliRun> => runMain((io) => STAFF_COMMANDS[command](argv, io), argv);
