import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapLayers, type MapLayer } from '../src/domain/map/explorer.ts';
import { loadGeoIndex } from '../src/domain/map/load.ts';
import type { MapContext } from '../src/domain/map/values.ts';
import { siteData } from '../src/site/site-data.ts';
import { trimmedAddresses, type TrimmedAddressInput } from '../src/site/trimmed-addresses.ts';

const site = siteData();
const ctx: MapContext = { dataset: site.dataset, engine: site.engine, carriedEngine: site.carriedEngine };
const layers = mapLayers(ctx, loadGeoIndex(path.resolve('data'))?.layers ?? []);
const addresses = trimmedAddresses({ vintages: site.dataset.vintages, layers });
const targetOf = (p: string) => addresses.find((a) => a.path === p)?.target;

describe('addresses cut short, on the embedded release', () => {
  it('lead from a boundary period to the province page of that period, and from /dia-ban/ to today’s', () => {
    expect(targetOf('/dia-ban/')).toBe('/dia-ban/2025-07/20-lang-son/');
    expect(targetOf('/dia-ban/2025-07/')).toBe('/dia-ban/2025-07/20-lang-son/');
    expect(targetOf('/dia-ban/2020-01/')).toBe('/dia-ban/2020-01/20-lang-son/');
    expect(targetOf('/dia-ban/2024-12/')).toBe('/dia-ban/2024-12/20-lang-son/');
  });

  it('lead from a map folder to its latest year, communes first, keeping the indicator named', () => {
    // The 2020-01 communes have rates for 2021–2024 and falls from 2022 (tests/map.test.ts).
    expect(targetOf('/ban-do/2020-01/')).toBe('/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/');
    expect(targetOf('/ban-do/2020-01/xa/')).toBe('/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/');
    expect(targetOf('/ban-do/2020-01/huyen/')).toBe('/ban-do/2020-01/huyen/ty-le-ho-ngheo/2024/');
    expect(targetOf('/ban-do/2020-01/huyen/muc-giam-ty-le-ho-ngheo/')).toBe('/ban-do/2020-01/huyen/muc-giam-ty-le-ho-ngheo/2024/');
    expect(targetOf('/ban-do/2025-07/')).toBe('/ban-do/2025-07/xa/ty-le-ho-ngheo/2025/');
    // Today's communes show falls from 2022 on series carried from the former communes.
    expect(targetOf('/ban-do/2025-07/xa/muc-giam-ty-le-ho-ngheo/')).toBe('/ban-do/2025-07/xa/muc-giam-ty-le-ho-ngheo/2025/');
    // The 2024-12 period has no boundaries and no views.
    expect(addresses.filter((a) => a.path.startsWith('/ban-do/2024-12/'))).toEqual([]);
  });

  it('lead from the folders that only group pages to their section', () => {
    expect(targetOf('/tieu-chi/2020-01/')).toBe('/tieu-chi/');
    expect(targetOf('/tien-do/2025-07/')).toBe('/tien-do/');
    expect(targetOf('/dien-hinh/dia-ban/')).toBe('/dien-hinh/');
    expect(targetOf('/dien-hinh/dia-ban/2020-01/')).toBe('/dien-hinh/');
    expect(targetOf('/dien-hinh/loai/')).toBe('/dien-hinh/');
    expect(targetOf('/dien-hinh/khen-thuong/')).toBe('/dien-hinh/');
    expect(targetOf('/tin-tuc/trang/')).toBe('/tin-tuc/');
    expect(targetOf('/tin-tuc/chu-de/')).toBe('/tin-tuc/');
  });

  it('names each address once', () => {
    expect(new Set(addresses.map((a) => a.path)).size).toBe(addresses.length);
  });
});

describe('addresses cut short, on releases shaped otherwise', () => {
  const unit = (code: string, level: 'province' | 'district' | 'commune') => ({ code, name: `Nơi ${code}`, level });
  const layer = (vintageId: string, level: MapLayer['level'], poorRateYears: number[]): MapLayer => ({
    vintage: { id: vintageId, validFrom: '2020-01-01', validTo: null, units: [] } as unknown as MapLayer['vintage'],
    level,
    codes: [],
    years: { 'poor-rate': poorRateYears, 'near-poor-rate': [], reduction: [], 'scale-reduction': [], criteria: [] },
    carriedYears: { 'poor-rate': [], 'near-poor-rate': [], reduction: [], 'scale-reduction': [], criteria: [] },
  });

  it('lead a period without a province to its first unit, and a map of districts only to its districts', () => {
    const input: TrimmedAddressInput = { vintages: [{ id: '2030-01', units: [unit('001', 'district'), unit('00101', 'commune')] }], layers: [layer('2030-01', 'district', [2030, 2031])] };
    const found = trimmedAddresses(input);
    expect(found.find((a) => a.path === '/dia-ban/')?.target).toBe('/dia-ban/2030-01/001-noi-001/');
    expect(found.find((a) => a.path === '/ban-do/2030-01/')?.target).toBe('/ban-do/2030-01/huyen/ty-le-ho-ngheo/2031/');
    // An indicator with no year has no views, so no folder of them to forward from.
    expect(found.map((a) => a.path).filter((p) => p.startsWith('/ban-do/'))).toEqual(['/ban-do/2030-01/', '/ban-do/2030-01/huyen/', '/ban-do/2030-01/huyen/ty-le-ho-ngheo/']);
  });

  it('forward nothing from a map without views', () => {
    const found = trimmedAddresses({ vintages: [{ id: '2030-01', units: [unit('20', 'province')] }], layers: [layer('2030-01', 'commune', [])] });
    expect(found.filter((a) => a.path.startsWith('/ban-do/'))).toEqual([]);
  });
});
