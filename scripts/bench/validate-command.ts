import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Node's arguments for validation exactly as staff run it: read from package.json's `validate`
 * script, so the bench times that command (its Node flags, the compile cache preloaded), not a
 * copy of it that could drift. `--max-semi-space-size=8` there: V8 sizes the young generation
 * by the machine's memory, and on a 24 GB machine its scavenges kept copying the parsed
 * release; with 8 MB the large release validated 4–19 % faster at the median in three sets
 * of alternating runs, and in about 70 MB less ("A smaller young generation" in
 * docs/budgets-and-quality.md#build-time-and-dist-size-embedded-release).
 */
export function validateCommandArgs(dataRoot: string, contentRoot: string): string[] {
  const script = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['validate']!;
  const [node, ...words] = script.split(/\s+/);
  if (node !== 'node') throw new Error(`package.json's validate script does not start with node: ${script}`);
  // Its paths are relative to the project root, where npm runs it; --import takes a URL.
  const args = words.map((w, i) => (w.startsWith('-') ? w : words[i - 1] === '--import' ? pathToFileURL(path.join(root, w)).href : path.join(root, w)));
  return [...args, '--data', dataRoot, '--content', contentRoot];
}
