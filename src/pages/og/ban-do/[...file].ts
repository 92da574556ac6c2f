/**
 * Share card of every map view (/ban-do/<vintage>/<huyen|xa>/<indicator>/<year>/): its
 * heading and layer beside a thumbnail of that map, drawn from the same areas as the
 * view's SVG download. Cached with every card (src/site/images/png.ts): only views whose
 * figures changed are drawn again. The path is ogImagePathForMap() in src/site/urls.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mapEmbed, mapEmbeds } from '../../../site/embed/embeds.ts';
import { mapMarks, patternDefs } from '../../../site/embed/map-svg.ts';
import { cardResponse } from '../../../site/images/og-card.ts';
import type { MapView } from '../../../domain/map/explorer.ts';
import { og } from '../../../i18n/content.vi.ts';
import { explorer, layerLabel } from '../../../i18n/map.vi.ts';
import { share } from '../../../i18n/share.vi.ts';
import { mapSlug } from '../../../site/urls.ts';

export const getStaticPaths = (() => mapEmbeds().map((m) => ({ params: { file: `${mapSlug(m.view)}.png` }, props: { view: m.view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { view } = props as { view: MapView };
  const { model, layer } = mapEmbed(view);
  const label = layerLabel(layer);
  const drawing = model.drawing;
  return cardResponse({
    eyebrow: share.map,
    title: explorer.heading(view.indicator, view.year),
    place: `${label.name} · ${label.period}`,
    badge: model.summary.illustrative > 0 ? og.illustrative : undefined,
    host: site?.host ?? '',
    art: drawing
      ? { svg: mapMarks(model), width: drawing.width, height: drawing.height, ...(model.patterns.length > 0 ? { defs: patternDefs(model.patterns) } : {}) }
      : undefined,
  });
};
