/**
 * Share card of the unit pages of an ended boundary period (/dia-ban/<vintage>/…/): the
 * period, not the unit (see src/site/unit-share-card.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../site/images/og-card.ts';
import { formatDate } from '../../../format/local.ts';
import { og } from '../../../i18n/content.vi.ts';
import { periodHeading } from '../../../i18n/vintage.vi.ts';
import { hasUnitCards } from '../../../site/unit-share-card.ts';
import { siteData } from '../../../site/site-data.ts';

export const getStaticPaths = (() =>
  siteData()
    .dataset.vintages.filter((v) => !hasUnitCards(v))
    .map((v) => ({ params: { vintage: v.id }, props: { vintage: v.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site: host }) => {
  const vintage = siteData().dataset.vintage(props['vintage'])!;
  return cardResponse({
    eyebrow: og.unit,
    title: periodHeading(vintage),
    place: og.boundaries(formatDate(vintage.validFrom), formatDate(vintage.validTo!)),
    text: og.formerUnits,
    host: host?.host ?? '',
  });
};
