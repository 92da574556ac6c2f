/**
 * The map pages' view of the build: the release's data and engine (siteData), the
 * boundary layers of the data root, every pre-rendered view and the default one.
 * Computed once per build. The data root is the build's (src/config.ts), like siteData()'s, so a
 * fixture without `geo/` builds pages that say no boundaries exist.
 */
import { buildSettings } from '../../config.ts';
import { siteData, type SiteData } from '../site-data.ts';
import { mapPartPath, unitPath } from '../urls.ts';
import { allViews, defaultView, layerOf, mapLayers, viewOn, type MapLayer, type MapView } from '../../domain/map/explorer.ts';
import { areasFrame, loadGeoIndex, loadLayer, sharedFrame } from '../../domain/map/load.ts';
import { buildMapModel, type MapModel } from '../../domain/map/model.ts';
import type { MapContext } from '../../domain/map/values.ts';
import { layerPartOf, layerParts, type LayerPart } from './map-parts.ts';

/** Width of the explorer's viewBox; the height follows from the province's shape. */
export const EXPLORER_WIDTH = 600;

export interface MapSite {
  site: SiteData;
  dataRoot: string;
  ctx: MapContext;
  layers: MapLayer[];
  views: MapView[];
  defaultView: MapView | undefined;
}

let cached: MapSite | undefined;

export function mapSite(): MapSite {
  if (cached) return cached;
  const site = siteData();
  const { dataRoot } = buildSettings();
  const ctx: MapContext = { dataset: site.dataset, engine: site.engine, carriedEngine: site.carriedEngine };
  const layers = mapLayers(ctx, loadGeoIndex(dataRoot)?.layers ?? []);
  cached = { site, dataRoot, ctx, layers, views: allViews(layers), defaultView: defaultView(layers) };
  return cached;
}

const models = new Map<string, MapModel>();

/**
 * The model of one explorer view, with its drawing when the layer has boundaries; of one part
 * of it when its layer is split (a split layer's whole view is not drawn: its page lists the
 * parts). Computed once per view and part: the page, its English twin, its embed and its files
 * all show it, and a model has no words in it (src/domain/map/model.ts).
 */
export function explorerModel(view: MapView, part?: LayerPart): MapModel {
  const key = `${view.vintage}|${view.level}|${view.indicator}|${view.year}|${part?.slug ?? ''}`;
  let model = models.get(key);
  if (!model) models.set(key, (model = buildExplorerModel(view, part)));
  return model;
}

function buildExplorerModel(view: MapView, part: LayerPart | undefined): MapModel {
  const m = mapSite();
  return viewModel(m.ctx, m.dataRoot, layerOf(m.layers, view)!, view, part);
}

/**
 * The model of a view of one release's data (the explorer's, or an older release's for its
 * pinned embeds), drawn in the explorer's frame when the layer has boundaries. A split
 * layer's whole view is not drawn; one of its parts is, in a frame of its own.
 */
export function viewModel(ctx: MapContext, dataRoot: string, layer: MapLayer, view: MapView, part?: LayerPart): MapModel {
  const drawn = layer.geo && (part !== undefined || layerParts(ctx.dataset, layer).length === 0);
  const loaded = drawn ? loadLayer(dataRoot, view.vintage, view.level) : undefined;
  // A part fills the map with its own areas; a whole layer keeps the frame all layers share.
  const frame = loaded ? (part ? areasFrame(dataRoot, view.vintage, view.level, part.codes, EXPLORER_WIDTH) : sharedFrame(dataRoot, EXPLORER_WIDTH)) : undefined;
  return buildMapModel({
    ctx,
    layer,
    view,
    href: unitPath,
    ...(loaded && frame ? { shapes: { layer: loaded, frame, decimals: 1 } } : {}),
    ...(part ? { codes: part.codes } : {}),
  });
}

/**
 * Where a unit is on the map when its layer is split into parts: the part holding it, in the
 * layer's view of the latest poverty rate (or its first indicator). Undefined when its layer
 * is shown whole (every Lạng Sơn layer): the unit page then adds nothing.
 */
export function unitMapPart(vintage: string, code: string): { path: string; label: string } | undefined {
  const m = mapSite();
  const unit = m.site.dataset.unit(vintage, code);
  if (!unit || (unit.level !== 'district' && unit.level !== 'commune')) return undefined;
  const layer = layerOf(m.layers, { vintage, level: unit.level });
  const part = layer && layerPartOf(m.site.dataset, layer, code);
  const view = layer && viewOn(layer, { indicator: 'poor-rate' });
  return part && view ? { path: mapPartPath(view, part.slug), label: part.label } : undefined;
}
