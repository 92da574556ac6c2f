/**
 * The files of each view of the map explorer, per release:
 * /du-lieu/<id>/ban-do/<vintage>/<huyen|xa>/<indicator>/<year>.csv, and .svg and .png
 * when the vintage has boundaries (src/site/embed/embeds.ts names them).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mapEmbeds } from '../../../../site/embed/embeds.ts';
import { figureFilePaths, figureFileResponse } from '../../../../site/embed/files.ts';

export const getStaticPaths = (() => figureFilePaths(mapEmbeds)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => figureFileResponse(props);
