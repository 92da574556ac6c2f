/** A built page as parse5 (the HTML standard's parser) reads it, for tests that look for elements and their text. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const isElement = (n: Node): n is Element => 'tagName' in n;

export const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** `n` and every element under it, in document order. */
export function elements(n: Node, out: Element[] = []): Element[] {
  if (isElement(n)) out.push(n);
  if ('childNodes' in n) for (const c of n.childNodes as Node[]) elements(c, out);
  return out;
}

/** All the text under `n`, as written (whitespace kept). */
export const text = (n: Node): string =>
  n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in n ? (n.childNodes as Node[]).map(text).join('') : '';
