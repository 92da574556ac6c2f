/**
 * A built page as kept in tests/golden/: parsed (parse5, the HTML standard's parser) and
 * written back one element per line, indented, so a change reads as a short diff.
 *
 * Left out because they change with any style or script anywhere on the site, not with the
 * page: <style> and <script> (JSON-LD excepted, pretty-printed), the CSP <meta> with its
 * hashes, stylesheet links, Astro's scoping attributes (data-astro-cid-*) and the hash in
 * asset names. The site's address becomes {SITE_URL}, so it stays in one place (src/config.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { expect } from 'vitest';
import { SITE_URL } from '../../../src/config.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['pre', 'textarea']);
const ONE_LINE_MAX = 160;

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unhash = (s: string) => s.replace(/\/_astro\/([\w.-]+?)\.[\w-]{8}\.(\w+)/g, '/_astro/$1.HASH.$2');

function isElement(node: T.ChildNode): node is T.Element {
  return 'tagName' in node;
}

function dropped(el: T.Element): boolean {
  const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
  if (el.tagName === 'style') return true;
  if (el.tagName === 'script') return attr('type') !== 'application/ld+json';
  if (el.tagName === 'meta') return attr('http-equiv')?.toLowerCase() === 'content-security-policy';
  if (el.tagName === 'link') return attr('rel') === 'stylesheet';
  return false;
}

function openTag(el: T.Element): string {
  const attrs = el.attrs
    .filter((a) => !a.name.startsWith('data-astro-cid-'))
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttr(unhash(a.value))}"`))
    .join('');
  return `<${el.tagName}${attrs}>`;
}

function childrenOf(node: T.ParentNode): T.ChildNode[] {
  return node.nodeName === 'template' ? (node as T.Template).content.childNodes : node.childNodes;
}

function textOf(node: T.TextNode): string {
  return node.value.replace(/\s+/g, ' ').trim();
}

function format(node: T.ChildNode, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (node.nodeName === '#text') {
    const text = textOf(node as T.TextNode);
    if (text) out.push(pad + escapeText(text));
    return;
  }
  if (!isElement(node) || dropped(node)) return;
  const open = openTag(node);
  if (VOID.has(node.tagName)) {
    out.push(pad + open);
    return;
  }
  const close = `</${node.tagName}>`;
  const children = childrenOf(node);
  if (node.tagName === 'script') {
    const json = JSON.stringify(JSON.parse(children.map((c) => (c as T.TextNode).value).join('')), null, 2);
    out.push(pad + open, ...json.split('\n').map((l) => `${pad}  ${l}`), pad + close);
    return;
  }
  if (RAW_TEXT.has(node.tagName)) {
    out.push(pad + open + escapeText(children.map((c) => (c as T.TextNode).value ?? '').join('')) + close);
    return;
  }
  if (children.every((c) => !isElement(c))) {
    const text = escapeText(children.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('').replace(/\s+/g, ' ').trim());
    const line = pad + open + text + close;
    if (line.length <= ONE_LINE_MAX || text === '') {
      out.push(line);
      return;
    }
  }
  out.push(pad + open);
  for (const child of children) format(child, depth + 1, out);
  out.push(pad + close);
}

/** The page as its golden file keeps it. */
export function goldenOf(html: string): string {
  const doc = parse(html);
  const out: string[] = ['<!DOCTYPE html>'];
  for (const child of doc.childNodes) format(child, 0, out);
  return `${out.join('\n').replaceAll(SITE_URL, '{SITE_URL}')}\n`;
}

const UPDATE = 'UPDATE_GOLDEN=1 npm run test:build -- tests/build/golden-build.test.ts';
const inCi = () => !['', '0', 'false'].includes(process.env['CI'] ?? '');

/**
 * Compares a page with its golden file. A golden file is written only on purpose, on a
 * developer's machine: with UPDATE_GOLDEN=1, or when it is missing, and then the test
 * still fails so the new file gets read before it is committed. In CI a missing file fails.
 */
export function expectGolden(file: string, actual: string): void {
  const shown = path.relative(process.cwd(), file);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    if (inCi()) throw new Error(`UPDATE_GOLDEN=1 is for a local run, not CI: golden files are written on a developer's machine and committed.`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    if (inCi()) throw new Error(`${shown} is missing. Create it on your machine with \`${UPDATE}\`, read it, and commit it.`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    throw new Error(`${shown} was missing and has been written: read it, commit it, and run the test again.`);
  }
  expect(actual, `${shown} differs. If the change is intended: \`${UPDATE}\`, then read the diff before committing.`).toBe(readFileSync(file, 'utf8'));
}
