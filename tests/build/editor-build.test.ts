import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate } from '../../src/domain/validation/validate.ts';
import { catalogue } from '../../src/site/editor/catalogue.ts';
import { editorConfig } from '../../src/site/editor/config.ts';
import { htmlPages } from '../e2e/lib/pages.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * The staff editor as `npm run build` writes it (issue 16): /quan-tri/ holds Decap CMS
 * copied from node_modules (nothing from a CDN), the page noindex with no inline script,
 * the configuration and lists of the release the site is built from — and the public site
 * neither links nor indexes nor lists it.
 */
let site: BuiltSite;
const editorDir = () => path.join(site.out, 'quan-tri');
const decap = path.resolve('vendor/decap-cms');

beforeAll(async () => {
  site = await builtSite('mini');
});

describe('/quan-tri/ in the built site', () => {
  it('copies Decap CMS byte for byte from vendor/decap-cms: the script, its chunks, its WebAssembly and its licence notice', () => {
    const wanted = readdirSync(decap).filter((n) => n !== 'SOURCE.md');
    expect(wanted.length).toBeGreaterThan(90);
    for (const name of wanted) expect(readFileSync(path.join(editorDir(), name)).equals(readFileSync(path.join(decap, name))), name).toBe(true);
    const bytes = wanted.reduce((sum, n) => sum + readFileSync(path.join(decap, n)).length, 0);
    expect(site.log).toContain(`[quan-tri] trình biên tập: `);
    expect(site.log).toContain(`(Decap CMS ${Math.round(bytes / 1024)} KB,`);
  });

  it('serves a page that is noindex, loads only its own scripts, in order, and has no inline script', () => {
    const html = readFileSync(path.join(editorDir(), 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<html lang="vi">');
    expect([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([' src="/quan-tri/bien-tap.js"', ' src="/quan-tri/decap-cms.js"']);
    expect(html).not.toMatch(/<script[^>]*>[^<]/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<link rel="cms-config-url" type="text/yaml" href="/quan-tri/config.yml">');
  });

  it("writes the configuration and the lists of the release the site is built from", () => {
    const { dataset } = validate({ dataRoot: site.dataRoot });
    const list = catalogue(dataset!);
    expect(JSON.parse(readFileSync(path.join(editorDir(), 'danh-muc.json'), 'utf8'))).toEqual(list);
    expect(parse(readFileSync(path.join(editorDir(), 'config.yml'), 'utf8'))).toEqual(editorConfig(list));
    expect(list.vintages.find((v) => v.id === '2025-07')!.units.map((u) => u.code)).toEqual(['20', '20001', '20002']);
  });

  it('keeps it out of the public site: no page links to it or loads its files, the sitemap and the search index leave it out', async () => {
    for (const p of await htmlPages(site.out)) {
      const html = readFileSync(p.endsWith('/') ? path.join(site.out, p, 'index.html') : path.join(site.out, p), 'utf8');
      expect(html, p).not.toMatch(/quan-tri|decap/i);
    }
    expect(readFileSync(path.join(site.out, 'sitemap-0.xml'), 'utf8')).not.toContain('quan-tri');
    const fragments = readdirSync(path.join(site.out, 'pagefind', 'fragment'));
    // The plan and the content pages, in both languages (unit pages are not indexed).
    expect(fragments.length).toBeGreaterThanOrEqual(4);
    for (const f of fragments) expect(gunzipSync(readFileSync(path.join(site.out, 'pagefind', 'fragment', f))).toString('utf8')).not.toContain('/quan-tri/');
  });
});
