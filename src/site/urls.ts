/**
 * Every route the site builds links to, in one place: a page, a component or a
 * script that needs a path asks here, and src/domain builds none. The paths are
 * public: changing one breaks links from other sites, printed papers and embeds.
 */
import { slugify } from '../domain/slug.ts';
import type { MapIndicatorId } from '../domain/map/classes.ts';
import type { MapView } from '../domain/map/explorer.ts';
import type { GeoLevel } from '../domain/map/geo.ts';
import type { Unit } from '../domain/schemas/index.ts';

/** docs/routes.md: the stable permalink of one unit of one vintage. */
export const unitPath = (vintage: string, unit: Pick<Unit, 'code' | 'name'>): string =>
  `/dia-ban/${vintage}/${unit.code}-${slugify(unit.name)}/`;

export const releasePath = (releaseId: string): string => `/du-lieu/${releaseId}/`;

// ------------------------------------------------------- the plan and its results --

/** The plan's full text; each section has a stable anchor (`ii-1`, `iv-1-dd`, src/domain/plan.ts). */
export const PLAN_PATH = '/ke-hoach/';
export const planSectionPath = (anchor: string): string => `${PLAN_PATH}#${anchor}`;
/** A criterion, quantitative or assessed from dossiers, explained with its results on /tieu-chi/. */
export const criterionPath = (id: string): string => `/tieu-chi/#tc-${id}`;
export const dossierCriterionPath = criterionPath;
/** A province target's yearly results on /tien-do/. */
export const targetPath = (id: string): string => `/tien-do/#target-${id}`;
/** Every recognition, by form of award and year. */
export const AWARDS_PATH = '/khen-thuong/';
/** The recognitions made under one form of award, on /khen-thuong/. */
export const awardSectionPath = (slug: string): string => `${AWARDS_PATH}#${slug}`;
export const profilePath = (slug: string): string => `/dien-hinh/${slug}/`;
export const updatePath = (slug: string): string => `/tin-tuc/${slug}/`;

/** Pre-rendered place filter of the profile list: /dien-hinh/dia-ban/<vintage>/<code>-<slug>/. */
export const profilePlacePath = (vintage: string, unit: { code: string; name: string }): string =>
  `/dien-hinh/dia-ban/${vintage}/${unit.code}-${slugify(unit.name)}/`;

/**
 * The methodology page's section on carried figures: the id Astro gives its heading
 * "Số liệu quy đổi theo địa giới mới" (content/pages/phuong-phap). Renaming the heading
 * changes the id; npm run check:links finds the broken anchor.
 */
export const CARRIED_METHOD_PATH = '/phuong-phap/#số-liệu-quy-đổi-theo-địa-giới-mới';

export const updatesPagePath = (page: number): string => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/trang/${page}/`);
export const tagPath = (slug: string): string => `/tin-tuc/chu-de/${slug}/`;

// ------------------------------------------------------------------ open data --

export const boundaryPath = (name: string): string => `/du-lieu/ranh-gioi/${name}`;
export const downloadPath = (releaseId: string, name: string): string => `${releasePath(releaseId)}${name}`;

// ------------------------------------------------------------------------ map --

export const LEVEL_SLUGS: Record<GeoLevel, string> = { district: 'huyen', commune: 'xa' };

/** Public URL segments of the map views: changing one breaks links. */
export const INDICATOR_SLUGS: Record<MapIndicatorId, string> = {
  'poor-rate': 'ty-le-ho-ngheo',
  'near-poor-rate': 'ty-le-ho-can-ngheo',
  reduction: 'muc-giam-ty-le-ho-ngheo',
  'scale-reduction': 'giam-ho-ngheo-va-can-ngheo',
  criteria: 'dat-tieu-chi',
};

/** A view of the map explorer: `/ban-do/<vintage>/<huyen|xa>/<indicator slug>/<year>/`. */
export const mapPath = (v: MapView): string => `/ban-do/${mapSlug(v)}/`;

/** A map view's part of its page, embed and file paths. */
export const mapSlug = (view: MapView): string =>
  `${view.vintage}/${LEVEL_SLUGS[view.level]}/${INDICATOR_SLUGS[view.indicator]}/${view.year}`;

// --------------------------------------------------------- embeds and files --

export type FigureKind = 'bieu-do' | 'ban-do';
export type FileExt = 'csv' | 'svg' | 'png';

/** The embed page: live when `releaseId` is absent, else pinned to that release. */
export const embedPath = (kind: FigureKind, slug: string, releaseId?: string): string =>
  `/nhung/${releaseId ? `${releaseId}/` : ''}${kind}/${slug}/`;

export const figureFilePath = (releaseId: string, kind: FigureKind, slug: string, ext: FileExt): string =>
  `/du-lieu/${releaseId}/${kind}/${slug}.${ext}`;

// ---------------------------------------------------------------- share cards --

/** Share card of a unit page `/dia-ban/<vintage>/<code>-<slug>/`. */
export const ogImagePathForUnit = (vintage: string, code: string): string => `/og/dia-ban/${vintage}/${code}.png`;
/** Share card of a profile page `/dien-hinh/<slug>/`. */
export const ogImagePathForProfile = (slug: string): string => `/og/dien-hinh/${slug}.png`;
/** Share card of an update `/tin-tuc/<slug>/`. */
export const ogImagePathForUpdate = (slug: string): string => `/og/tin-tuc/${slug}.png`;
/** The site's own card, for pages without one of their own. */
export const OG_SITE_IMAGE = '/og/trang-web.png';
