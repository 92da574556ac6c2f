/**
 * Where things are in a content file, for the checks' line numbers: a frontmatter key's
 * line, and the body's prose lines (outside code, which may hold anything).
 */
import { frontmatterBlock } from './frontmatter.ts';

/** `![description](src)` in Markdown: the description and the address. */
export const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)/g;

export const lines = (text: string) => text.split(/\r?\n/);

/** 1-based line of a top-level or nested frontmatter key (`consent`, `scope`); 1 when absent. */
export function lineOfKey(text: string, key: string): number {
  const end = frontmatterBlock(text)?.closingLine ?? lines(text).length;
  const re = new RegExp(`^\\s*${key}\\s*:`);
  const index = lines(text).slice(0, end).findIndex((l) => re.test(l));
  return index === -1 ? 1 : index + 1;
}

/** The body of a file, after its frontmatter, with the line it starts on. */
function body(text: string): { lines: string[]; first: number } {
  const end = frontmatterBlock(text)?.closingLine ?? 0;
  return { lines: lines(text).slice(end), first: end + 1 };
}

/** The body's lines a reader sees as prose: outside code blocks, with `code spans` blanked (they may hold anything). */
export function proseLines(f: { text: string }): { line: number; text: string }[] {
  const prose: { line: number; text: string }[] = [];
  const { lines: bodyLines, first } = body(f.text);
  let fence: string | undefined;
  bodyLines.forEach((raw, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) prose.push({ line: first + i, text: raw.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length)) });
  });
  return prose;
}
