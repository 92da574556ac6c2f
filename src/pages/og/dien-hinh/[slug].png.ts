/** Share card of each profile page (only what its subject agreed to show). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentData } from '../../../site/content/data.ts';
import { cardResponse } from '../../../site/images/og-card.ts';
import { og } from '../../../i18n/content.vi.ts';

export const getStaticPaths = (async () => {
  const { profiles } = await contentData();
  return profiles.filter((p) => p.path).map((p) => ({ params: { slug: p.slug }, props: { slug: p.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { profiles } = await contentData();
  const p = profiles.find((x) => x.slug === props['slug'])!;
  const award = p.awards[0];
  return cardResponse({
    eyebrow: `${og.profile} · ${p.kindLabel}`,
    title: p.displayTitle,
    place: [p.place?.label, award?.award].filter(Boolean).join(' · ') || undefined,
    // The story's first bold figure, unless the title already says it.
    figure: p.keyFigure && !p.displayTitle.includes(p.keyFigure) ? { value: p.keyFigure, label: '' } : undefined,
    text: p.summary,
    badge: p.sample ? og.sample : undefined,
    host: site?.host ?? '',
  });
};
