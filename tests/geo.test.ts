import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geoIndex, joinReport, rewindGeometry, windingProblem } from '../src/domain/map/geo.ts';
import { unitsFile } from '../src/domain/schemas/index.ts';
import { LAYER_SOURCES } from '../scripts/geo/layers.ts';
import { buildGeo, decodeLayer } from '../scripts/geo/pipeline.ts';

const SOURCE = path.resolve('sources/boundaries');
const manifest = JSON.parse(readFileSync('data/releases/index.json', 'utf8')) as { current: string };
const units = unitsFile.parse(JSON.parse(readFileSync(`data/releases/${manifest.current}/units.json`, 'utf8')));
const codesOf = (vintage: string, level: string) => units.vintages.find((v) => v.id === vintage)?.units.filter((u) => u.level === level).map((u) => u.code);
const index = geoIndex.parse(JSON.parse(readFileSync('data/geo/index.json', 'utf8')));

describe('committed boundary layers (data/geo)', () => {
  it('cover the layers the pipeline defines', () => {
    expect(index.layers.map((l) => `${l.vintage}/${l.level}`)).toEqual(LAYER_SOURCES.map((l) => `${l.vintage}/${l.level}`));
  });

  it.each(index.layers.map((l) => [l.file, l] as const))('%s: every unit has a shape and every shape a unit, on codes', (_file, layer) => {
    const features = decodeLayer(readFileSync(path.join('data/geo', layer.file), 'utf8'), layer.object);
    const codes = codesOf(layer.vintage, layer.level);
    expect(codes?.length).toBeGreaterThan(0);
    expect(joinReport(features, codes!)).toEqual({ missingShapes: [], extraShapes: [], duplicateShapes: [] });
    expect(features).toHaveLength(layer.features);
  });

  it.each(index.layers.map((l) => [l.file, l] as const))('%s: every feature is wound for d3-geo (0 < geoArea < 2π)', (_file, layer) => {
    const features = decodeLayer(readFileSync(path.join('data/geo', layer.file), 'utf8'), layer.object);
    for (const f of features) {
      const area = geoArea(f);
      expect(area, String(f.id)).toBeGreaterThan(0);
      expect(area, String(f.id)).toBeLessThan(2 * Math.PI);
      expect(windingProblem(f), String(f.id)).toBeUndefined();
    }
  });

  it('stays small: communes ≤ 150 KB, districts far smaller', () => {
    for (const layer of index.layers) {
      const bytes = readFileSync(path.join('data/geo', layer.file)).length;
      expect(bytes, layer.file).toBeLessThanOrEqual(layer.level === 'commune' ? 150 * 1024 : 50 * 1024);
    }
  });
});

describe('the pipeline', () => {
  it('gives the committed bytes, twice over (deterministic)', () => {
    const first = buildGeo({ sourceDir: SOURCE, unitCodes: codesOf });
    const second = buildGeo({ sourceDir: SOURCE, unitCodes: codesOf });
    expect(first.problems).toEqual([]);
    expect([...second.files]).toEqual([...first.files]);
    for (const [file, text] of first.files) expect(readFileSync(path.join('data/geo', file), 'utf8'), file).toBe(text);
  }, 30_000);

  it('fails loudly when a unit has no shape or a shape no unit', () => {
    const layer = LAYER_SOURCES.filter((l) => l.vintage === '2020-01' && l.level === 'district');
    const { problems } = buildGeo({
      sourceDir: SOURCE,
      layers: layer,
      unitCodes: (v, l) => [...(codesOf(v, l) ?? []).filter((c) => c !== '181'), '999'],
    });
    expect(problems).toEqual([
      '2020-01/districts: đơn vị không có ranh giới: 999',
      '2020-01/districts: ranh giới không khớp đơn vị nào (theo mã): 181',
    ]);
  });

  it('fails when the release lacks the vintage', () => {
    const layer = LAYER_SOURCES.filter((l) => l.vintage === '2025-07');
    const { problems } = buildGeo({ sourceDir: SOURCE, layers: layer, unitCodes: () => undefined });
    expect(problems[0]).toMatch(/không có thời kỳ địa giới 2025-07/);
  });
});

describe('winding', () => {
  // A 0.1° square near Lạng Sơn, counter-clockwise as RFC 7946 writes it.
  const ccw: Polygon = { type: 'Polygon', coordinates: [[[106.7, 21.8], [106.8, 21.8], [106.8, 21.9], [106.7, 21.9], [106.7, 21.8]]] };
  const asFeature = (g: Polygon): Feature<Polygon> => ({ type: 'Feature', properties: null, geometry: g });

  it('an RFC 7946 ring fills the sphere in d3-geo, and the check says so', () => {
    expect(geoArea(asFeature(ccw))).toBeGreaterThan(2 * Math.PI);
    expect(windingProblem(asFeature(ccw))).toMatch(/quay ngược chiều/);
  });

  it('rewinding makes it small, and keeps a hole a hole', () => {
    const fixed = rewindGeometry(ccw);
    expect(geoArea(asFeature(fixed))).toBeLessThan(1e-5);
    expect(windingProblem(asFeature(fixed))).toBeUndefined();
    const hole = [[106.72, 21.82], [106.74, 21.82], [106.74, 21.84], [106.72, 21.84], [106.72, 21.82]];
    const withHole = rewindGeometry({ type: 'Polygon', coordinates: [ccw.coordinates[0]!, hole] });
    expect(windingProblem(asFeature(withHole))).toBeUndefined();
    expect(geoArea(asFeature(withHole))).toBeLessThan(geoArea(asFeature(fixed)));
    // idempotent
    expect(rewindGeometry(withHole)).toEqual(withHole);
  });
});
