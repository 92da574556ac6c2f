import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { UnitsFile } from '../schemas/index.ts';

/** One layer of data/geo/index.json (written by scripts/build-geo.ts). */
export interface BoundaryLayer {
  vintage: string;
  level: 'district' | 'commune';
  file: string;
  object: string;
  features: number;
  credit: string;
  licence: string;
  source: string;
}

export interface BoundaryDownload {
  /** e.g. "2020-01-communes.geojson" */
  name: string;
  layer: BoundaryLayer;
  bytes: Buffer;
}

/** The layers listed in data/geo/index.json, or none when boundaries have not been built. */
export function boundaryLayers(dataRoot: string): BoundaryLayer[] {
  const index = path.join(dataRoot, 'geo', 'index.json');
  if (!existsSync(index)) return [];
  return (JSON.parse(readFileSync(index, 'utf8')) as { layers: BoundaryLayer[] }).layers;
}

type Position = number[];
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * RFC 7946 rings: exterior counter-clockwise, holes clockwise. data/geo keeps the
 * opposite order (d3-geo's), so every ring is reversed; coordinates are cut to 5
 * decimals (about a metre), far below the simplification's own error.
 */
function rings(coordinates: Position[][]): Position[][] {
  return coordinates.map((ring) => [...ring].reverse().map(([x = 0, y = 0]) => [round(x), round(y)]));
}

/**
 * A layer as GeoJSON for download: one Feature per unit with its code, name, type,
 * level and vintage, and the layer's credit and licence as members of the collection.
 */
export function boundaryGeoJson(dataRoot: string, layer: BoundaryLayer, units: UnitsFile): BoundaryDownload {
  const topology = JSON.parse(readFileSync(path.join(dataRoot, 'geo', layer.file), 'utf8')) as Topology;
  const object = topology.objects[layer.object] as GeometryObject;
  const collection = feature(topology, object) as unknown as { features: { id?: string | number; geometry: { type: string; coordinates: unknown } }[] };
  const byCode = new Map((units.vintages.find((v) => v.id === layer.vintage)?.units ?? []).map((u) => [u.code, u]));
  const features = collection.features
    .map((f) => {
      const code = String(f.id);
      const unit = byCode.get(code);
      const g = f.geometry;
      const coordinates = g.type === 'Polygon'
        ? rings(g.coordinates as Position[][])
        : g.type === 'MultiPolygon'
          ? (g.coordinates as Position[][][]).map(rings)
          : g.coordinates;
      return {
        type: 'Feature',
        id: code,
        properties: { code, name: unit?.name ?? null, type: unit?.type ?? null, level: layer.level, vintage: layer.vintage },
        geometry: { type: g.type, coordinates },
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const geojson = {
    type: 'FeatureCollection',
    name: `${layer.vintage}-${layer.level}`,
    licence: layer.licence,
    credit: layer.credit,
    note: 'Ranh giới đã làm đơn giản hóa để vẽ bản đồ toàn tỉnh; không dùng để đo đạc. Xem /giay-phep.txt.',
    features,
  };
  return { name: `${layer.vintage}-${layer.level === 'district' ? 'districts' : 'communes'}.geojson`, layer, bytes: Buffer.from(JSON.stringify(geojson) + '\n', 'utf8') };
}
