/** The site's own share card, for pages without one of their own. */
import type { APIRoute } from 'astro';
import { cardResponse } from '../../site/images/og-card.ts';
import { vi } from '../../i18n/vi.ts';

export const GET: APIRoute = async ({ site }) =>
  cardResponse({
    eyebrow: vi.site.period,
    title: vi.site.movement,
    place: 'Số liệu hộ nghèo, tiêu chí thi đua, điển hình tiên tiến',
    host: site?.host ?? '',
  });
