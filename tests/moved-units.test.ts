import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isForwardingPageFile } from '../src/site/forwarding-file.ts';
import { forwardTarget, refreshContent } from '../src/site/forwarding.ts';
import { earlierUnitAddresses, type UnitsOfRelease } from '../src/site/moved-units.ts';

const release = (names: Record<string, string>, vintage = '2025-07'): UnitsOfRelease => ({
  vintages: [{ id: vintage, units: Object.entries(names).map(([code, name]) => ({ code, name })) }],
});
/** The same units as an earlier release with its id. */
const as = (id: string, units: UnitsOfRelease) => ({ id, ...units });
const movedOf = (earlier: Parameters<typeof earlierUnitAddresses>[0], shown: UnitsOfRelease) => earlierUnitAddresses(earlier, shown).moved;

describe('old addresses of units renamed by a later release', () => {
  it('forward to the unit’s page now, however many releases ago it was named so', () => {
    const first = release({ '20001': 'Hoa Thám', '20002': 'Đình Lập' });
    const second = release({ '20001': 'Hoa Thám', '20002': 'Đình Lập Cũ' });
    const shown = release({ '20001': 'Hoa Thám', '20002': 'Đình Lập Mới' });
    expect(movedOf([as('2026.1', first), as('2026.2', second)], shown)).toEqual([
      { path: '/dia-ban/2025-07/20002-dinh-lap-cu/', target: '/dia-ban/2025-07/20002-dinh-lap-moi/' },
      { path: '/dia-ban/2025-07/20002-dinh-lap/', target: '/dia-ban/2025-07/20002-dinh-lap-moi/' },
    ]);
  });

  it('leave alone a correction that keeps the address', () => {
    const before = release({ '20001': 'Hoa Tham', '20002': 'Đình Lập' });
    const shown = release({ '20001': 'Hoa Thám', '20002': 'Đình Lập' });
    expect(earlierUnitAddresses([as('2026.1', before)], shown)).toEqual({ moved: [], gone: [] });
  });

  it('follow the code, not the name: two units that swap names each keep their own page', () => {
    const before = release({ '20001': 'Tân Thành', '20002': 'Tân Văn' });
    const shown = release({ '20001': 'Tân Văn', '20002': 'Tân Thành' });
    expect(movedOf([as('2026.1', before)], shown)).toEqual([
      { path: '/dia-ban/2025-07/20001-tan-thanh/', target: '/dia-ban/2025-07/20001-tan-van/' },
      { path: '/dia-ban/2025-07/20002-tan-van/', target: '/dia-ban/2025-07/20002-tan-thanh/' },
    ]);
  });

  it('keep each period apart: a code is a unit only within its period', () => {
    const before = { vintages: [...release({ '101': 'Bắc Khê' }, '2020-01').vintages, ...release({ '101': 'Đình Lập' }, '2025-07').vintages] };
    const shown = { vintages: [...release({ '101': 'Bắc Khê' }, '2020-01').vintages, ...release({ '101': 'Đình Lập Mới' }, '2025-07').vintages] };
    expect(movedOf([as('2026.1', before)], shown)).toEqual([{ path: '/dia-ban/2025-07/101-dinh-lap/', target: '/dia-ban/2025-07/101-dinh-lap-moi/' }]);
  });
});

describe('old addresses of units the shown release no longer has', () => {
  it('lead to the page of the latest release that had them', () => {
    // 2026.1 had a wrong code (20099) that 2026.2 corrected to 20003; 2026.1 and 2026.2 had the 2024-12 period, 2027.1 drops it.
    const first = { id: '2026.1', vintages: [...release({ '20001': 'Hoa Thám', '20099': 'Bính Xá' }).vintages, ...release({ '06073': 'Hoa Thám' }, '2024-12').vintages] };
    const second = { id: '2026.2', vintages: [...release({ '20001': 'Hoa Thám', '20003': 'Bính Xá' }).vintages, ...release({ '06073': 'Hoa Thám' }, '2024-12').vintages] };
    const shown = release({ '20001': 'Hoa Thám', '20003': 'Bính Xá' });
    expect(earlierUnitAddresses([first, second], shown)).toEqual({
      moved: [],
      gone: [
        { path: '/dia-ban/2024-12/06073-hoa-tham/', target: '/du-lieu/2026.2/' },
        { path: '/dia-ban/2025-07/20099-binh-xa/', target: '/du-lieu/2026.1/' },
      ],
    });
  });
});

describe('a page that only forwards', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'forwarding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (name: string, head: string, bodyBytes = 0) => {
    const file = path.join(dir, name);
    writeFileSync(file, `<!DOCTYPE html><html><head><title>x</title>${head}</head><body>${'x'.repeat(bodyBytes)}</body></html>`);
    return file;
  };

  it('is told by its refresh, read from the head of a large file', () => {
    const target = '/dia-ban/2025-07/20-lang-son/';
    expect(forwardTarget(`<meta http-equiv="refresh" content="${refreshContent(target)}">`)).toBe(target);
    expect(isForwardingPageFile(page('forward.html', `<meta http-equiv="refresh" content="${refreshContent(target)}">`, 2_000_000))).toBe(true);
  });

  it('is not a page with content, nor one with a refresh far below its head', () => {
    expect(isForwardingPageFile(page('content.html', '<meta name="description" content="x">', 100_000))).toBe(false);
    const mention = path.join(dir, 'mention.html');
    writeFileSync(mention, `<html><head></head><body>${'x'.repeat(20_000)}<meta http-equiv="refresh" content="0; url=/x/"></body></html>`);
    expect(isForwardingPageFile(mention)).toBe(false);
  });
});
