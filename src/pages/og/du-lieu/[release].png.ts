/** Share card of each release page (/du-lieu/<release>/); the path is ogImagePathForRelease(). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReleaseView } from '../../../site/data/releases.ts';
import { releaseViews } from '../../../site/data/releases.ts';
import { cardResponse } from '../../../site/images/og-card.ts';
import { formatInt } from '../../../format/local.ts';
import { og } from '../../../i18n/content.vi.ts';
import { share } from '../../../i18n/share.vi.ts';

export const getStaticPaths = (async () => (await releaseViews()).map((view) => ({ params: { release: `${view.entry.id}` }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry, snapshot } = (props as { view: ReleaseView }).view;
  return cardResponse({
    eyebrow: share.release,
    title: entry.title,
    place: share.releasePlace(entry.id, entry.publishedAt),
    figure: { value: formatInt(snapshot.observations.observations.length), label: share.releaseFigure },
    badge: entry.status === 'demo' ? og.illustrative : undefined,
    host: site?.host ?? '',
  });
};
