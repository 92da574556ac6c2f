/** Share card of each update. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentData } from '../../../site/content/data.ts';
import { cardResponse } from '../../../site/images/og-card.ts';
import { formatDate } from '../../../format/local.ts';
import { og } from '../../../i18n/content.vi.ts';

export const getStaticPaths = (async () => {
  const { updates } = await contentData();
  return updates.map((u) => ({ params: { slug: u.slug }, props: { slug: u.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { updates } = await contentData();
  const u = updates.find((x) => x.slug === props['slug'])!;
  return cardResponse({
    eyebrow: og.update,
    title: u.entry.data.title,
    place: formatDate(u.entry.data.publishedAt),
    figure: u.keyFigure && !u.entry.data.title.includes(u.keyFigure) ? { value: u.keyFigure, label: '' } : undefined,
    text: u.entry.data.summary,
    badge: u.entry.data.sample ? og.illustrative : undefined,
    host: site?.host ?? '',
  });
};
