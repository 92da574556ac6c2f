/**
 * Finds Vietnamese text that an English page shows as its own words (issue 15: the
 * English edition leaves only names and quotations in Vietnamese).
 *
 * Allowed: text inside an element marked `lang="vi"` (a quotation, a title, a story's
 * body: marking it also lets a screen reader read it in Vietnamese, WCAG 3.1.2), and
 * words of place names (the units of every vintage: "Châu Sơn" in "Châu Sơn commune").
 * Everything else that holds a letter only Vietnamese uses (ă, â, đ, ê, ô, ơ, ư or a tone
 * mark) is reported, with the text around it. Text is what a reader gets: element
 * text, and the `alt`, `title`, `aria-label`, `placeholder`, `content` of <meta name="description">
 * and og:title/og:description. Scripts, styles, <template>, <textarea> (the CSL-JSON of a
 * citation) and `hidden` elements are skipped.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const WORD = /[\p{L}\p{M}]+/gu;
/** Not prose: code, and the citation's CSL-JSON box (data for reference managers, quoting the cited title). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'textarea']);
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];
const META_TEXT = new Set(['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description']);

export interface VietnameseText {
  /** The text as the page has it, trimmed to 120 characters. */
  text: string;
  /** Where: `text`, an attribute name, or `meta[name]`. */
  where: string;
}

/** Words of the given names, lower-cased: the place names an English page may show as they are. */
export function nameWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const w of name.toLocaleLowerCase('vi').match(WORD) ?? []) words.add(w);
  return words;
}

function isVietnamese(text: string, allowed: ReadonlySet<string>): boolean {
  return (text.toLocaleLowerCase('vi').match(WORD) ?? []).some((w) => VIETNAMESE_LETTER.test(w) && !allowed.has(w));
}

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export function vietnameseText(html: string, allowed: ReadonlySet<string>): VietnameseText[] {
  const found: VietnameseText[] = [];
  const report = (text: string, where: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (isVietnamese(clean, allowed)) found.push({ text: clean.slice(0, 120), where });
  };
  const walk = (node: Node) => {
    if (node.nodeName === '#text') return report((node as DefaultTreeAdapterMap['textNode']).value, 'text');
    if (!('tagName' in node)) {
      if ('childNodes' in node) node.childNodes.forEach(walk);
      return;
    }
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || attr(el, 'hidden') !== undefined) return;
    if (el !== undefined && attr(el, 'lang')?.startsWith('vi') && el.tagName !== 'html') return;
    if (el.tagName === 'meta') {
      const key = attr(el, 'name') ?? attr(el, 'property') ?? '';
      if (META_TEXT.has(key)) report(attr(el, 'content') ?? '', `meta[${key}]`);
      return;
    }
    for (const name of TEXT_ATTRIBUTES) {
      const value = attr(el, name);
      if (value) report(value, name);
    }
    const content = el.tagName === 'template' ? undefined : el.childNodes;
    content?.forEach(walk);
  };
  walk(parse(html));
  return found;
}
