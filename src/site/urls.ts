import { slugify } from '../domain/slug.ts';
import type { Unit } from '../domain/schemas/index.ts';

/** docs/routes.md: the stable permalink of one unit of one vintage. */
export const unitPath = (vintage: string, unit: Pick<Unit, 'code' | 'name'>): string =>
  `/dia-ban/${vintage}/${unit.code}-${slugify(unit.name)}/`;

export const releasePath = (releaseId: string): string => `/du-lieu/${releaseId}/`;
export const profilePath = (slug: string): string => `/dien-hinh/${slug}/`;
export const updatePath = (slug: string): string => `/tin-tuc/${slug}/`;
