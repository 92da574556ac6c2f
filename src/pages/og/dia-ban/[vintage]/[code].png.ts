/**
 * Share card of every unit page of the boundaries in force (/dia-ban/<vintage>/<code>-<slug>/;
 * units of ended periods share their period's card, ../[vintage].png.ts), drawn by unitCard
 * (src/site/share-cards.ts) and ahead of the page (src/site/images/ahead.ts).
 * The path is ogImagePathForUnit() in src/site/urls.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { drawAhead } from '../../../../site/images/ahead.ts';
import { cardResponse, renderCard } from '../../../../site/images/og-card.ts';
import { unitCard } from '../../../../site/share-cards.ts';
import { hasUnitCards } from '../../../../site/unit-share-card.ts';
import { siteData } from '../../../../site/site-data.ts';

export const getStaticPaths = (() => {
  const site = siteData();
  const units = site.dataset.vintages.filter(hasUnitCards).flatMap((v) => v.units.map((u) => ({ vintage: v.id, code: u.code })));
  drawAhead(units.map(({ vintage, code }) => () => renderCard(unitCard(site, vintage, code))));
  return units.map((props) => ({ params: props, props }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(unitCard(siteData(), props['vintage'], props['code']));
