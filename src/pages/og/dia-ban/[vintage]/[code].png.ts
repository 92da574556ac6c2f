/**
 * Share card of every unit page (/dia-ban/<vintage>/<code>-<slug>/): the unit,
 * its period and parent, and its latest poverty rate, marked when illustrative.
 * The path is ogImagePathForUnit() in src/site/urls.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../site/images/og-card.ts';
import { rateHundredths } from '../../../../domain/rates.ts';
import { formatDate } from '../../../../format/vi.ts';
import { og } from '../../../../i18n/content.vi.ts';
import { pct, unitLabel, unitLabelCapital } from '../../../../i18n/results.vi.ts';
import { siteData } from '../../../../site/site-data.ts';

export const getStaticPaths = (() => {
  const { dataset } = siteData();
  return dataset.vintages.flatMap((v) => v.units.map((u) => ({ params: { vintage: v.id, code: u.code }, props: { vintage: v.id, code: u.code } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset } = siteData();
  const vintage = dataset.vintage(props['vintage'])!;
  const unit = dataset.unit(vintage.id, props['code'])!;
  const parent = unit.parent ? dataset.unit(vintage.id, unit.parent) : undefined;
  const period = `${formatDate(vintage.validFrom)} – ${vintage.validTo ? formatDate(vintage.validTo) : 'nay'}`;
  const year = dataset.seriesYears(vintage.id, unit.code).at(-1);
  const figures = year !== undefined ? dataset.figures(vintage.id, unit.code, year) : undefined;
  const rate = figures && rateHundredths(figures.poor, figures.households);
  return cardResponse({
    eyebrow: og.unit,
    title: unitLabelCapital(unit),
    place: parent ? `${unitLabel(parent)} · địa giới ${period}` : `Địa giới ${period}`,
    figure: rate !== undefined && year !== undefined ? { value: pct(rate), label: og.poorRate(year) } : { value: '', label: og.noFigures },
    badge: figures?.illustrative ? og.illustrative : undefined,
    host: site?.host ?? '',
  });
};
