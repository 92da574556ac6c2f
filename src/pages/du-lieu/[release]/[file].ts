/**
 * The files of each release, served beside its page: /du-lieu/<id>/observations.csv,
 * …/units.json (the stored bytes, whose sha256 is the manifest's), datapackage.json,
 * thay-doi.json. Static: written once at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { releaseViews } from '../../../site/data/releases.ts';
import type { Download } from '../../../domain/export/downloads.ts';

export const getStaticPaths = (async () =>
  (await releaseViews()).flatMap((view) =>
    view.downloads.map((download) => ({ params: { release: view.entry.id, file: download.name }, props: { download } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { download } = props as { download: Download };
  return new Response(new Uint8Array(download.bytes), { headers: { 'Content-Type': download.mediaType } });
};
