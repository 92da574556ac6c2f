/**
 * The options of a bench command (`bench`, `bench:lighthouse`, `bench:trace`), read by
 * node:util's parseArgs with `--help` added: `--help` prints the usage line (exit code 0),
 * a mistake prints Node's message and the usage line (exit code 2), and so does an option
 * npm kept for itself (scripts/cli/npm-held.ts): `npm run bench --json out.json` would
 * otherwise run the whole bench and write no JSON.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { cliEn } from '../../src/i18n/cli.en.ts';
import { npmHeldOptions, rerunCommand } from '../cli/npm-held.ts';

type Values<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

export function benchArgsOrExit<const T extends ParseArgsOptionsConfig>(options: T, usage: string): Values<T> {
  const all = { ...options, help: { type: 'boolean', default: false } } as const satisfies ParseArgsOptionsConfig;
  const held = npmHeldOptions(all, process.env);
  if (held.length > 0) {
    const { command, exact } = rerunCommand(process.env['npm_lifecycle_event']!, process.argv.slice(2), held);
    console.error(`${cliEn.args.npmHeld(held.map((h) => h.flag), command, exact)}\n${usage}`);
    process.exit(2);
  }
  let values: Values<T> & { help: boolean };
  try {
    values = parseArgs({ options: all }).values as Values<T> & { help: boolean };
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}
