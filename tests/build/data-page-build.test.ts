import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPage as vi } from '../../src/i18n/data.vi.ts';
import { dataPage as en } from '../../src/i18n/data.en.ts';
import { builtSite } from './lib/sites.ts';

/**
 * /du-lieu/ opens with what most readers come for, before the releases' technical detail:
 * the current release's workbook, the maps and how to cite, each link leading somewhere
 * the build wrote. The two-releases fixture, so "current" is not merely the only release.
 */
let outDir: string;
let current: string;

beforeAll(async () => {
  const site = await builtSite('two-releases');
  outDir = site.out;
  current = JSON.parse(readFileSync(path.join(site.dataRoot, 'releases', 'index.json'), 'utf8')).current;
});

const page = (p: string) => readFileSync(path.join(outDir, p, 'index.html'), 'utf8');

describe.each([
  { prefix: '', t: vi },
  { prefix: 'en/', t: en },
])('the opening of /du-lieu/ (prefix "$prefix")', ({ prefix, t }) => {
  it('says what the page offers, then links the current workbook, the maps and the citation, before the technical detail', () => {
    const html = page(`${prefix}du-lieu`);
    const opening = html.slice(html.indexOf('<h1'), html.indexOf('<section class="release"'));
    expect(opening).toContain(t.offer);
    expect(opening.indexOf(t.offer)).toBeLessThan(opening.indexOf(t.startLabel));
    const links = [...opening.matchAll(/<li[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toEqual([`/du-lieu/${current}/lang-son-ho-ngheo-${current}.xlsx`, `/${prefix}ban-do/`, `/${prefix}du-lieu/${current}/#trich-dan-h`]);
    expect(existsSync(path.join(outDir, 'du-lieu', current, `lang-son-ho-ngheo-${current}.xlsx`))).toBe(true);
    expect(existsSync(path.join(outDir, prefix, 'ban-do', 'index.html'))).toBe(true);
    expect(page(`${prefix}du-lieu/${current}`)).toContain('id="trich-dan-h"');
    // Nothing was taken away: the technical introduction follows.
    expect(html.indexOf(t.intro)).toBeGreaterThan(html.indexOf(t.startLabel));
  });
});

describe.each([
  { fixture: 'embedded', boundaries: true },
  { fixture: 'mini', boundaries: false },
] as const)('the maps item of /du-lieu/ ($fixture)', ({ fixture, boundaries }) => {
  it(boundaries ? 'points to the boundaries at the end of the page' : 'leaves the boundaries out when the site has none', async () => {
    const { out } = await builtSite(fixture);
    for (const prefix of ['', 'en/']) {
      const html = readFileSync(path.join(out, prefix, 'du-lieu', 'index.html'), 'utf8');
      expect(html.includes('href="#ranh-gioi"'), prefix).toBe(boundaries);
      expect(html.includes('id="ranh-gioi"'), prefix).toBe(boundaries);
    }
  });
});
