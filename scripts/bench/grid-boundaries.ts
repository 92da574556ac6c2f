/**
 * Boundaries for a generated release (large-dataset.ts, `boundaries: true`): the communes of
 * each vintage as the cells of a square grid in code order (a district's communes are
 * consecutive codes, so they are neighbours), each district as the union of its communes'
 * cells. The shapes mean nothing; they are there so that the map pages of a large release
 * are drawn and weighed (`npm run bench -- --national`, tests/build/map-parts-build.test.ts)
 * as a real province's would be: shared borders, a district border layer, one frame.
 * Deterministic: the same units give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { levelObjectName, rewindGeometry, type GeoIndex, type GeoLayerEntry, type GeoLevel } from '../../src/domain/map/geo.ts';

export interface GridVintage {
  id: string;
  /** Commune codes, in the order their cells are laid out. */
  communes: readonly string[];
  /** The district of each commune, when the vintage has districts. */
  districtOf?: ReadonlyMap<string, string>;
}

/** A box about the size of Lạng Sơn (degrees). */
const WEST = 106.1;
const NORTH = 22.5;
const SPAN = 1.2;
const QUANTIZATION = 1e4;

function cells(codes: readonly string[]): Feature<Polygon>[] {
  const cols = Math.ceil(Math.sqrt(codes.length));
  // Every corner from its grid index, so neighbours share their edges exactly (borders, not slivers).
  const lon = (col: number) => WEST + (col * SPAN) / cols;
  const lat = (row: number) => NORTH - (row * SPAN) / cols;
  return codes.map((code, i) => {
    const [col, row] = [i % cols, Math.floor(i / cols)];
    const ring = [[lon(col), lat(row)], [lon(col + 1), lat(row)], [lon(col + 1), lat(row + 1)], [lon(col), lat(row + 1)], [lon(col), lat(row)]];
    return { type: 'Feature', id: code, properties: null, geometry: rewindGeometry({ type: 'Polygon', coordinates: [ring] }) };
  });
}

function layerFile(level: GeoLevel, features: Feature<Polygon | MultiPolygon>[]): Topology {
  const object = levelObjectName(level);
  return quantize(topology({ [object]: { type: 'FeatureCollection', features } as FeatureCollection }) as Parameters<typeof quantize>[0], QUANTIZATION) as Topology;
}

/** The communes of each vintage and, where it has districts, the districts: TopoJSON files and `geo/index.json` under `dataRoot`. */
export function writeGridBoundaries(dataRoot: string, vintages: readonly GridVintage[]): void {
  const layers: GeoLayerEntry[] = [];
  const write = (vintage: string, level: GeoLevel, topo: Topology, features: number) => {
    const file = `${vintage}/${levelObjectName(level)}.topo.json`;
    mkdirSync(path.join(dataRoot, 'geo', vintage), { recursive: true });
    writeFileSync(path.join(dataRoot, 'geo', file), JSON.stringify(topo));
    layers.push({
      vintage,
      level,
      file,
      object: levelObjectName(level),
      features,
      credit: 'Ranh giới giả lập (ô lưới) của bộ dữ liệu thử nghiệm, không phải ranh giới thật.',
      licence: 'CC0-1.0',
      source: 'scripts/bench/grid-boundaries.ts',
    });
  };
  for (const v of vintages) {
    const communes = layerFile('commune', cells(v.communes));
    write(v.id, 'commune', communes, v.communes.length);
    if (!v.districtOf) continue;
    const byDistrict = new Map<string, GeometryObject[]>();
    for (const g of (communes.objects[levelObjectName('commune')] as GeometryCollection).geometries) {
      const district = v.districtOf.get(String(g.id))!;
      if (!byDistrict.has(district)) byDistrict.set(district, []);
      byDistrict.get(district)!.push(g);
    }
    const districts: Feature<MultiPolygon>[] = [...byDistrict].map(([code, parts]) => ({
      type: 'Feature',
      id: code,
      properties: null,
      geometry: rewindGeometry(merge(communes, parts as Parameters<typeof merge>[1])),
    }));
    write(v.id, 'district', layerFile('district', districts), districts.length);
  }
  const index: GeoIndex = { method: 'Ô lưới vuông theo thứ tự mã (scripts/bench/grid-boundaries.ts); lượng tử hóa 10000.', layers };
  writeFileSync(path.join(dataRoot, 'geo', 'index.json'), JSON.stringify(index, null, 2));
}
