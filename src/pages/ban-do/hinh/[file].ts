/** MAP_SHAPES_DIR: each map layer's boundaries, drawn by its views and embeds with <use> (src/site/map/shapes-file.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { MAP_SHAPES_DIR } from '../../../site/urls.ts';
import { allShapesFiles, type ShapesFile } from '../../../site/map/shapes-file.ts';

export const getStaticPaths = (() =>
  allShapesFiles().map((shapes) => ({ params: { file: shapes.path.slice(MAP_SHAPES_DIR.length) }, props: { shapes } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { shapes } = props as { shapes: ShapesFile };
  return new Response(shapes.body, { headers: { 'Content-Type': 'image/svg+xml' } });
};
