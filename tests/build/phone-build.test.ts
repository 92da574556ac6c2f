import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './lib/sites.ts';

/**
 * What a phone needs from the markup (issue 13), on every page of the embedded (demo) site:
 * a table that stacks below 30rem (`class="stack"`, src/styles/global.css) names every body
 * cell with its column header, so no figure loses its label; the demo notice is one line
 * that says "minh họa" and opens to the whole notice; the menu is a disclosure with the
 * navigation and the search box inside.
 */
let out: string;
let pages: { file: string; html: string }[];

beforeAll(async () => {
  out = (await builtSite('embedded')).out;
  pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('quan-tri'))
    .map((file) => ({ file, html: readFileSync(path.join(out, file), 'utf8') }));
});

/** Each `<table class="… stack …">`: its column headers and, per body row, its cells' labels (a cell across every column, a note under a row, needs none). */
function stackTables(html: string): { headers: string[]; rows: (string | null)[][] }[] {
  return [...html.matchAll(/<table class="(?:[^"]* )?stack(?: [^"]*)?"[^>]*>([\s\S]*?)<\/table>/g)].map((m) => {
    const body = m[1]!;
    const thead = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(body)?.[1] ?? '';
    const headers = [...thead.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((h) => h[1]!.replace(/<[^>]+>/g, '').trim());
    const tbody = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(body)?.[1] ?? '';
    const rows = [...tbody.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td([^>]*)>/g)].filter((td) => !/colspan/.test(td[1]!)).map((td) => /data-label="([^"]*)"/.exec(td[1]!)?.[1] ?? null));
    return { headers, rows };
  });
}

describe('pages on a phone (embedded data)', () => {
  it('label every cell of a stacking table with its column header', () => {
    let cells = 0;
    for (const { file, html } of pages) {
      for (const t of stackTables(html)) {
        expect(t.rows.length, `${file}: a stacking table's body rows`).toBeGreaterThan(0);
        for (const row of t.rows) {
          row.forEach((label, i) => {
            cells++;
            // the first column is the row header; a header may add its mark: "Tỷ lệ hộ nghèo (minh họa)"
            expect(label, `${file}: cell ${i + 1} under "${t.headers[i + 1]}"`).not.toBeNull();
            expect(t.headers[i + 1]?.startsWith(label!), `${file}: "${label}" under "${t.headers[i + 1]}"`).toBe(true);
          });
        }
      }
    }
    expect(cells).toBeGreaterThan(1000);
  });

  it('give the demo notice one line saying "minh họa" ("Illustrative" in English) that opens to the whole notice, on every page', () => {
    for (const { file, html } of pages.filter((p) => !p.file.startsWith('nhung/') || p.file === 'nhung/index.html')) {
      const english = file.startsWith('en/');
      const banner = /<div class="demo-banner"[^>]*data-demo-banner[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1];
      expect(banner, file).toBeDefined();
      expect((english ? /<summary>[\s\S]*Illustrative data[\s\S]*<\/summary>/ : /<summary>[\s\S]*minh họa[\s\S]*<\/summary>/).test(banner!), file).toBe(true);
      expect(banner, file).toMatch(english ? /<\/summary>\s*<p>The district and commune figures/ : /<\/summary>\s*<p>Số liệu cấp huyện, cấp xã/);
    }
  });

  it('put the navigation and the search box in one menu disclosure', () => {
    for (const { file, html } of pages.filter((p) => !p.file.startsWith('nhung/') || p.file === 'nhung/index.html')) {
      const menu = /<details class="site-menu">([\s\S]*?)<\/details>/.exec(html)?.[1];
      expect(menu, file).toBeDefined();
      expect(menu, file).toMatch(/<summary class="site-menu__button">/);
      expect(menu, file).toMatch(/<nav class="site-nav"/);
      if (!/^(en\/)?tim-kiem\//.test(file)) expect(menu, file).toMatch(/<form class="header-search"/);
    }
  });
});
