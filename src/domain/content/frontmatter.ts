/**
 * The YAML front matter of a content file: the lines between a first line "---"
 * and the next line "---", read with the `yaml` library (YAML 1.2, so an unquoted
 * date stays a string). Errors carry the line of the file, not of the block, so a
 * problem report points where the author has to look.
 */
import { parse, YAMLParseError } from 'yaml';

export interface FrontmatterBlock {
  /** The YAML text, without the fences. */
  yaml: string;
  /** 1-based line of the file where the YAML starts (the line after the opening fence). */
  firstLine: number;
  /** 1-based line of the closing fence. */
  closingLine: number;
}

const FENCE = /^---[ \t]*$/;

/** The front matter block, or undefined when the file has none (or it is never closed). */
export function frontmatterBlock(text: string): FrontmatterBlock | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open === -1 || !FENCE.test(lines[open]!)) return undefined;
  const close = lines.findIndex((l, i) => i > open && FENCE.test(l));
  if (close === -1) return undefined;
  return { yaml: lines.slice(open + 1, close).join('\n'), firstLine: open + 2, closingLine: close + 1 };
}

export type FrontmatterRead =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: { line: number; message: string } };

/** The front matter as an object ({} when there is none, or when it is not a mapping). */
export function readFrontmatter(text: string): FrontmatterRead {
  const block = frontmatterBlock(text);
  if (!block) return { ok: true, data: {} };
  try {
    const data: unknown = parse(block.yaml, { prettyErrors: false });
    return { ok: true, data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const lineInBlock = block.yaml.slice(0, error.pos[0]).split('\n').length;
    return { ok: false, error: { line: block.firstLine + lineInBlock - 1, message: error.message } };
  }
}
