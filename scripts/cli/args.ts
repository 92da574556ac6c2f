/**
 * A command's arguments, read by node:util's parseArgs. Node reports a mistake in English,
 * tells to put the word after `--` (wrong advice for a mistyped option) and suggests
 * nothing; here the mistake is said in the command's language, naming the option and,
 * for an unknown one, the closest known option, then the command's usage (exit code 2).
 * Also refused, though Node takes them: an option given twice, and a word that starts
 * with a dash a word processor put for "--".
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageFailure } from '../../src/domain/failure.ts';
import type { CliText } from '../../src/i18n/cli.vi.ts';
import { closestNames } from './closest.ts';
import { npmHeldOptions, rerunCommand } from './npm-held.ts';

/** The mistakes in the arguments themselves; any other error is not the user's. */
const ARGUMENT_ERRORS = new Set(['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']);

/**
 * parseArgs, strict as the caller asks; a mistake in the arguments ends as a usage failure in
 * `t`'s language. First of all, an option of the command that npm kept for itself (`env`,
 * scripts/cli/npm-held.ts): the command would run without it, and the words it did get are
 * shifted (a value without its option), so any other message would mislead.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string, t: CliText, env: NodeJS.ProcessEnv = process.env): ReturnType<typeof parseArgs<T>> {
  const held = npmHeldOptions(config.options ?? {}, env);
  if (held.length > 0) {
    const { command, exact } = rerunCommand(env['npm_lifecycle_event']!, config.args ?? [], held);
    throw usageFailure(t.args.npmHeld(held.map((h) => h.flag), command, exact));
  }
  // Mistakes Node lets through (a repeated option, a word copied with "—" for "--") as well as those it stops at.
  const mistake = firstMistake(config, t.args);
  if (mistake) throw usageFailure(`${mistake}\n${usage}`);
  try {
    return parseArgs(config);
  } catch (error) {
    if (!ARGUMENT_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // Node's own sentence only if a later Node stops at a token this reading does not: better English than nothing.
    throw usageFailure(`${(error as Error).message}\n${usage}`);
  }
}

/** Dashes that Word, Zalo and the like put for "--" (or "-") when a command is copied: en and em dash, minus sign, and kin. */
const DASH_LOOKALIKES = /^([\u2010-\u2015\u2212]+)(.*)$/u;

/**
 * The first mistake in the arguments, read in order without stopping: the one strict
 * parsing would stop at (whose error names the argument only inside Node's English
 * sentence), or one it lets through — a string option given twice keeps only the last
 * value, and "—dry-run" is a word like any other to it.
 */
function firstMistake(config: ParseArgsConfig, text: CliText['args']): string | undefined {
  const options = config.options ?? {};
  const names = Object.keys(options);
  const closest = (typed: string) => closestNames(typed.split('=')[0]!, names).map((name) => `--${name}`);
  const args = config.args ?? [];
  const given = new Map<string, string>();
  const { tokens } = parseArgs({ ...config, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      const dashed = DASH_LOOKALIKES.exec(token.value);
      if (dashed) return text.dashLookalike(token.value, dashed[1]!, closest(dashed[2]!));
      if (!config.allowPositionals) return text.unexpected(token.value);
    }
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(options, token.name)) {
      // "-dry-run" reads as the short options -d -r -y…: the word was a long option with one hyphen.
      const word = args[token.index]!;
      if (!token.rawName.startsWith('--') && word.length > 2) {
        const meant = closest(word.slice(1));
        return meant.length > 0 ? text.oneHyphen(word, meant) : text.unknownOption(word, []);
      }
      return text.unknownOption(token.rawName, closest(token.name));
    }
    const { type, multiple } = options[token.name]!;
    if (type === 'boolean' && token.value !== undefined) return text.takesNoValue(token.rawName, token.value);
    if (type === 'string' && token.value === undefined) return text.missingValue(token.rawName);
    // As Node decides: a lone "-" is a value, "-x" or "--x" right after the option is taken for a forgotten value.
    if (type === 'string' && !token.inlineValue && /^-./.test(token.value!)) return text.valueLikeOption(token.rawName, token.value!);
    if (type === 'string' && !multiple) {
      const earlier = given.get(token.name);
      if (earlier !== undefined) return text.repeated(`--${token.name}`, earlier, token.value!);
      given.set(token.name, token.value!);
    }
  }
  return undefined;
}
