/**
 * The options of a bench command (`bench`, `bench:lighthouse`, `bench:trace`), read by
 * node:util's parseArgs with `--help` added: `--help` prints the usage line (exit code 0),
 * a mistake prints Node's message and the usage line (exit code 2).
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

type Values<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

export function benchArgsOrExit<const T extends ParseArgsOptionsConfig>(options: T, usage: string): Values<T> {
  let values: Values<T> & { help: boolean };
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean', default: false } } }).values as Values<T> & { help: boolean };
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
