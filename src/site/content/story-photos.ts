/**
 * Photos as the site offers them: never wider than a phone at three pixels per point needs
 * (1080), in three sizes for the browser to choose from. A camera's 4000-pixel photo is
 * several megabytes; a reader on a mountain connection gets the 360-pixel one on a phone.
 * The profile's photo (src/pages/dien-hinh/[slug].astro) and every photo in a story, an
 * update or a page (photoSizes, the Markdown processor's plugin in astro.config.mjs) use them.
 */
import { defineHastPlugin } from 'satteri';
import { isRelativePath } from '../../domain/content/images.ts';

export const PHOTO = {
  width: 1080,
  widths: [360, 720, 1080],
  /** The text column is at most 40rem wide from 48rem of screen up; the whole screen below that. */
  sizes: '(min-width: 48rem) 40rem, 100vw',
} as const;

/**
 * Gives each photo in Markdown the sizes above before Astro's image marker reads its
 * attributes: Astro passes them to getImage, which then writes the resized files, the
 * srcset and the width and height (no layout shift as the photo arrives).
 */
export const photoSizes = defineHastPlugin({
  name: 'photo-sizes',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.['src'];
      if (typeof src !== 'string' || !isRelativePath(src)) return;
      ctx.setProperty(node, 'width', PHOTO.width);
      ctx.setProperty(node, 'widths', [...PHOTO.widths]);
      ctx.setProperty(node, 'sizes', PHOTO.sizes);
    },
  },
});
