/**
 * A map layer's boundaries as one SVG file of its own, which every map view and map
 * embed of the layer draws with <use href="<file>#u<code>">: the shapes are the same in
 * every indicator and year (and in the pinned embeds of every release), so a reader who
 * opens a second view, or a second embed in the same article, takes them from the cache,
 * and the HTML of each view carries only its links, names, colours and table. The file's
 * name holds a hash of its bytes: a page never meets shapes of another build, and the file
 * can be cached for good. A split layer (map-parts.ts) has one file per part, so a part's
 * page loads only the part's shapes.
 *
 * Works without JavaScript; the shapes keep their links' accessible names, since those
 * are on the <a> around each <use>. What the file holds is not styled by the page's CSS
 * (a <use>'s copy only inherits), so each path carries the one property that does not
 * inherit, vector-effect.
 */
import { createHash } from 'node:crypto';
import { sameLayer, type MapLayer, type MapView } from '../../domain/map/explorer.ts';
import { mapShapesPath } from '../urls.ts';
import { explorerModel, mapSite } from './map-site.ts';
import { layerParts, type LayerPart } from './map-parts.ts';

export interface ShapesFile {
  /** Its URL path, with the hash of its bytes in the name. */
  path: string;
  body: string;
  /** Path data by unit code: a page draws an area from the file only when its own data is the same. */
  areas: ReadonlyMap<string, string>;
  outline: string;
  parentBorders?: string;
}

export const AREA_ID_PREFIX = 'u';
export const OUTLINE_ID = 'vien';
export const BORDERS_ID = 'ranh-gioi-cap-tren';

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const shapePath = (id: string, d: string) => `<path id="${escapeAttr(id)}" d="${d}" vector-effect="non-scaling-stroke"/>\n`;

const made = new Map<string, ShapesFile | undefined>();

/** The file a view (or one part of a split view) draws its areas from; undefined when the layer has no boundaries. */
export function shapesFileFor(view: Pick<MapView, 'vintage' | 'level'>, part?: LayerPart): ShapesFile | undefined {
  const key = `${view.vintage}|${view.level}|${part?.slug ?? ''}`;
  if (!made.has(key)) made.set(key, makeShapesFile(view, part));
  return made.get(key);
}

/** Every layer's file (every part's, for a split layer): what the build writes. */
export function allShapesFiles(): ShapesFile[] {
  const m = mapSite();
  return m.layers.flatMap((layer: MapLayer) => {
    const parts = layerParts(m.site.dataset, layer);
    const files = parts.length > 0 ? parts.map((part) => shapesFileFor({ vintage: layer.vintage.id, level: layer.level }, part)) : [shapesFileFor({ vintage: layer.vintage.id, level: layer.level })];
    return files.filter((f) => f !== undefined);
  });
}

/**
 * The shapes of every view of the layer in the current release, in the order the views
 * draw them; the first view's outline and borders (every view draws the same ones).
 */
function makeShapesFile(layerOf: Pick<MapView, 'vintage' | 'level'>, part: LayerPart | undefined): ShapesFile | undefined {
  const models = mapSite()
    .views.filter((v) => sameLayer(v, layerOf))
    .map((v) => explorerModel(v, part));
  const drawing = models.find((m) => m.drawing)?.drawing;
  if (!drawing) return undefined;
  const areas = new Map<string, string>();
  for (const model of models) for (const a of model.areas) if (a.d && !areas.has(a.code)) areas.set(a.code, a.d);
  const body =
    '<svg xmlns="http://www.w3.org/2000/svg">\n' +
    [...areas].map(([code, d]) => shapePath(`${AREA_ID_PREFIX}${code}`, d)).join('') +
    shapePath(OUTLINE_ID, drawing.outline) +
    (drawing.parentBorders !== undefined ? shapePath(BORDERS_ID, drawing.parentBorders) : '') +
    '</svg>\n';
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return {
    path: mapShapesPath(layerOf, part?.slug, hash),
    body,
    areas,
    outline: drawing.outline,
    ...(drawing.parentBorders !== undefined ? { parentBorders: drawing.parentBorders } : {}),
  };
}
