/**
 * People named in a story. Vietnamese writing names a person after a form of address —
 * "anh Hoàng Văn Thắng", "chị Lan", "ông Nông Văn A", "cháu Hoàng Thị C" — so a form of
 * address followed by capitalised words is a name. Whatever the kind of story (a model
 * or an initiative names people too), a named private person needs that person's consent,
 * recorded in the frontmatter:
 *
 *   people:
 *     - name: Hoàng Thị Lan
 *       consent: { obtained: true, date: 2026-11-20, scope: [name, story], record: "Biên bản …" }
 *     - name: Hoàng Văn Nghiêm
 *       public: { role: Bí thư Tỉnh ủy Lạng Sơn, source: p-vtc-bi-thu-2025 }
 *
 * `public` is for office holders, and people the press names for what they do in public,
 * with the source (one of the file's `sources`) that names them.
 */
import { foldVietnamese } from '../slug.ts';
import { position, readable } from './readable.ts';

export interface NamedPerson {
  /** "anh", "Ông", … as written. */
  address: string;
  /** The capitalised words after it, on one line: "Hoàng Văn Thắng". */
  name: string;
  line: number;
  column: number;
}

// English forms too: an English summary (summaryEn) or page names people as "Mr Hoàng Văn C".
const ADDRESS = '(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Ee]m|[Cc]háu|[Cc]ụ|Mrs?\\.?|Ms\\.?|Miss)';
const WORD = '\\p{Lu}\\p{Ll}*';
/** A space, or a line break: a Markdown soft break joins the lines of a paragraph. */
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';
const NAMED = new RegExp(`(?<![\\p{L}\\p{N}])(${ADDRESS})${GAP}(${WORD}(?:${GAP}${WORD}){0,4})(?![\\p{L}\\p{N}])`, 'gu');
/** "đường Bà Triệu", "đền Bà Chúa Kho": a place named after someone, not a person in the story. */
const PLACE_BEFORE = /(?:đường|phố|ngõ|chợ|cầu|trường|đền|chùa|miếu|bến|núi|hồ|giếng|động|hang)\s*$/iu;

export function namedPeople(original: string): NamedPerson[] {
  const { text, offsets } = readable(original);
  const found: NamedPerson[] = [];
  for (const m of text.matchAll(NAMED)) {
    if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const { line, column } = position(original, offsets[m.index!] ?? 0);
    found.push({ address: m[1]!, name: m[2]!.replace(/\s+/g, ' '), line, column });
  }
  return found;
}

/** Lower case, no tone marks, single spaces: "Hoàng  Văn\nThắng" → "hoang van thang". */
export const nameKey = (name: string): string => foldVietnamese(name.normalize('NFC')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A name as written is this person: the whole name, or its last words ("chị Lan" for Hoàng Thị Lan). */
export function isSamePerson(written: string, listed: string): boolean {
  const w = nameKey(written).split(' ');
  const l = nameKey(listed).split(' ');
  return w.length <= l.length && w.every((word, i) => word === l[l.length - w.length + i]);
}

/** "Nông Văn A", "Hoàng Thị B": the conventional placeholder of Vietnamese forms, used in sample content. */
export const isPlaceholderName = (name: string): boolean => /(?:^|\s)[A-Z]$/.test(name.trim());

/**
 * Where a name occurs in a text, a line break or entity inside it notwithstanding:
 * 1-based line numbers of each occurrence of the folded name as whole words.
 */
export function linesNaming(original: string, name: string): number[] {
  const { text, offsets } = readable(original);
  // Folded one character at a time, so each keeps its offset.
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldVietnamese(text[i]!).toLowerCase().replace(/[^a-z0-9]/g, ' ');
    for (const c of f) {
      if (c === ' ' && folded.endsWith(' ')) continue;
      folded += c;
      from.push(offsets[i]!);
    }
  }
  const needle = ` ${nameKey(name)} `;
  const haystack = ` ${folded} `;
  const lines: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    lines.push(position(original, from[Math.max(0, at)] ?? 0).line);
  }
  return [...new Set(lines)];
}
