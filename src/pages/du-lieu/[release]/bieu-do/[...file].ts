/**
 * The files of each chart of /tien-do/, per release: /du-lieu/<id>/bieu-do/<chart>.csv,
 * .svg and .png (src/components/embed/embeds.ts names them). Static: written at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartEmbeds, embedReleases, type EmbedRelease, type FigureEmbed, type FileExt } from '../../../../components/embed/embeds.ts';
import { figureFile, MEDIA_TYPES } from '../../../../components/embed/files.ts';

export const getStaticPaths = (() =>
  embedReleases().flatMap((release) =>
    chartEmbeds(release).flatMap((figure) =>
      figure.files.map((ext) => ({ params: { release: release.entry.id, file: `${figure.slug}.${ext}` }, props: { release, figure, ext } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { release, figure, ext } = props as { release: EmbedRelease; figure: FigureEmbed; ext: FileExt };
  const bytes = figureFile(release, figure, ext, site ?? new URL('https://giamngheo.langson.example'));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': MEDIA_TYPES[ext] } });
};
