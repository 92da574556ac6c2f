/**
 * Share card of every map view (/ban-do/<vintage>/<huyen|xa>/<indicator>/<year>/), drawn by
 * mapCard (src/site/share-cards.ts) and ahead of the page (src/site/images/ahead.ts). Cached
 * with every card (src/site/images/png.ts): only views whose figures changed are drawn again.
 * The path is ogImagePathForMap() in src/site/urls.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { MapView } from '../../../domain/map/explorer.ts';
import { mapEmbeds } from '../../../site/embed/embeds.ts';
import { drawAhead } from '../../../site/images/ahead.ts';
import { cardResponse, renderCard } from '../../../site/images/og-card.ts';
import { mapCard } from '../../../site/share-cards.ts';
import { mapSlug } from '../../../site/urls.ts';

export const getStaticPaths = (() => {
  const views = mapEmbeds().map((m) => m.view);
  drawAhead(views.map((view) => () => renderCard(mapCard(view))));
  return views.map((view) => ({ params: { file: `${mapSlug(view)}.png` }, props: { view } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(mapCard((props as { view: MapView }).view));
