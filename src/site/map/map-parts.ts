/**
 * The parts of the map layers too large for one page (src/domain/map/parts.ts), with their
 * slugs and labels (a district's, or the first and last of a run of districts): every view of
 * a split layer has the same parts, each a page of its own at mapPartPath(view, slug).
 * Lạng Sơn's layers are within MAP_PART_MAX and have none.
 */
import { mapParts, type MapPart } from '../../domain/map/parts.ts';
import { layerOf, type MapLayer, type MapView } from '../../domain/map/explorer.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { currentLang } from '../../i18n/current.ts';
import { explorer as t } from '../../i18n/map.ts';
import { unitLabelCapital } from '../../i18n/results.ts';
import { districtPartSlug, pagePartSlug } from '../urls.ts';

export interface LayerPart extends MapPart {
  slug: string;
  label: string;
  /** A run's districts, named in its order, for finding one's own in the list of parts; empty for one district or a page. */
  districtNames: string;
}

// By language, dataset and layer: labels are words of the page.
const memo = new WeakMap<Dataset, Map<string, LayerPart[]>>();

/** A layer's parts, runs of districts first then pages; empty when the layer fits on one view. */
export function layerParts(dataset: Dataset, layer: MapLayer): LayerPart[] {
  const made = memo.get(dataset) ?? new Map<string, LayerPart[]>();
  memo.set(dataset, made);
  const key = `${currentLang()}|${layer.vintage.id}|${layer.level}`;
  let parts = made.get(key);
  if (!parts) {
    parts = mapParts(dataset, layer).map((part) => {
      const [firstDistrict, ...others] = part.districts;
      if (firstDistrict) {
        // Named after its first district: the runs of a vintage's layer stay as they are, since its units do.
        const label = others.length === 0 ? unitLabelCapital(firstDistrict) : t.districtsPart(unitLabelCapital(firstDistrict), unitLabelCapital(others.at(-1)!), part.districts.length);
        const districtNames = others.length === 0 ? '' : part.districts.map(unitLabelCapital).join(', ');
        return { ...part, slug: districtPartSlug(firstDistrict), label, districtNames };
      }
      const first = dataset.unit(layer.vintage.id, part.codes[0]!)!;
      const last = dataset.unit(layer.vintage.id, part.codes.at(-1)!)!;
      return { ...part, slug: pagePartSlug(part.page!), label: t.pagePart(part.page!, unitLabelCapital(first), unitLabelCapital(last)), districtNames: '' };
    });
    made.set(key, parts);
  }
  return parts;
}

const byCode = new WeakMap<LayerPart[], Map<string, LayerPart>>();

/** The part of a split layer holding a unit; undefined when the layer is whole. */
export function layerPartOf(dataset: Dataset, layer: MapLayer, code: string): LayerPart | undefined {
  const parts = layerParts(dataset, layer);
  let index = byCode.get(parts);
  if (!index) byCode.set(parts, (index = new Map(parts.flatMap((p) => p.codes.map((c) => [c, p] as const)))));
  return index.get(code);
}

/** Every (view, part) to pre-render. */
export function partViews(dataset: Dataset, layers: readonly MapLayer[], views: readonly MapView[]): { view: MapView; part: LayerPart }[] {
  return views.flatMap((view) => layerParts(dataset, layerOf(layers, view)!).map((part) => ({ view, part })));
}
