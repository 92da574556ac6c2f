import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, cssUrls, parseHtml, srcsetUrls, summarize } from '../scripts/check-links.ts';

describe('reading links out of built HTML', () => {
  it('finds href, src, srcset, og:image and style url(), with entities decoded', () => {
    const { refs, ids } = parseHtml(
      `<a href="/a/?x=1&amp;y=2#s" id="top-link">a</a><img src='/i.png' srcset="/i-1.png 1x, /i-2.png 2x" alt="">` +
        `<meta property="og:image" content="https://site.example/og.png"><svg><use href="#icon"/></svg>` +
        `<link rel="preconnect" href="https://fonts.example"><div style="background:url(/bg.svg)"></div><a name="old"></a>`,
    );
    expect(refs.map((r) => `${r.kind} ${r.url}`)).toEqual([
      'a[href] /a/?x=1&y=2#s',
      'img[src] /i.png',
      'img[srcset] /i-1.png',
      'img[srcset] /i-2.png',
      'meta[og:image] https://site.example/og.png',
      'use[href] #icon',
      'div[style] url() /bg.svg',
    ]);
    expect(ids).toEqual(['top-link', 'old']);
  });

  it('skips comments and script text (JSON-LD), but reads <style> and a script src', () => {
    const { refs } = parseHtml(
      `<!-- <a href="/gone/">x</a> --><script type="application/ld+json">{"url":"<a href=\\"/nope/\\">"}</script>` +
        `<script type="module" src="/_astro/a.js"></script><style>.x{background:url("/_astro/b.woff2")}</style>`,
    );
    expect(refs.map((r) => r.url)).toEqual(['/_astro/a.js', '/_astro/b.woff2']);
  });

  it('splits srcset candidates and CSS url() the way browsers do', () => {
    expect(srcsetUrls('/a.png 480w, /b.png 800w')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/only.png')).toEqual(['/only.png']);
    expect(cssUrls(`@font-face{src:url(/f.woff2) format("woff2"),url('data:font/woff;base64,AA')}a{b:url( "/x.svg" )}`)).toEqual(['/f.woff2', '/x.svg']);
  });
});

describe('checking a built site', () => {
  function site(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'links-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  }
  const head = '<link rel="canonical" href="https://site.example/"><link rel="stylesheet" href="/_astro/s.css">';

  it('passes a site whose links, anchors, assets, CSS and sitemap all resolve', async () => {
    const root = site({
      'index.html': `${head}<a href="/a/#x">a</a><a href="a/">rel</a><a href="https://site.example/a/">abs</a><a href="#self" id="self">s</a><a href="https://other.example/p">ext</a><a href="mailto:x@y.example">m</a>`,
      'a/index.html': '<h2 id="x">x</h2><a href="../">up</a><a href="/data.csv">csv</a>',
      'data.csv': 'a,b\n',
      '_astro/s.css': '@font-face{src:url(/_astro/f.woff2)}',
      '_astro/f.woff2': 'x',
      'sitemap-0.xml': '<urlset><url><loc>https://site.example/a/</loc></url></urlset>',
    });
    const report = await checkSite(root);
    expect(report.problems).toEqual([]);
    expect(report.pages).toBe(2);
    expect(report.checked).toEqual({ internal: 6, anchors: 2, assets: 2, css: 1, xml: 1 });
    expect([...report.external.keys()]).toEqual(['https://other.example/p']);
  });

  it('reports missing pages, missing anchors, missing slashes, javascript: URLs and duplicate ids', async () => {
    const root = site({
      'index.html': `${head}<a href="/gone/">1</a><a href="/a/#nope">2</a><a href="/a">3</a><a href="javascript:alert(1)">4</a><img src="/x.png"><i id="d"></i><b id="d"></b>`,
      'a/index.html': '<p>a</p>',
      '_astro/s.css': 'a{b:url(/_astro/missing.svg)}',
    });
    const report = await checkSite(root);
    expect(report.problems.map((p) => `${p.from} ${p.url} ${p.message}`).sort()).toEqual([
      '/ #d id used twice on the page',
      '/ /a page linked without its trailing slash (a redirect at best)',
      '/ /a/#nope no element with id "nope" on /a/',
      '/ /gone/ no such page',
      '/ /x.png no such file',
      '/ javascript:alert(1) javascript: URL',
      '/_astro/s.css /_astro/missing.svg no such file',
    ]);
    expect(summarize(report.problems)).toHaveLength(7);
  });

  it('checks the ids a <use> points at in another SVG file', async () => {
    const root = site({
      'index.html': `${head}<svg><a href="/a/"><use href="/hinh/l.svg#u1"/></a><use href="/hinh/l.svg#u2"/></svg>`,
      'a/index.html': '<p>a</p>',
      '_astro/s.css': '',
      'hinh/l.svg': '<svg xmlns="http://www.w3.org/2000/svg"><path id="u1" d="M0 0z"/></svg>',
    });
    const report = await checkSite(root);
    expect(report.problems.map((p) => `${p.from} ${p.kind} ${p.url} ${p.message}`)).toEqual(['/ use[href] /hinh/l.svg#u2 no element with id "u2" on /hinh/l.svg']);
    expect(report.checked.anchors).toBe(2);
  });
});
