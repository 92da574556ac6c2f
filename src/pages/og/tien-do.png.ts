/** Share card of /tien-do/: the province's latest poverty rate against the plan. */
import type { APIRoute } from 'astro';
import { provinceSeries } from '../../domain/progress.ts';
import { cardResponse } from '../../site/images/og-card.ts';
import { siteData } from '../../site/site-data.ts';
import { og } from '../../i18n/content.vi.ts';
import { pct } from '../../i18n/results.vi.ts';
import { share } from '../../i18n/share.vi.ts';
import { vi } from '../../i18n/vi.ts';

export const GET: APIRoute = async ({ site }) => {
  const latest = provinceSeries(siteData().dataset).at(-1);
  return cardResponse({
    eyebrow: share.progress,
    title: share.progressTitle,
    place: vi.site.period,
    figure: latest?.poorRate !== undefined ? { value: pct(latest.poorRate), label: share.progressFigure(latest.year) } : undefined,
    badge: latest?.figures.illustrative ? og.illustrative : undefined,
    host: site?.host ?? '',
  });
};
