/**
 * Inside an embed (/nhung/…) shown in another site's iframe: posts the content's height
 * to the host page whenever it changes (src/site/embed/resize.ts has the message and the
 * host's snippet). Nothing happens outside a frame or on a host without the snippet.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../site/embed/resize.ts';

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height, href: location.href };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.body);
  window.addEventListener('load', post);
  post();
}
