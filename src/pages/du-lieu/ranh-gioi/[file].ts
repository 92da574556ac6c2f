/** Boundaries of data/geo as GeoJSON downloads, with their licences inside. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { boundaryDownloads } from '../../../site/data/releases.ts';
import type { BoundaryDownload } from '../../../domain/export/boundaries.ts';

export const getStaticPaths = (() =>
  boundaryDownloads().map((boundary) => ({ params: { file: boundary.name }, props: { boundary } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { boundary } = props as { boundary: BoundaryDownload };
  return new Response(new Uint8Array(boundary.bytes), { headers: { 'Content-Type': 'application/geo+json' } });
};
