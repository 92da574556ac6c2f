/** PLACES_PATH: the place finder's list (src/site/places.ts), loaded by its script on first use. */
import type { APIRoute } from 'astro';
import { placeList } from '../../site/places.ts';
import { siteData } from '../../site/site-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(placeList(siteData().dataset).places), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
