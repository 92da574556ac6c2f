import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workbookXlsx, type SheetSpec } from '../src/domain/export/xlsx.ts';
import { sharedWhileRunning } from '../src/site/build-cache.ts';
import { drawAhead } from '../src/site/images/ahead.ts';
import { cachedPng } from '../src/site/images/png.ts';
import { workbookInPool } from '../src/site/workers/pool.ts';

const runCache = process.env['BUILD_CACHE_DIR'];
let cacheDir: string;

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'png-cache-'));
  process.env['BUILD_CACHE_DIR'] = cacheDir;
});

afterEach(() => {
  process.env['BUILD_CACHE_DIR'] = runCache;
  vi.unstubAllEnvs();
});

const later = <T>(value: T, ms = 5): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('a picture of the build cache', () => {
  it('asked for again while it is drawn is drawn once, and both get it', async () => {
    const draw = vi.fn(() => later(Buffer.from('png-a')));
    const [first, second] = await Promise.all([cachedPng(['t', 'a'], draw), cachedPng(['t', 'a'], draw)]);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(first.toString()).toBe('png-a');
    expect(second.toString()).toBe('png-a');
  });

  it('once drawn, is read from the cache and not drawn again', async () => {
    await cachedPng(['t', 'b'], () => later(Buffer.from('png-b')));
    const draw = vi.fn(() => later(Buffer.from('other')));
    expect((await cachedPng(['t', 'b'], draw)).toString()).toBe('png-b');
    expect(draw).not.toHaveBeenCalled();
    expect(readdirSync(path.join(cacheDir, 'png'))).toHaveLength(1);
  });

  it('whose drawing failed fails for everyone waiting, and is drawn again when asked next', async () => {
    const failing = () => later(undefined).then(() => Promise.reject(new Error('resvg: bad SVG')));
    const waiting = [cachedPng(['t', 'c'], failing), cachedPng(['t', 'c'], failing)];
    for (const w of waiting) await expect(w).rejects.toThrow('resvg: bad SVG');
    expect((await cachedPng(['t', 'c'], () => later(Buffer.from('png-c')))).toString()).toBe('png-c');
  });
});

describe('a file made ahead of its page (sharedWhileRunning)', () => {
  it('is made once for everyone who asks while it is being made, and made again when asked after', async () => {
    const running = new Map<string, Promise<string>>();
    const make = vi.fn(() => later('xlsx'));
    const asked = [sharedWhileRunning(running, 'k', make), sharedWhileRunning(running, 'k', make)];
    expect(running.size).toBe(1);
    expect(await Promise.all(asked)).toEqual(['xlsx', 'xlsx']);
    expect(make).toHaveBeenCalledTimes(1);
    expect(running.size).toBe(0);
    await sharedWhileRunning(running, 'k', make);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('fails for everyone waiting when making it throws, even at once, and is tried again when asked next', async () => {
    const running = new Map<string, Promise<string>>();
    const throwsAtOnce = (): string => {
      throw new Error('no sheet');
    };
    const asked = [sharedWhileRunning(running, 'k', throwsAtOnce), sharedWhileRunning(running, 'k', throwsAtOnce)];
    for (const a of asked) await expect(a).rejects.toThrow('no sheet');
    expect(await sharedWhileRunning(running, 'k', () => 'xlsx')).toBe('xlsx');
  });
});

describe('drawing ahead of the pages', () => {
  /** Draws that note when they start and end, to see how many run at once. */
  function recorder() {
    const events: string[] = [];
    const ended = new Map<string, () => void>();
    let running = 0;
    let most = 0;
    const draw = (name: string, fail = false) => async () => {
      events.push(`start ${name}`);
      most = Math.max(most, ++running);
      await later(undefined, 2);
      running--;
      events.push(`end ${name}`);
      ended.get(name)?.();
      if (fail) throw new Error(`${name} failed`);
    };
    /** Resolves when the draw of that name has ended. */
    const end = (name: string) => new Promise<void>((resolve) => ended.set(name, resolve));
    return { events, draw, end, most: () => most };
  }
  const settled = () => later(undefined, 60);

  it('in a build, draws every picture handed to it, one at a time, in order, past one that fails', async () => {
    vi.stubEnv('PROD', true);
    vi.stubEnv('BUILD_WORKERS', '2');
    const r = recorder();
    const last = r.end('c');
    drawAhead([r.draw('a'), r.draw('b', true)]);
    drawAhead([r.draw('c')]);
    await last;
    expect(r.events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(r.most()).toBe(1);
  });

  it.each([
    ['outside a build (the dev server draws a picture when it is asked for)', false, '2'],
    ["when pictures are drawn in Astro's own thread (BUILD_WORKERS=0)", true, '0'],
  ])('draws nothing %s', async (_when, prod, workers) => {
    vi.stubEnv('PROD', prod);
    vi.stubEnv('BUILD_WORKERS', workers);
    const r = recorder();
    drawAhead([r.draw('a')]);
    await settled();
    expect(r.events).toEqual([]);
  });
});

describe('a workbook written on a build worker', () => {
  const sheet: SheetSpec = {
    name: 'bang',
    title: 'Bảng thử',
    notes: ['Phiên bản 2026.1'],
    columns: [{ header: 'Mã', kind: 'text' }, { header: 'Số hộ nghèo', kind: 'count' }, { header: 'Tỷ lệ', kind: 'percent' }],
    rows: [['05971', 1234, '14.38'], ['05974', -0, null]],
  };
  const meta = { title: 'Thử', creator: 'Ai đó', date: '2026-11-25' };

  it('is the same bytes as one written in this thread, and kept in the build cache', async () => {
    vi.stubEnv('BUILD_WORKERS', '1');
    const onWorker = await workbookInPool([sheet], meta);
    expect(onWorker.equals(await workbookXlsx([sheet], meta))).toBe(true);
    expect(readdirSync(path.join(cacheDir, 'xlsx'))).toHaveLength(1);
  }, 30_000);
});
