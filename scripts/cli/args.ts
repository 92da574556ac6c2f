/**
 * A command's arguments, read by node:util's parseArgs. Node reports a mistake in English,
 * tells to put the word after `--` (wrong advice for a mistyped option) and suggests
 * nothing; here the mistake is said in the command's language, naming the option and,
 * for an unknown one, the closest known option, then the command's usage (exit code 2).
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
  try {
    return parseArgs(config);
  } catch (error) {
    if (!ARGUMENT_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // Node's own sentence only if a later Node stops at a token this reading does not: better English than nothing.
    throw usageFailure(`${firstMistake(config, t.args) ?? (error as Error).message}\n${usage}`);
  }
}

/**
 * The error does not say which argument is wrong, except inside Node's English sentence;
 * the arguments read again without stopping give the tokens strict parsing went through,
 * and the first wrong one is the one it stopped at.
 */
function firstMistake(config: ParseArgsConfig, text: CliText['args']): string | undefined {
  const options = config.options ?? {};
  const { tokens } = parseArgs({ ...config, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !config.allowPositionals) return text.unexpected(token.value);
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(options, token.name)) return text.unknownOption(token.rawName, closestNames(token.name, Object.keys(options)).map((name) => `--${name}`));
    const { type } = options[token.name]!;
    if (type === 'boolean' && token.value !== undefined) return text.takesNoValue(token.rawName, token.value);
    if (type === 'string' && token.value === undefined) return text.missingValue(token.rawName);
    // As Node decides: a lone "-" is a value, "-x" or "--x" right after the option is taken for a forgotten value.
    if (type === 'string' && !token.inlineValue && /^-./.test(token.value!)) return text.valueLikeOption(token.rawName, token.value!);
  }
  return undefined;
}
