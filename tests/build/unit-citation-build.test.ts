import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config.ts';
import { parseCsv } from '../../src/domain/import/csv.ts';
import { pagesUnder } from './lib/pages.ts';
import { builtSite } from './lib/sites.ts';

/**
 * A journalist cites "Xã X, phiên bản dữ liệu 2026.2"; a year later the unit page shows the
 * next release. Every unit page's citation (sentence and CSL-JSON) also names the release's
 * permanent page and the workbook and code under which that release keeps the unit's figures,
 * and those are there: the page links the workbook, and its tables hold the unit's code.
 */
let site: string;
beforeAll(async () => {
  site = (await builtSite('embedded')).out;
});

const RELEASE = '2026.2';
const WORKBOOK = `lang-son-ho-ngheo-${RELEASE}.xlsx`;

/** The unit codes the release's tables hold (the workbook's observations and carried-series sheets, as CSV). */
function codesInRelease(): Set<string> {
  const codes = new Set<string>();
  for (const file of ['observations.csv', 'carried-series.csv']) {
    const [header, ...rows] = parseCsv(readFileSync(path.join(site, 'du-lieu', RELEASE, file), 'utf8').replace(/^\uFEFF/, ''));
    const at = header!.indexOf('code');
    for (const row of rows) codes.add(row[at]!);
  }
  return codes;
}

describe('a unit page citation', () => {
  for (const lang of ['', 'en'] as const) {
    it(`names the release page, the workbook and the unit's code, in the sentence and the CSL-JSON (${lang || 'vi'})`, () => {
      const releaseUrl = new URL(`/${lang ? `${lang}/` : ''}du-lieu/${RELEASE}/`, SITE_URL).href;
      const releasePage = readFileSync(path.join(site, lang, 'du-lieu', RELEASE, 'index.html'), 'utf8');
      expect(releasePage).toContain(`href="/du-lieu/${RELEASE}/${WORKBOOK}"`);
      expect(existsSync(path.join(site, 'du-lieu', RELEASE, WORKBOOK))).toBe(true);
      const codes = codesInRelease();
      const wrong: string[] = [];
      const pages = pagesUnder(path.join(site, lang, 'dia-ban'));
      for (const page of pages) {
        const html = readFileSync(page, 'utf8');
        const code = /\/dia-ban\/[^/]+\/(\d+)-/.exec(page)![1]!;
        const where = path.relative(site, page);
        const sentence = /<p class="citation__text"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
        const locator = lang ? `file ${WORKBOOK}, unit code ${code}` : `tệp ${WORKBOOK}, mã đơn vị ${code}`;
        if (!sentence.includes(`${releaseUrl} (${locator})`)) wrong.push(`${where}: sentence`);
        const csl = (/<textarea[^>]*data-cite-csl[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '').replaceAll('&quot;', '"');
        if (!csl.includes(`"archive_location": "${releaseUrl} (${locator})"`)) wrong.push(`${where}: CSL-JSON`);
        if (!codes.has(code)) wrong.push(`${where}: the release's tables have no unit ${code}`);
      }
      expect(pages.length).toBe(484);
      expect(wrong).toEqual([]);
    });
  }
});
