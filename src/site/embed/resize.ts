/**
 * Embeds that fit: every embed page (/nhung/…) tells the page around it how tall its
 * content is, with one message, and a host page that wants the iframe to fit adds the
 * snippet below once. Both are optional: without the snippet, or without JavaScript,
 * the iframe keeps its suggested height and scrolls inside.
 *
 * The message (window.postMessage from the embed to its parent, target origin "*": it
 * carries nothing but a height):
 *
 *   { type: "langson-giamngheo:height", height: <CSS pixels, integer>, href: <embed URL> }
 *
 * posted on load, whenever the content's size changes (a <details> opened, a font
 * loaded, the frame resized), and never from a page that is not in a frame.
 */
export const EMBED_HEIGHT_MESSAGE = 'langson-giamngheo:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
  href: string;
}

/**
 * The host's snippet: accepts the message only from the site's origin, and only for the
 * iframe that sent it, then sets that iframe's height. Plain ES5 so any CMS takes it.
 */
export function hostSnippet(origin: string): string {
  return `<script>
window.addEventListener('message', function (e) {
  if (e.origin !== '${origin}' || !e.data || e.data.type !== '${EMBED_HEIGHT_MESSAGE}') return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === e.source) frames[i].height = String(Math.ceil(e.data.height));
  }
});
</script>`;
}
