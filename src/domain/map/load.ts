/**
 * Reads the boundary layers of a data root (`<dataRoot>/geo/index.json` and the
 * TopoJSON files it lists). A data root without `geo/` simply has no boundaries:
 * the pages then show tables and say that no boundaries exist for the vintage.
 * Results are memoised per data root; every page of a build asks for the same ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { makeFrame, type MapFrame } from './frame.ts';
import { geoIndex, type GeoIndex, type GeoLayerEntry, type GeoLevel } from './geo.ts';

const EARTH_RADIUS_KM = 6371.0088;

export interface LoadedLayer {
  entry: GeoLayerEntry;
  /** Features by unit code. */
  features: Map<string, Feature<Polygon | MultiPolygon>>;
  /** Lines between two areas for which `between` is true (e.g. different parents). */
  borders: (between: (a: string, b: string) => boolean) => MultiLineString;
  /** The layer's outer edge, or the outer edge of some of its areas (one part of a split layer). */
  outline: (codes?: ReadonlySet<string>) => MultiLineString;
  /** Some areas as one shape, their shared borders dissolved (a district from its communes). */
  merged: (codes: ReadonlySet<string>) => MultiPolygon;
}

const indexMemo = new Map<string, GeoIndex | null>();
const layerMemo = new Map<string, LoadedLayer | null>();

const geoRoot = (dataRoot: string): string => path.join(dataRoot, 'geo');

export function loadGeoIndex(dataRoot: string): GeoIndex | undefined {
  const memo = indexMemo.get(dataRoot);
  if (memo !== undefined) return memo ?? undefined;
  const file = path.join(geoRoot(dataRoot), 'index.json');
  const index = existsSync(file) ? geoIndex.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
  indexMemo.set(dataRoot, index ?? null);
  return index;
}

function geoEntry(dataRoot: string, vintage: string, level: GeoLevel): GeoLayerEntry | undefined {
  return loadGeoIndex(dataRoot)?.layers.find((l) => l.vintage === vintage && l.level === level);
}

/**
 * One layer, optionally simplified further for small drawings: points whose
 * triangle is under `minTriangleKm2` go (shared borders stay shared).
 */
export function loadLayer(dataRoot: string, vintage: string, level: GeoLevel, minTriangleKm2 = 0): LoadedLayer | undefined {
  const key = `${dataRoot}|${vintage}|${level}|${minTriangleKm2}`;
  const memo = layerMemo.get(key);
  if (memo !== undefined) return memo ?? undefined;
  const entry = geoEntry(dataRoot, vintage, level);
  let loaded: LoadedLayer | undefined;
  if (entry) {
    let topo = JSON.parse(readFileSync(path.join(geoRoot(dataRoot), entry.file), 'utf8')) as Topology;
    if (minTriangleKm2 > 0) {
      topo = simplify(presimplify(topo as Parameters<typeof presimplify>[0], sphericalTriangleArea), minTriangleKm2 / EARTH_RADIUS_KM ** 2) as Topology;
    }
    const object = topo.objects[entry.object] as GeometryCollection;
    const collection = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon>;
    const features = new Map(collection.features.map((f) => [String(f.id), f]));
    loaded = {
      entry,
      features,
      borders: (between) =>
        mesh(topo, object, (a: GeometryObject, b: GeometryObject) => a !== b && between(String(a.id), String(b.id))),
      // An arc is on the edge when only one of the areas on its two sides is drawn.
      outline: (codes) =>
        mesh(topo, object, (a: GeometryObject, b: GeometryObject) =>
          codes ? (a === b ? codes.has(String(a.id)) : codes.has(String(a.id)) !== codes.has(String(b.id))) : a === b,
        ),
      merged: (codes) => merge(topo, object.geometries.filter((g) => codes.has(String(g.id))) as Parameters<typeof merge>[1]),
    };
  }
  layerMemo.set(key, loaded ?? null);
  return loaded;
}

const frameMemo = new Map<string, MapFrame | null>();

/**
 * The frame of some of a layer's areas: one part of a split layer (a district of a national
 * release, or a page of communes) is drawn as large as the province would be, not as a
 * speck in the frame of the whole layer.
 */
export function areasFrame(dataRoot: string, vintage: string, level: GeoLevel, codes: readonly string[], width: number): MapFrame | undefined {
  return memoFrame(`${dataRoot}|${vintage}|${level}|${width}|${codes.join(',')}`, width, () => {
    const layer = loadLayer(dataRoot, vintage, level);
    return codes.map((c) => layer?.features.get(c)).filter((f) => f !== undefined);
  });
}

/** The frame of `features()`, made once per key. */
function memoFrame(key: string, width: number, features: () => Feature[]): MapFrame | undefined {
  const memo = frameMemo.get(key);
  if (memo !== undefined) return memo ?? undefined;
  const drawn = features();
  const frame = drawn.length > 0 ? makeFrame(drawn, width) : undefined;
  frameMemo.set(key, frame ?? null);
  return frame;
}

/**
 * One frame for every layer of the data root, so the province stays in the same
 * place when a reader switches between the 2020 and 2025 maps.
 */
export function sharedFrame(dataRoot: string, width: number): MapFrame | undefined {
  return memoFrame(`${dataRoot}|${width}`, width, () =>
    (loadGeoIndex(dataRoot)?.layers ?? []).flatMap((l) => [...(loadLayer(dataRoot, l.vintage, l.level)?.features.values() ?? [])]),
  );
}
