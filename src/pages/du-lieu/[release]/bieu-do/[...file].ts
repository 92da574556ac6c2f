/**
 * The files of each chart of /tien-do/, per release: /du-lieu/<id>/bieu-do/<chart>.csv,
 * .svg and .png (src/site/embed/embeds.ts names them). Static: written at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartEmbeds } from '../../../../site/embed/embeds.ts';
import { figureFilePaths, figureFileResponse } from '../../../../site/embed/files.ts';

export const getStaticPaths = (() => figureFilePaths(chartEmbeds)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => figureFileResponse(props);
