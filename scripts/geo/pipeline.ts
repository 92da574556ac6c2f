/**
 * Source GeoJSON → simplified, quantised TopoJSON per vintage and level, with every
 * check the site relies on. Pure apart from reading the source files: returns the
 * files to write (path relative to data/geo/ → text) and the problems found, so
 * the CLI, the tests and a --check run share one implementation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as topoFeature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  featureCode,
  joinOk,
  joinReport,
  levelObjectName,
  rewindGeometry,
  windingProblem,
  type GeoIndex,
  type GeoLayerEntry,
} from '../../src/domain/map/geo.ts';
import { LAYER_SOURCES, MIN_TRIANGLE_KM2, QUANTIZATION, type LayerSource } from './layers.ts';

const EARTH_RADIUS_KM = 6371.0088;
/** A simplified feature may lose or gain at most this share of its area. */
const MAX_AREA_CHANGE = 0.05;

export interface GeoBuildInput {
  sourceDir: string;
  /** Unit codes of the current release, by `${vintage}|${level}`. */
  unitCodes: (vintage: string, level: string) => string[] | undefined;
  layers?: readonly LayerSource[];
}

export interface LayerStats {
  layer: LayerSource;
  file: string;
  features: number;
  sourceVertices: number;
  arcPoints: number;
  bytes: number;
  maxAreaChange: { code: string; share: number };
}

export interface GeoBuildResult {
  /** Path relative to data/geo/ → file content. */
  files: Map<string, string>;
  problems: string[];
  stats: LayerStats[];
}

type Polygonal = Polygon | MultiPolygon;

const countVertices = (g: Polygonal): number =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);

function readSource(sourceDir: string, layer: LayerSource, problems: string[]): Feature<Polygonal>[] | undefined {
  const file = path.join(sourceDir, layer.source);
  let fc: FeatureCollection;
  try {
    fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  } catch (e) {
    problems.push(`${layer.source}: không đọc được (${(e as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const features: Feature<Polygonal>[] = [];
  for (const [i, f] of fc.features.entries()) {
    const code = (f.properties as Record<string, unknown> | null)?.[layer.codeProperty];
    if (typeof code !== 'string' || code === '') {
      problems.push(`${layer.source}: đối tượng thứ ${i} không có mã "${layer.codeProperty}"`);
      continue;
    }
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      problems.push(`${layer.source}: ${code} không phải vùng (${f.geometry?.type ?? 'không có hình'})`);
      continue;
    }
    // Only the code is kept: names, types and parents come from the release's units.json.
    features.push({ type: 'Feature', id: code, properties: null, geometry: rewindGeometry(f.geometry) });
  }
  return features.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
}

function buildLayer(layer: LayerSource, features: Feature<Polygonal>[]): Topology {
  const object = levelObjectName(layer.level);
  const topo = topology({ [object]: { type: 'FeatureCollection', features } as FeatureCollection });
  const weighted = presimplify(topo as unknown as Parameters<typeof presimplify>[0], sphericalTriangleArea);
  const simplified = simplify(weighted, MIN_TRIANGLE_KM2 / EARTH_RADIUS_KM ** 2);
  const quantised = quantize(simplified, QUANTIZATION);
  // presimplify/simplify leave weights and nulls behind in places: keep only what the format needs.
  const geometries = (quantised.objects[object] as GeometryCollection).geometries.map((g) => {
    const { properties: _properties, ...rest } = g as typeof g & { properties?: unknown };
    return rest;
  });
  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: quantised.transform,
    objects: { [object]: { type: 'GeometryCollection', geometries } as GeometryCollection },
    arcs: quantised.arcs,
  } as Topology;
}

/** Decodes one layer file back to GeoJSON features (what the site and the tests draw). */
export function decodeLayer(text: string, object: string): Feature<Polygonal>[] {
  const topo = JSON.parse(text) as Topology;
  return (topoFeature(topo, topo.objects[object] as GeometryCollection) as FeatureCollection<Polygonal>).features;
}

export function buildGeo(input: GeoBuildInput): GeoBuildResult {
  const problems: string[] = [];
  const files = new Map<string, string>();
  const stats: LayerStats[] = [];
  const entries: GeoLayerEntry[] = [];
  for (const layer of input.layers ?? LAYER_SOURCES) {
    const label = `${layer.vintage}/${levelObjectName(layer.level)}`;
    const features = readSource(input.sourceDir, layer, problems);
    if (!features) continue;

    const units = input.unitCodes(layer.vintage, layer.level);
    if (!units) {
      problems.push(`${label}: bản dữ liệu hiện hành không có thời kỳ địa giới ${layer.vintage} cấp ${layer.level}`);
    } else {
      const join = joinReport(features, units);
      if (!joinOk(join)) {
        if (join.missingShapes.length) problems.push(`${label}: đơn vị không có ranh giới: ${join.missingShapes.join(', ')}`);
        if (join.extraShapes.length) problems.push(`${label}: ranh giới không khớp đơn vị nào (theo mã): ${join.extraShapes.join(', ')}`);
        if (join.duplicateShapes.length) problems.push(`${label}: mã lặp lại: ${join.duplicateShapes.join(', ')}`);
      }
    }

    const topo = buildLayer(layer, features);
    const object = levelObjectName(layer.level);
    const text = `${JSON.stringify(topo)}\n`;
    const file = `${layer.vintage}/${object}.topo.json`;
    const decoded = decodeLayer(text, object);

    let maxAreaChange = { code: '', share: 0 };
    for (const [i, f] of decoded.entries()) {
      const code = featureCode(f);
      const problem = windingProblem(f);
      if (problem) problems.push(`${label}: ${code}: ${problem}`);
      const before = geoArea(features[i]!);
      const share = Math.abs(geoArea(f) - before) / before;
      if (share > maxAreaChange.share) maxAreaChange = { code, share };
    }
    if (maxAreaChange.share > MAX_AREA_CHANGE) {
      problems.push(`${label}: ${maxAreaChange.code} đổi ${(maxAreaChange.share * 100).toFixed(1)}% diện tích khi đơn giản hóa (tối đa ${MAX_AREA_CHANGE * 100}%)`);
    }

    files.set(file, text);
    stats.push({
      layer,
      file,
      features: decoded.length,
      sourceVertices: features.reduce((n, f) => n + countVertices(f.geometry), 0),
      arcPoints: topo.arcs.reduce((n, a) => n + a.length, 0),
      bytes: Buffer.byteLength(text),
      maxAreaChange,
    });
    entries.push({
      vintage: layer.vintage,
      level: layer.level,
      file,
      object,
      features: decoded.length,
      credit: layer.credit,
      licence: layer.licence,
      source: layer.source,
    });
  }
  const index: GeoIndex = {
    method: `TopoJSON; Visvalingam trên topology (ranh giới chung đơn giản hóa một lần), bỏ điểm có tam giác < ${MIN_TRIANGLE_KM2} km²; lượng tử hóa ${QUANTIZATION}; vòng bao theo chiều d3-geo; id = mã đơn vị.`,
    layers: entries,
  };
  files.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  files.set('README.md', readme(stats));
  return { files, problems, stats };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function readme(stats: LayerStats[]): string {
  const rows = stats.map((s) => {
    const l = s.layer;
    return `| \`${s.file}\` | ${l.level} | ${s.features} | ${s.sourceVertices} → ${s.arcPoints} | ${kb(s.bytes)} | \`${l.source}\` | ${l.licence} |`;
  });
  return `# data/geo — simplified boundaries (generated)

Made by \`scripts/build-geo.ts\` from \`sources/boundaries/\` (origin, licences and
checks of the sources: \`sources/boundaries/SOURCE.md\`). Do not edit by hand: change
the script or the sources and run it again; it writes the same bytes every time.

| file | level | features | vertices (source → arcs) | size | source | licence |
|---|---|---|---|---|---|---|
${rows.join('\n')}

No boundaries exist for vintage \`2024-12\` (1 Dec 2024 – 30 Jun 2025); its pages say so.

## Method
1. Read each source, keep only the unit code (feature \`id\`), sort by code.
2. Join on codes with the units of the current release: every unit has a shape,
   every shape a unit, no code twice. Names are never used to join.
3. Rewind rings the way d3-geo wants them (exterior clockwise, holes
   counter-clockwise on a north-up map — the opposite of RFC 7946).
4. Build a topology (topojson-server), so a border shared by two units is one arc
   and is simplified once: no gaps or slivers appear between neighbours.
5. Visvalingam simplification (topojson-simplify, spherical triangle areas): drop
   points whose triangle is under ${MIN_TRIANGLE_KM2} km².
6. Quantise to a ${QUANTIZATION} × ${QUANTIZATION} grid over the bounding box.
7. Decode the result and check every feature: area above 0 and below 2π
   steradians (a wrongly wound ring covers the globe), each ring wound correctly,
   area within ${MAX_AREA_CHANGE * 100}% of the source's.

\`index.json\` lists the layers with their credit lines, which the map pages print.

## Credits and licences
${stats.map(({ layer: l }) => `- **${l.vintage} ${l.level}** — ${l.credit} Licence: ${l.licence}. ${l.caveat}`).join('\n')}
`;
}
