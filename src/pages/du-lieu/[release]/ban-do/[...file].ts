/**
 * The files of each view of the map explorer, per release:
 * /du-lieu/<id>/ban-do/<vintage>/<huyen|xa>/<indicator>/<year>.csv, and .svg and .png
 * when the vintage has boundaries (src/components/embed/embeds.ts names them).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedReleases, mapEmbeds, type EmbedRelease, type FigureEmbed, type FileExt } from '../../../../components/embed/embeds.ts';
import { figureFile, MEDIA_TYPES } from '../../../../components/embed/files.ts';

export const getStaticPaths = (() =>
  embedReleases().flatMap((release) =>
    mapEmbeds(release).flatMap((figure) =>
      figure.files.map((ext) => ({ params: { release: release.entry.id, file: `${figure.slug}.${ext}` }, props: { release, figure, ext } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { release, figure, ext } = props as { release: EmbedRelease; figure: FigureEmbed; ext: FileExt };
  const bytes = figureFile(release, figure, ext, site ?? new URL('https://giamngheo.langson.example'));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': MEDIA_TYPES[ext] } });
};
