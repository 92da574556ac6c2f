/**
 * Paths of the share cards (Open Graph images, 1200×630 PNG) rendered at build
 * time by the endpoints under src/pages/og/. Pages put the path in their
 * <head> with the <ShareMeta> component (src/components/content/ShareMeta.astro).
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Share card of a unit page `/dia-ban/<vintage>/<code>-<slug>/`. */
export const ogImagePathForUnit = (vintage: string, code: string): string => `/og/dia-ban/${vintage}/${code}.png`;
/** Share card of a profile page `/dien-hinh/<slug>/`. */
export const ogImagePathForProfile = (slug: string): string => `/og/dien-hinh/${slug}.png`;
/** Share card of an update `/tin-tuc/<slug>/`. */
export const ogImagePathForUpdate = (slug: string): string => `/og/tin-tuc/${slug}.png`;
/** The site's own card, for pages without one of their own. */
export const OG_SITE_IMAGE = '/og/trang-web.png';
