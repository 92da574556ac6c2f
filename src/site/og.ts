/**
 * Size of the share cards (Open Graph images) rendered at build time by the
 * endpoints under src/pages/og/; their paths are in src/site/urls.ts. Pages put
 * the path in their <head> with the <ShareMeta> component
 * (src/components/content/ShareMeta.astro).
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
