/**
 * The share cards there are many of, as the routes under /og/ draw them: one per unit of the
 * boundaries in force and one per map view. The routes and the drawing ahead of them
 * (images/ahead.ts) build each card here, so both give the same card, and the same cache key.
 */
import { SITE_URL } from '../config.ts';
import type { CardInput } from './images/og-card.ts';
import type { MapView } from '../domain/map/explorer.ts';
import { formatDate } from '../format/local.ts';
import { og } from '../i18n/content.vi.ts';
import { explorer, layerLabel } from '../i18n/map.vi.ts';
import { pct, unitLabel, unitLabelCapital } from '../i18n/results.vi.ts';
import { share } from '../i18n/share.vi.ts';
import { mapEmbed } from './embed/embeds.ts';
import { mapMarks, patternDefs } from './embed/map-svg.ts';
import type { SiteData } from './site-data.ts';
import { leadRow } from './unit-view.ts';

/** The host printed at the bottom of every card: the site's own (Astro's `site` is SITE_URL). */
const HOST = new URL(SITE_URL).host;

/**
 * A unit of the boundaries in force: its period and parent, and the poverty rate its page
 * leads with (the latest year of the vintage's own figures, leadRow), marked when carried
 * from older units or illustrative.
 */
export function unitCard(site: SiteData, vintageId: string, code: string): CardInput {
  const { dataset } = site;
  const vintage = dataset.vintage(vintageId)!;
  const unit = dataset.unit(vintage.id, code)!;
  const parent = unit.parent ? dataset.unit(vintage.id, unit.parent) : undefined;
  const from = formatDate(vintage.validFrom);
  const row = leadRow(site, vintage.id, unit);
  const carried = Boolean(row?.figures.carried);
  return {
    eyebrow: og.unit,
    title: unitLabelCapital(unit),
    place: parent ? og.parentAndBoundaries(unitLabel(parent), from) : og.boundaries(from),
    figure: row && row.poorRate !== undefined ? { value: pct(row.poorRate), label: carried ? og.poorRateCarried(row.year) : og.poorRate(row.year) } : { value: '', label: og.noFigures },
    badge: row?.figures.illustrative ? (carried ? og.illustrativeCarried : og.illustrative) : carried ? og.carried : undefined,
    host: HOST,
  };
}

/** A map view: its heading and layer beside a thumbnail of that map, drawn from the same areas as the view's SVG download. */
export function mapCard(view: MapView): CardInput {
  const { model, layer } = mapEmbed(view);
  const label = layerLabel(layer);
  const drawing = model.drawing;
  return {
    eyebrow: share.map,
    title: explorer.heading(view.indicator, view.year),
    place: `${label.name} · ${label.period}`,
    badge: model.summary.illustrative > 0 ? og.illustrative : undefined,
    host: HOST,
    art: drawing
      ? { svg: mapMarks(model), width: drawing.width, height: drawing.height, ...(model.patterns.length > 0 ? { defs: patternDefs(model.patterns) } : {}) }
      : undefined,
  };
}
