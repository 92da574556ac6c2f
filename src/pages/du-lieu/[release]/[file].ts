/**
 * The files of each release, served beside its page: /du-lieu/<id>/observations.csv,
 * …/units.json (the stored bytes, whose sha256 is the manifest's), datapackage.json,
 * thay-doi.json. Static: written once at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { releaseViews, type ReleaseView } from '../../../site/data/releases.ts';

export const getStaticPaths = (async () =>
  (await releaseViews()).flatMap((view) =>
    view.files.map((file) => ({ params: { release: view.entry.id, file: file.name }, props: { view, name: file.name } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { view, name } = props as { view: ReleaseView; name: string };
  const download = (await view.downloads).find((d) => d.name === name)!;
  return new Response(new Uint8Array(download.bytes), { headers: { 'Content-Type': download.mediaType } });
};
