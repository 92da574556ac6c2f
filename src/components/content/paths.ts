import { slugify } from '../../domain/slug.ts';

/** Pre-rendered place filter of the profile list: /dien-hinh/dia-ban/<vintage>/<code>-<slug>/. */
export const profilePlacePath = (vintage: string, unit: { code: string; name: string }): string =>
  `/dien-hinh/dia-ban/${vintage}/${unit.code}-${slugify(unit.name)}/`;
