/**
 * Share card of every unit page of the boundaries in force (/dia-ban/<vintage>/<code>-<slug>/;
 * units of ended periods share their period's card, ../[vintage].png.ts): the unit, its period
 * and parent, and the poverty rate the page leads with (the latest year of the vintage's
 * own figures, leadRow), marked when carried from older units or illustrative.
 * The path is ogImagePathForUnit() in src/site/urls.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../site/images/og-card.ts';
import { formatDate } from '../../../../format/local.ts';
import { og } from '../../../../i18n/content.vi.ts';
import { pct, unitLabel, unitLabelCapital } from '../../../../i18n/results.vi.ts';
import { hasUnitCards } from '../../../../site/unit-share-card.ts';
import { siteData } from '../../../../site/site-data.ts';
import { leadRow } from '../../../../site/unit-view.ts';

export const getStaticPaths = (() => {
  const { dataset } = siteData();
  return dataset.vintages
    .filter(hasUnitCards)
    .flatMap((v) => v.units.map((u) => ({ params: { vintage: v.id, code: u.code }, props: { vintage: v.id, code: u.code } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site: host }) => {
  const site = siteData();
  const { dataset } = site;
  const vintage = dataset.vintage(props['vintage'])!;
  const unit = dataset.unit(vintage.id, props['code'])!;
  const parent = unit.parent ? dataset.unit(vintage.id, unit.parent) : undefined;
  const from = formatDate(vintage.validFrom);
  const row = leadRow(site, vintage.id, unit);
  const carried = Boolean(row?.figures.carried);
  return cardResponse({
    eyebrow: og.unit,
    title: unitLabelCapital(unit),
    place: parent ? og.parentAndBoundaries(unitLabel(parent), from) : og.boundaries(from),
    figure: row && row.poorRate !== undefined ? { value: pct(row.poorRate), label: carried ? og.poorRateCarried(row.year) : og.poorRate(row.year) } : { value: '', label: og.noFigures },
    badge: row?.figures.illustrative ? (carried ? og.illustrativeCarried : og.illustrative) : carried ? og.carried : undefined,
    host: host?.host ?? '',
  });
};
