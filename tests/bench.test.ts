// The pure parts of `npm run bench`: the large-dataset generator and the budget check.
// No timings here: the bench itself measures them (only that its child reports them).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  KB,
  budgetFor,
  checkBudget,
  classify,
  isPhoto,
  pageType,
  summarize,
  summarizeTypes,
  type RequestRecord,
} from '../scripts/bench/budget.ts';
import { median, table } from '../scripts/bench/format.ts';
import { LARGE_RELEASE, PROVINCE, generateLarge, writeLargeRelease, type Obs } from '../scripts/bench/large-dataset.ts';
import { countPageKinds, pageKind, pageKindsLine } from '../scripts/bench/page-kinds.ts';
import { discoverPages, heaviestPerType } from '../scripts/bench/page-weight.ts';
import { refreshContent } from '../src/site/forwarding.ts';
import { targetRows } from '../scripts/bench/targets.ts';
import type { ValidateRunsResult } from '../scripts/bench/validate-runs.ts';
import { validateCommandArgs } from '../scripts/bench/validate-command.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { geoArea, geoLength } from 'd3-geo';
import { joinOk, joinReport, windingProblem } from '../src/domain/map/geo.ts';
import { loadGeoIndex, loadLayer } from '../src/domain/map/load.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const tempRoot = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-test-'));
  roots.push(root);
  return root;
};

describe('large dataset generator', () => {
  const files = generateLarge({ communes: 200, districts: 10 });
  const obs = files.observations.observations;
  const units = files.units.vintages[0]!.units as { code: string; level: string; parent?: string; classifications?: { kind: string }[] }[];

  it('makes one record per unit and year, 2021–2025', () => {
    expect(units.filter((u) => u.level === 'commune')).toHaveLength(200);
    expect(units.filter((u) => u.level === 'district')).toHaveLength(10);
    expect(obs).toHaveLength((200 + 10 + 1) * 5);
    expect(new Set(obs.map((o) => o.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025]));
    expect(new Set(obs.map((o) => `${o.unit}|${o.year}`)).size).toBe(obs.length);
  });

  it('gives every parent exactly the sum of its children, ethnic-minority counts included', () => {
    const byKey = new Map(obs.map((o) => [`${o.unit}|${o.year}`, o]));
    const fields = (o: Obs) => [o.households, o.poor, o.nearPoor, o.ethnicMinority.households, o.ethnicMinority.poor];
    let parents = 0;
    for (const parent of units.filter((u) => u.level !== 'commune')) {
      const children = units.filter((u) => u.parent === parent.code);
      expect(children.length).toBeGreaterThan(0);
      for (let year = 2021; year <= 2025; year++) {
        const sum = children.map((c) => fields(byKey.get(`${c.code}|${year}`)!)).reduce((a, b) => a.map((v, i) => v + b[i]!));
        expect(fields(byKey.get(`${parent.code}|${year}`)!)).toEqual(sum);
        parents++;
      }
    }
    expect(parents).toBe(11 * 5);
    expect(units.filter((u) => u.parent === PROVINCE)).toHaveLength(10);
  });

  it('keeps every count consistent and gives the criteria engine classified units', () => {
    for (const o of obs) {
      expect(o.poor + o.nearPoor).toBeLessThanOrEqual(o.households);
      expect(o.ethnicMinority.households).toBeLessThanOrEqual(o.households);
      expect(o.ethnicMinority.poor).toBeLessThanOrEqual(Math.min(o.poor, o.ethnicMinority.households));
    }
    const kinds = new Set(units.flatMap((u) => (u.classifications ?? []).map((c) => c.kind)));
    expect(kinds).toEqual(new Set(['poor-district', 'zone', 'especially-difficult']));
  });

  it('is deterministic for a seed, and the seed matters', () => {
    expect(JSON.stringify(generateLarge({ communes: 200, districts: 10 }))).toBe(JSON.stringify(files));
    expect(JSON.stringify(generateLarge({ communes: 200, districts: 10, seed: 7 }))).not.toBe(JSON.stringify(files));
  });

  it('writes a release that validates with no error and many evaluations', () => {
    const written = writeLargeRelease(tempRoot(), { communes: 200, districts: 10 });
    const manifest = JSON.parse(readFileSync(path.join(written.dataRoot, 'releases', 'index.json'), 'utf8'));
    expect(manifest.releases[0].status).toBe('demo');
    expect(Object.keys(manifest.releases[0].sha256).sort()).toEqual(['observations.json', 'recognitions.json', 'units.json']);
    const { report } = validate({ dataRoot: written.dataRoot, contentRoot: written.contentRoot });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.release).toBe(LARGE_RELEASE);
    expect(report.evaluations.length).toBeGreaterThan(500);
    expect(report.targets.length).toBeGreaterThan(0);
  });

  it('with reforms, moves 2025 to the communes of two reforms and still validates, with indications on them', () => {
    const reformed = generateLarge({ communes: 200, districts: 10, reforms: true });
    expect(reformed.units.vintages.map((v) => v.id)).toEqual(['2020-01', '2024-12', '2025-07']);
    expect(reformed.crosswalks!.crosswalks.map((c) => `${c.from}>${c.to}`)).toEqual(['2020-01>2024-12', '2024-12>2025-07', '2020-01>2025-07']);
    expect(reformed.observations.observations.filter((o) => o.year === 2025).every((o) => o.vintage === '2025-07')).toBe(true);
    const written = writeLargeRelease(tempRoot(), { communes: 200, districts: 10, reforms: true });
    const { report } = validate({ dataRoot: written.dataRoot, contentRoot: written.contentRoot });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.evaluations.filter((e) => e.basis === 'carried').length).toBeGreaterThan(100);
    expect(() => generateLarge({ communes: 200, districts: 10, toYear: 2024, reforms: true })).toThrow();
  });

  it('with boundaries, gives every commune a cell and every district the union of its communes\' cells', () => {
    const written = writeLargeRelease(tempRoot(), { communes: 200, districts: 10, later: { communes: 37 }, boundaries: true });
    const layers = loadGeoIndex(written.dataRoot)!.layers.map((l) => `${l.vintage}/${l.level}`);
    expect(layers).toEqual(['2020-01/commune', '2020-01/district', '2025-07/commune']);
    const files = generateLarge({ communes: 200, districts: 10, later: { communes: 37 } });
    const unitsOf = (vintage: string, level: string) =>
      (files.units.vintages.find((v) => v.id === vintage)!.units as { code: string; level: string; parent?: string }[]).filter((u) => u.level === level);
    for (const [vintage, level] of [['2020-01', 'commune'], ['2020-01', 'district'], ['2025-07', 'commune']] as const) {
      const loaded = loadLayer(written.dataRoot, vintage, level)!;
      const features = [...loaded.features.values()];
      expect(joinOk(joinReport(features, unitsOf(vintage, level).map((u) => u.code))), `${vintage}/${level}`).toBe(true);
      expect(features.map(windingProblem).filter(Boolean), `${vintage}/${level}`).toEqual([]);
    }
    // Neighbours share their edges exactly: the communes' outer edge is the districts' (no slivers
    // between cells), and the communes of a district cover exactly the district.
    const outerEdge = (level: 'commune' | 'district') => geoLength(loadLayer(written.dataRoot, '2020-01', level)!.outline());
    expect(outerEdge('commune') / outerEdge('district')).toBeCloseTo(1, 6);
    const communes = loadLayer(written.dataRoot, '2020-01', 'commune')!.features;
    for (const [code, district] of loadLayer(written.dataRoot, '2020-01', 'district')!.features) {
      const covered = unitsOf('2020-01', 'commune').filter((u) => u.parent === code).reduce((sum, u) => sum + geoArea(communes.get(u.code)!), 0);
      expect(geoArea(district) / covered, code).toBeCloseTo(1, 6);
    }
  });

  it('rejects sizes that do not fit the code shapes', () => {
    expect(() => generateLarge({ communes: 5, districts: 10 })).toThrow();
    expect(() => generateLarge({ communes: 100_000, districts: 10 })).toThrow();
  });
});

describe('page-weight budget', () => {
  const req = (url: string, kind: RequestRecord['kind'], gzBytes: number, rawBytes = gzBytes): RequestRecord => ({ url, kind, status: 200, rawBytes, gzBytes });

  it('sets 50 KB total and 10 KB JavaScript for non-map pages, 80 KB for map views and map embeds', () => {
    expect(budgetFor('home')).toEqual({ totalGz: 50 * KB, jsGz: 10 * KB });
    expect(budgetFor('tieu-chi')).toEqual({ totalGz: 50 * 1024, jsGz: 10 * 1024 });
    expect(budgetFor('nhung/bieu-do')).toEqual({ totalGz: 50 * 1024, jsGz: 10 * 1024 });
    expect(budgetFor('ban-do')).toEqual({ totalGz: 80 * 1024, jsGz: null });
    expect(budgetFor('nhung/ban-do')).toEqual({ totalGz: 80 * 1024, jsGz: null });
    expect(budgetFor('en/ban-do')).toEqual({ totalGz: 80 * 1024, jsGz: null });
    expect(budgetFor('en/dia-ban')).toEqual({ totalGz: 50 * 1024, jsGz: 10 * 1024 });
  });

  it('passes a page under budget, and one exactly at it', () => {
    const page = summarize('/tieu-chi/', [req('/tieu-chi/', 'html', 20_000, 380_000), req('/a.css', 'css', 3_000), req('/f.woff2', 'font', 24_000)]);
    expect(page.budgetedGz).toBe(47_000);
    expect(checkBudget(page)).toMatchObject({ ok: true, problems: [] });
    const exact = summarize('/', [req('/', 'html', 50 * KB - 10 * KB), req('/a.js', 'js', 10 * KB)]);
    expect(checkBudget(exact).ok).toBe(true);
  });

  it('flags a page over the total, over the JavaScript budget, or reaching another origin', () => {
    const heavy = summarize('/', [req('/', 'html', 30 * KB), req('/f.woff2', 'font', 20 * KB + 1)]);
    const verdict = checkBudget(heavy);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toHaveLength(1);
    expect(verdict.problems[0]).toContain('over the 50.0 KB budget by 1 bytes');

    const scripted = summarize('/du-lieu/', [req('/du-lieu/', 'html', 5 * KB), req('/a.js', 'js', 10 * KB + 1)]);
    expect(checkBudget(scripted).problems).toEqual([expect.stringContaining('JavaScript')]);

    const leaky = summarize('/', [req('/', 'html', 1 * KB)], ['https://fonts.example.com/x.woff2']);
    expect(checkBudget(leaky).problems).toEqual([expect.stringContaining('another origin')]);
  });

  it('holds a map page to 80 KB with no separate JavaScript limit, map embeds too', () => {
    const map = summarize('/ban-do/', [req('/ban-do/', 'html', 60 * KB), req('/map.js', 'js', 20 * KB)]);
    expect(map.type).toBe('ban-do');
    expect(checkBudget(map).ok).toBe(true);
    const heavy = summarize('/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/', [req('/x/', 'html', 50 * KB), req('/map.js', 'js', 30 * KB + 1)]);
    expect(checkBudget(heavy)).toMatchObject({ ok: false, problems: [expect.stringContaining('over the 80.0 KB budget by 1 bytes')] });
    const embed = summarize('/nhung/2026.1/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/', [req('/x/', 'html', 80 * KB + 1)]);
    expect(embed.type).toBe('nhung/ban-do');
    expect(checkBudget(embed).ok).toBe(false);
    expect(summarizeTypes([heavy, map])).toMatchObject([{ type: 'ban-do', failing: [{ route: heavy.route }] }]);
  });

  it('excepts photos from the total but still reports them', () => {
    const page = summarize('/dien-hinh/a/', [req('/dien-hinh/a/', 'html', 10 * KB), req('/_astro/anh.webp', 'photo', 300 * KB)]);
    expect(page.totalGz).toBe(310 * KB);
    expect(page.budgetedGz).toBe(10 * KB);
    expect(checkBudget(page).ok).toBe(true);
  });

  it('classifies requests by resource type, then extension; photos by folder', () => {
    const o = 'http://127.0.0.1:1';
    expect(classify(`${o}/`, 'document')).toBe('html');
    expect(classify(`${o}/_astro/x.css`, 'stylesheet')).toBe('css');
    expect(classify(`${o}/_astro/x.js`, 'script')).toBe('js');
    expect(classify(`${o}/_astro/f.woff2`, 'font')).toBe('font');
    expect(classify(`${o}/_astro/f.woff`, 'fetch')).toBe('font');
    expect(classify(`${o}/favicon.svg`, 'image')).toBe('image');
    expect(classify(`${o}/photos/a.jpg`, 'image')).toBe('photo');
    expect(classify(`${o}/_astro/hoa-tham.B1x2.webp`, 'image')).toBe('photo');
    expect(classify(`${o}/logo.png`, 'image')).toBe('image');
    expect(classify(`${o}/data/x.json`, 'fetch')).toBe('other');
    expect(isPhoto('/photos/a.png')).toBe(false);
    expect(isPhoto('/a.jpg')).toBe(false);
  });

  it('groups pages by first path segment and reports the heaviest of each type', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/tieu-chi/')).toBe('tieu-chi');
    expect(pageType('/dia-ban/2020-01/181-binh-gia/')).toBe('dia-ban');
    expect(pageType('/en/')).toBe('en/home');
    expect(pageType('/en/ban-do/2025-07/xa/ty-le-ho-ngheo/2025/')).toBe('en/ban-do');
    expect(pageType('/nhung/bieu-do/ty-le-ho-ngheo/')).toBe('nhung/bieu-do');
    expect(pageType('/nhung/2026.1/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/')).toBe('nhung/ban-do');
    const pages = [
      summarize('/dia-ban/2020-01/181-binh-gia/', [req('x', 'html', 40 * KB), req('y', 'js', 1 * KB)]),
      summarize('/dia-ban/2020-01/06073-hoa-tham/', [req('x', 'html', 45 * KB), req('y', 'js', 21 * KB)]),
      summarize('/', [req('x', 'html', 5 * KB)]),
    ];
    const types = summarizeTypes(pages);
    expect(types.map((t) => t.type)).toEqual(['home', 'dia-ban']);
    expect(types[1]).toMatchObject({ pages: 2, maxJsGz: 21 * KB });
    expect(types[1]!.heaviest.route).toBe('/dia-ban/2020-01/06073-hoa-tham/');
    expect(types[1]!.failing.map((f) => f.route)).toEqual(['/dia-ban/2020-01/06073-hoa-tham/']);
    expect(types[0]!.failing).toEqual([]);
  });

  it('discovers every index.html of a built site as a route, except the staff editor and the pages that only forward', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const dist = tempRoot();
    for (const dir of ['', 'tieu-chi', 'dia-ban/2020-01/181-binh-gia', '_astro', 'quan-tri', 'ban-do/2020-01']) mkdirSync(path.join(dist, dir), { recursive: true });
    for (const dir of ['', 'tieu-chi', 'dia-ban/2020-01/181-binh-gia', 'quan-tri']) writeFileSync(path.join(dist, dir, 'index.html'), '<!doctype html>');
    // Refreshed away as it loads: measuring it raced the refresh.
    writeFileSync(path.join(dist, 'ban-do/2020-01', 'index.html'), `<!doctype html><meta http-equiv="refresh" content="${refreshContent('/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/')}">`);
    writeFileSync(path.join(dist, '404.html'), '');
    writeFileSync(path.join(dist, '_astro', 'x.css'), '');
    expect(discoverPages(dist)).toEqual(['/', '/dia-ban/2020-01/181-binh-gia/', '/tieu-chi/']);
  });
});

describe('pages of a national build, by kind', () => {
  it.each([
    ['/dia-ban/2020-01/06181-nhac-ky/', 'unit pages', false],
    ['/en/dia-ban/2025-07/20-lang-son/', 'unit pages', true],
    ['/ban-do/2020-01/xa/ty-le-ho-ngheo/2021/', 'map views', false],
    ['/en/ban-do/2020-01/xa/ty-le-ho-ngheo/2021/101-tay-khuon/', 'map parts', true],
    ['/ban-do/', 'other', false],
    ['/tieu-chi/2020-01/180-trang-dinh/', 'criteria and progress parts', false],
    ['/en/tien-do/2020-01/180-trang-dinh/', 'criteria and progress parts', true],
    ['/tieu-chi/', 'other', false],
    ['/nhung/2026.1/ban-do/2020-01/xa/ty-le-ho-ngheo/2022/', 'embeds', false],
    ['/nhung/', 'other', false],
    ['/', 'other', false],
    ['/en/', 'other', true],
  ] as const)('%s is %s', (route, kind, english) => {
    expect(pageKind(route)).toEqual({ kind, english });
  });

  it('counts each kind in both languages and leaves out the kinds with no page', () => {
    const counts = countPageKinds(['/dia-ban/2020-01/1-a/', '/en/dia-ban/2020-01/1-a/', '/dia-ban/2020-01/2-b/', '/ban-do/2020-01/xa/x/2021/', '/']);
    expect(counts.get('unit pages')).toEqual({ vi: 2, en: 1 });
    expect(pageKindsLine(counts)).toBe('unit pages 3 (1 in English) · map views 1 · other 1');
  });
});

describe('report helpers', () => {
  it('takes medians and lays out tables', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(table(['a', 'bb'], [['x', '1'], ['yyy', '22']], ['left'])).toBe('a    bb\n---  --\nx     1\nyyy  22');
  });
});

describe('heaviestPerType', () => {
  it('keeps the pages with the largest HTML of each page type', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'bench-heaviest-'));
    const page = (route: string, bytes: number) => {
      mkdirSync(path.join(dist, route), { recursive: true });
      writeFileSync(path.join(dist, route, 'index.html'), 'x'.repeat(bytes));
    };
    page('/', 10);
    page('/dia-ban/2020-01/181-binh-gia/', 500);
    page('/dia-ban/2020-01/06073-hoa-tham/', 300);
    page('/dia-ban/2020-01/06076-hoa-binh/', 400);
    try {
      expect(heaviestPerType(dist, discoverPages(dist), 2)).toEqual(['/', '/dia-ban/2020-01/06076-hoa-binh/', '/dia-ban/2020-01/181-binh-gia/']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('validate-runs (the bench\'s child process)', () => {
  it('reports each run\'s wall time, process CPU and validating thread\'s CPU, the thread\'s within the process\'s', () => {
    const child = spawnSync(process.execPath, [path.resolve('scripts/bench/validate-runs.ts'), '--data', 'data', '--runs', '2'], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout) as ValidateRunsResult;
    expect(result.ok).toBe(true);
    for (const list of [result.runsMs, result.runsCpuMs, result.runsMainThreadCpuMs]) expect(list).toHaveLength(2);
    result.runsCpuMs.forEach((cpu, i) => {
      expect(result.runsMainThreadCpuMs[i]).toBeGreaterThan(0);
      expect(result.runsMainThreadCpuMs[i]).toBeLessThanOrEqual(cpu);
    });
  }, 60_000);
});

describe('the other targets of issue 14', () => {
  const verdicts = (coldBuildMs: number | null, distBytes: number, validateCommandMs: number) => targetRows({ coldBuildMs, distBytes, validateCommandMs }).map((t) => t.verdict);

  it('holds a build of 30 s and a dist/ of 25 MB to their limit, and validation to strictly under 1 s', () => {
    expect(verdicts(30_000, 25_000_000, 999)).toEqual(['met', 'met', 'met']);
    expect(verdicts(30_001, 25_000_001, 1_000)).toEqual(['not met', 'not met', 'not met']);
  });

  it('says a build it did not run was not measured, and shows what it measured', () => {
    const rows = targetRows({ coldBuildMs: null, distBytes: 108_400_000, validateCommandMs: 1_170 });
    expect(rows.map((r) => [r.measured, r.verdict])).toEqual([
      ['—', 'not measured'],
      ['108.4 MB', 'not met'],
      ['1.17 s', 'not met'],
    ]);
  });
});

describe('the validation command the bench times', () => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

  it("is package.json's validate script, its Node flags and preloaded cache included, with absolute paths", () => {
    const script = scripts['validate']!;
    const args = validateCommandArgs('/d', '/c');
    expect(args.slice(-4)).toEqual(['--data', '/d', '--content', '/c']);
    expect(args).toContain('--max-semi-space-size=8');
    expect(args[args.indexOf('--import') + 1]).toBe(pathToFileURL(path.resolve('scripts/cli/compile-cache.mjs')).href);
    expect(args).toContain(path.resolve('scripts/validate.ts'));
    // The same words as the script, in its order, paths aside.
    expect(args.slice(0, -4).map((a) => (a.startsWith('-') ? a : path.basename(a)))).toEqual(script.split(/\s+/).slice(1).map((w) => (w.startsWith('-') ? w : path.basename(w))));
  });

  it('gives the staff commands that validate the same Node flags', () => {
    const flags = (name: string) => scripts[name]!.split(/\s+/).filter((w) => w.startsWith('--max-'));
    expect(flags('validate')).toEqual(['--max-semi-space-size=8']);
    expect(flags('import')).toEqual(flags('validate'));
    expect(flags('release')).toEqual(flags('validate'));
  });
});
