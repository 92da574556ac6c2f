// npm run check:english -- [--dist DIR] [--limit N] [--by-text] [--under PATH]
//
// Reads every English page of the built site (dist/en/**/index.html) and lists the
// Vietnamese text it shows outside names and quotations (scripts/english/vietnamese-text.ts).
// --by-text lists the distinct texts, most frequent first (what to translate next);
// --under /en/ban-do/ reads only the pages under that path.
// Exit 0 clean, 1 Vietnamese text found, 2 usage.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nameWords, vietnameseText } from './english/vietnamese-text.ts';
import { PLACES_PATH } from '../src/site/urls.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, limit: { type: 'string', default: '20' }, 'by-text': { type: 'boolean', default: false }, under: { type: 'string', default: '/en/' } } });
  const root = path.resolve(values.dist, 'en');
  const under = path.join(path.resolve(values.dist), values.under);
  const pages = (await htmlFiles(root).catch(() => [])).filter((f) => f.startsWith(under));
  if (pages.length === 0) {
    console.error(`Không có trang tiếng Anh nào trong ${root}: hãy chạy npm run build trước.`);
    return 2;
  }
  // Place names as the build listed them for the place finder: every unit of every vintage.
  const places = JSON.parse(await readFile(path.join(values.dist, PLACES_PATH), 'utf8')) as { n: string }[];
  const allowed = nameWords(['Lạng Sơn', ...places.map((p) => p.n)]);
  let problems = 0;
  let shown = 0;
  const limit = Number(values.limit);
  const byText = new Map<string, { count: number; first: string }>();
  for (const file of pages) {
    const found = vietnameseText(await readFile(file, 'utf8'), allowed);
    problems += found.length;
    for (const f of found) {
      const seen = byText.get(f.text) ?? { count: 0, first: path.relative(values.dist, file) };
      byText.set(f.text, { ...seen, count: seen.count + 1 });
      if (!values['by-text'] && shown++ < limit) console.log(`${path.relative(values.dist, file)} (${f.where}): ${f.text}`);
    }
  }
  if (values['by-text']) {
    for (const [text, { count, first }] of [...byText].sort((a, b) => b[1].count - a[1].count).slice(0, limit)) console.log(`${String(count).padStart(6)} × ${text}   [${first}]`);
  }
  console.log(`${pages.length} English pages read: ${problems === 0 ? 'no Vietnamese text outside names and quotations' : `${problems} Vietnamese text(s) outside names and quotations`}.`);
  return problems === 0 ? 0 : 1;
}

process.exitCode = await main();
