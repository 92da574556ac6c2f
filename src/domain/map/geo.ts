/**
 * Geometry helpers shared by the boundary pipeline (scripts/build-geo.ts), the map
 * pages and the tests: ring winding for d3-geo, the checks every layer must pass,
 * and the schema of data/geo/index.json. Plain TypeScript, no framework.
 *
 * Winding: d3-geo works on the sphere and reads a ring's orientation to decide
 * which side is inside. It wants exterior rings clockwise and holes
 * counter-clockwise (as seen on a map with north up), the opposite of RFC 7946
 * GeoJSON. A ring the wrong way round encloses the rest of the globe: the
 * feature's area jumps to nearly 4π steradians and the map fills with one colour.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import * as z from 'zod';

/** Levels that have boundaries (villages have none). */
const geoLevel = z.enum(['district', 'commune']);
export type GeoLevel = z.infer<typeof geoLevel>;

/** File and TopoJSON object name of a level: "communes", "districts". */
export const levelObjectName = (level: GeoLevel): string => `${level}s`;

/** One layer of data/geo/index.json: the boundaries of one level in one vintage. */
const geoLayerEntry = z.strictObject({
  vintage: z.string().regex(/^\d{4}-\d{2}$/),
  level: geoLevel,
  /** Path of the TopoJSON file, relative to data/geo/. */
  file: z.string().min(1),
  /** Name of the GeometryCollection in the file; every geometry's `id` is the unit code. */
  object: z.string().min(1),
  features: z.number().int().positive(),
  /** Credit line shown under every map of the layer, licence included. */
  credit: z.string().min(1),
  licence: z.string().min(1),
  /** The source file in sources/boundaries/ it was made from. */
  source: z.string().min(1),
});
export type GeoLayerEntry = z.infer<typeof geoLayerEntry>;

export const geoIndex = z.strictObject({
  /** How the files were made, one line; the details are in data/geo/README.md. */
  method: z.string(),
  layers: z.array(geoLayerEntry),
});
export type GeoIndex = z.infer<typeof geoIndex>;

type Ring = Position[];
type PolygonalGeometry = Polygon | MultiPolygon;

const HEMISPHERE = 2 * Math.PI;

/** Spherical area of a single ring taken as a polygon's only (exterior) ring. */
const ringArea = (ring: Ring): number => geoArea({ type: 'Polygon', coordinates: [ring] });

/**
 * Orients one polygon's rings for d3-geo: the exterior encloses a small area,
 * each hole (taken alone) the rest of the sphere. Returns new arrays.
 */
function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => {
    const small = ringArea(ring) < HEMISPHERE;
    const wantSmall = i === 0;
    return small === wantSmall ? ring.map((p) => [...p]) : ring.map((p) => [...p]).reverse();
  });
}

export function rewindGeometry<G extends PolygonalGeometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(rewindPolygon) };
}

/** What is wrong with one feature's geometry for d3-geo, or undefined when it is fine. */
export function windingProblem(feature: Feature): string | undefined {
  const g = feature.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return `không phải vùng (${g?.type ?? 'không có hình'})`;
  const area = geoArea(feature);
  if (!(area > 0)) return 'diện tích bằng 0 (vùng bị thoái hóa khi đơn giản hóa?)';
  if (area >= HEMISPHERE) return `diện tích ${area.toFixed(3)} sr ≥ 2π: vòng bao quay ngược chiều, vùng phủ cả địa cầu`;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const [p, rings] of polygons.entries()) {
    for (const [r, ring] of rings.entries()) {
      if (ring.length < 4) return `vòng ${p}.${r} chỉ còn ${ring.length} điểm`;
      const small = ringArea(ring) < HEMISPHERE;
      if (small !== (r === 0)) return `vòng ${p}.${r} ${r === 0 ? '(ngoài)' : '(lỗ)'} quay ngược chiều`;
    }
  }
  return undefined;
}

/** Codes of the features, which are unit codes; `id` first, then `properties.code`. */
export const featureCode = (f: Feature): string => String(f.id ?? (f.properties as { code?: unknown } | null)?.code ?? '');

export interface JoinReport {
  /** Units of the level with no shape. */
  missingShapes: string[];
  /** Shapes whose code is not a unit of the level. */
  extraShapes: string[];
  /** Codes that occur on more than one shape. */
  duplicateShapes: string[];
}

/** Joins shapes to units on codes (never names). */
export function joinReport(features: readonly Feature[], unitCodes: readonly string[]): JoinReport {
  const seen = new Map<string, number>();
  for (const f of features) seen.set(featureCode(f), (seen.get(featureCode(f)) ?? 0) + 1);
  const units = new Set(unitCodes);
  return {
    missingShapes: unitCodes.filter((c) => !seen.has(c)).sort(),
    extraShapes: [...seen.keys()].filter((c) => !units.has(c)).sort(),
    duplicateShapes: [...seen.entries()].filter(([, n]) => n > 1).map(([c]) => c).sort(),
  };
}

export const joinOk = (r: JoinReport): boolean =>
  r.missingShapes.length === 0 && r.extraShapes.length === 0 && r.duplicateShapes.length === 0;

export type PolygonFeatureCollection = FeatureCollection<PolygonalGeometry>;
