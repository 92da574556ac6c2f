/**
 * The language of a command's messages: Vietnamese, or English with `--lang en`
 * (src/i18n/cli.vi.ts, src/i18n/cli.en.ts). The flag is read before the command parses
 * its arguments, so even a mistyped flag is reported in the language asked for.
 */
import { usageFailure } from '../../src/domain/failure.ts';
import { cliEn } from '../../src/i18n/cli.en.ts';
import { cliVi, type CliText } from '../../src/i18n/cli.vi.ts';

export const LANGUAGES = { vi: cliVi, en: cliEn } as const satisfies Record<string, CliText>;
export type Language = keyof typeof LANGUAGES;

/** The option every command's parseArgs takes, and `--help`. */
export const LANG_OPTIONS = {
  lang: { type: 'string', default: 'vi' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** `--lang en` or `--lang=en` anywhere in argv: English; anything else: Vietnamese. */
export function cliText(argv: readonly string[]): CliText {
  let lang: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') lang = argv[i + 1];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  });
  return lang === 'en' ? cliEn : cliVi;
}

/** After parseArgs: a value other than vi or en is a usage failure. */
export function checkLanguage(value: string, t: CliText): asserts value is Language {
  if (!Object.hasOwn(LANGUAGES, value)) throw usageFailure(t.failure.lang(value));
}
