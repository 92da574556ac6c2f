/**
 * The options npm kept for itself. An option written before `--` (`npm run build --drafts`)
 * is taken by npm as one of its settings: the script never sees it and does something else
 * (builds the published release, publishes with today's date, writes when asked to try).
 * npm hands such a setting on to the script only as an environment variable,
 * npm_config_<name> with dashes as underscores: "true", the value after "=", or "" for
 * `--no-<name>`. npm sets many of those for its own settings too (loglevel from .npmrc,
 * cache, user-agent, node-gyp…), so only the names of the command's own options count.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import { shellWord } from './shell.ts';

export interface HeldOption {
  /** As typed before `--`: `--drafts`, `--no-build`, `--date`. */
  flag: string;
  /** As it is written after `--`; undefined when npm passed its value on to the script as a word of its own, out of place. */
  written: string | undefined;
}

/**
 * The command's own options that npm took, in the order the command declares them; none
 * outside `npm run` (no npm_lifecycle_event), where an npm_config_ variable is the person's
 * own setting, not an option npm took from a command line.
 */
export function npmHeldOptions(options: ParseArgsOptionsConfig, env: NodeJS.ProcessEnv): HeldOption[] {
  if (!env['npm_lifecycle_event']) return [];
  // npm lowercases what it sets, but a variable such as NPM_CONFIG_DRY_RUN is a setting to npm as well.
  const npmValues = new Map<string, string>();
  for (const [key, value] of Object.entries(env)) {
    const m = /^npm_config_(.+)$/i.exec(key);
    if (m && value !== undefined) npmValues.set(m[1]!.toLowerCase().replaceAll('_', '-'), value);
  }
  const held: HeldOption[] = [];
  for (const [name, { type }] of Object.entries(options)) {
    const value = npmValues.get(name);
    // `--no-build` reaches npm as its setting "build" turned off.
    const negated = name.startsWith('no-') ? npmValues.get(name.slice(3)) : undefined;
    if (value !== undefined) held.push(type === 'boolean' ? heldSwitch(name, value) : heldValue(name, value));
    else if (type === 'boolean' && (negated === '' || negated === 'false')) held.push({ flag: `--${name}`, written: `--${name}` });
  }
  return held;
}

function heldSwitch(name: string, value: string): HeldOption {
  if (value === 'true') return { flag: `--${name}`, written: `--${name}` };
  if (value === '' || value === 'false') return { flag: `--no-${name}`, written: `--no-${name}` };
  return { flag: `--${name}`, written: `--${name}=${shellWord(value)}` };
}

// "true" is what npm records for a setting it does not know when no "=" follows: the value typed after a space went on to the script.
const heldValue = (name: string, value: string): HeldOption => ({ flag: `--${name}`, written: value === 'true' ? undefined : `--${name} ${shellWord(value)}` });

/**
 * The command to type instead: the words the script did get, then the held options. When a
 * held option's value went on among those words, where it stood is lost; then only the
 * options are shown, each with "…" for its value, and `exact` is false.
 */
export function rerunCommand(script: string, argv: readonly string[], held: readonly HeldOption[]): { command: string; exact: boolean } {
  const exact = held.every((h) => h.written !== undefined);
  const words = exact ? [...argv.map(shellWord), ...held.map((h) => h.written!)] : held.map((h) => h.written ?? `${h.flag} …`);
  return { command: ['npm run', script, '--', ...words].join(' '), exact };
}
