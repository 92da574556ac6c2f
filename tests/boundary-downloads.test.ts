import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundaryGeoJson, boundaryLayers } from '../src/domain/export/boundaries.ts';
import { unitsFile } from '../src/domain/schemas/index.ts';

/** The boundary files /du-lieu/ offers, computed from data/geo (the built pages are checked in tests/build/downloads.test.ts). */
describe('boundary downloads', () => {
  const layers = boundaryLayers('data');
  it.skipIf(layers.length === 0)('are RFC 7946 GeoJSON (exterior rings counter-clockwise) with every unit named and the licence inside', () => {
    const current = JSON.parse(readFileSync('data/releases/index.json', 'utf8')).current as string;
    const units = unitsFile.parse(JSON.parse(readFileSync(`data/releases/${current}/units.json`, 'utf8')));
    for (const layer of layers) {
      const { bytes, name } = boundaryGeoJson('data', layer, units);
      const geo = JSON.parse(bytes.toString('utf8'));
      expect(name).toMatch(/^\d{4}-\d{2}-(districts|communes)\.geojson$/);
      expect(geo.licence).toBe(layer.licence);
      expect(geo.features).toHaveLength(layer.features);
      for (const f of geo.features) {
        expect(f.properties.name, f.id).toBeTruthy();
        const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const [exterior, ...holes] of polygons) {
          const area = (ring: number[][]) => ring.reduce((s, [x, y], i) => { const [x2, y2] = ring[(i + 1) % ring.length]!; return s + (x! * y2! - x2! * y!); }, 0) / 2;
          expect(area(exterior), `${f.id} exterior`).toBeGreaterThan(0);
          for (const h of holes) expect(area(h), `${f.id} hole`).toBeLessThan(0);
        }
      }
    }
  });
});
