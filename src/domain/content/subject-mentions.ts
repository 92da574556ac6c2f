/**
 * What still points at the subject of a personal profile who withheld their name or place,
 * besides the full name and the names of their units (check.ts looks for those): the name
 * people call them by, written alone ("Quýt", "chú Quýt"), and their village ("thôn Nà Pàn",
 * "bản Khuổi Mỏ"). Both scanners read the text as a reader sees it (readable.ts).
 *
 * A given name is also an ordinary word ("hoa", "lan", "xuân"), a part of place names
 * ("Hoa Thám", "Bắc Sơn") and the first word of a sentence or a title. So a name counts
 * only when Vietnamese writing makes it one: a run of capitalised words that is exactly the
 * last word(s) of the subject's name, either after a form of address ("chú Quýt", "Bà Lan"),
 * or inside a sentence, where an ordinary word is never capitalised. A run that also holds
 * other capitalised words is another proper name ("xã Hoa Thám"), and a run that opens a
 * line, a sentence or a quotation ("Lan tỏa yêu thương") may be an ordinary word: neither
 * counts. What this misses, by design: a bare given name as the first word of a sentence.
 */
import { isSamePerson, nameKey } from './people.ts';
import { position, readable } from './readable.ts';

export interface Mention {
  /** As written: "chú Quýt", "thôn Nà Pàn". */
  text: string;
  line: number;
}

/** Forms of address that may open a sentence before the name ("Chú Quýt kể …"); lower case. */
const ADDRESS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cụ', 'cô', 'chú', 'bác', 'thím', 'mợ', 'dì', 'dượng', 'bố', 'mẹ', 'mế', 'pá', 'lão', 'bé', 'hộ', 'nhà', 'mr', 'mrs', 'ms', 'miss']);
const RUN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)*(?![\p{L}\p{N}])/gu;
/** What may open a line before its first word: list and heading markers, quotes, emphasis. */
const LINE_HEAD = /^[\s>#*+\-–—•"“‘'([_]*(?:\d+[.)][\s"“‘'([*_]*)?$/u;
const OPENERS = /["“‘'([*_\s]+$/u;
const CLOSERS = /^["”’'»)\]*_]/u;

/** Where the subject is called by the last word(s) of `name` alone, as a name (see above). */
export function callingByName(original: string, name: string): Mention[] {
  const { text, offsets } = readable(original);
  const full = nameKey(name);
  const found: Mention[] = [];
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/[ \t]+/);
    const addressed = words.length > 1 && ADDRESS.has(words[0]!.toLowerCase());
    const called = (addressed ? words.slice(1) : words).join(' ');
    if (nameKey(called) === full || !isSamePerson(called, name)) continue;
    if (!addressed && opensSentence(text, m.index!, m.index! + m[0].length)) continue;
    found.push({ text: m[0], line: position(original, offsets[m.index!] ?? 0).line });
  }
  return found;
}

/** Whether the run at [start, end) is where a capital letter is owed to the sentence, not to a name. */
function opensSentence(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const quoted = /["“‘']\s*$/u.test(before) && CLOSERS.test(text.slice(end));
  if (quoted) return false;
  if (LINE_HEAD.test(before)) return true;
  if (/["“‘'([]\s*$/u.test(before)) return true;
  return /[.!?…:;]$/u.test(before.replace(OPENERS, ''));
}

const VILLAGE_WORD = '(?:[Tt]hôn|[Xx]óm|[Kk]hu phố|[Kk]hối phố|[Tt]ổ dân phố|[Bb]ản|[Ll]àng|[Kk]hối)';
const NAME_RUN = '\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*)*';
const VILLAGE = new RegExp(`(?<![\\p{L}\\p{N}])(${VILLAGE_WORD})[ \\t]+(${NAME_RUN}|\\d+[A-Za-z]?)(?![\\p{L}\\p{N}])`, 'gu');
/** "văn bản", "phiên bản", "cơ bản": "bản" in a compound, not a village. */
const BAN_COMPOUND = /(?:văn|phiên|cơ|nguyên|kịch|sao|tái|xuất|dịch|hiến|căn|đoạn|chính|phó|tư|nhật|lai)\s$/iu;
/** "bản Kế hoạch", "bản Cam kết": a document, not a village; "làng Nghề": a craft village, not a place. */
const DOCUMENT = /^(?:Kế|Quyết|Cam|Hướng|Nghị|Thông|Đề|Báo|Tin|Đồ|Sao|Hợp|Thỏa|Thoả|Biên|Danh|Phụ|Tờ|Đơn|Điều|Hiến|Luật|Tuyên|Chỉ|Công|Dự|Tổng|Đăng|Giấy|Hồ|Tóm|Tài|Kết|Nghề)(?!\p{L})/u;

/**
 * Villages and other places below the commune named in a text: thôn, xóm, khu phố, khối phố,
 * tổ dân phố with a name or number; bản and làng with a name ("bản" is also a copy or a
 * document: "văn bản", "bản Cam kết" are not villages); khối with a number only ("khối Thi
 * đua" is a group of units).
 */
export function villagesNamed(original: string): Mention[] {
  const { text, offsets } = readable(original);
  const found: Mention[] = [];
  for (const m of text.matchAll(VILLAGE)) {
    const word = m[1]!.toLowerCase();
    const rest = m[2]!;
    const numbered = /^\d/.test(rest);
    if (word === 'khối' && !numbered) continue;
    if ((word === 'bản' || word === 'làng') && (numbered || DOCUMENT.test(rest))) continue;
    if (word === 'bản' && BAN_COMPOUND.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    found.push({ text: m[0].replace(/\s+/g, ' '), line: position(original, offsets[m.index!] ?? 0).line });
  }
  return found;
}
