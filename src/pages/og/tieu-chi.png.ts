/** Share card of /tieu-chi/: how many evaluations met the plan's criteria. */
import type { APIRoute } from 'astro';
import { cardResponse } from '../../site/images/og-card.ts';
import { siteData } from '../../site/site-data.ts';
import { formatInt } from '../../format/local.ts';
import { og } from '../../i18n/content.vi.ts';
import { share } from '../../i18n/share.vi.ts';
import { vi } from '../../i18n/vi.ts';

export const GET: APIRoute = async ({ site }) => {
  const { evaluations, demo } = siteData();
  const met = evaluations.filter((e) => e.met).length;
  return cardResponse({
    eyebrow: share.criteria,
    title: share.criteriaTitle,
    place: vi.site.period,
    figure: evaluations.length > 0 ? { value: formatInt(met), label: share.criteriaFigure(met, evaluations.length) } : undefined,
    badge: demo ? og.illustrative : undefined,
    host: site?.host ?? '',
  });
};
