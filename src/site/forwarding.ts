/**
 * Pages that only forward to another page (src/pages/[...forward].astro: addresses cut short,
 * old addresses of renamed units, figures only earlier releases have) say so the way Astro's
 * own redirects do on a static site: a refresh at once in <head>. The sitemap, the offline
 * page's lists and the tests tell them from pages with content of their own by it
 * (src/site/forwarding-file.ts for a built file), so none keeps a second list of them.
 * Plain TypeScript: the browser's offline lists use it too.
 */
/** An address with no page of its own, and the page it forwards to. */
export interface ForwardedAddress {
  /** e.g. "/dia-ban/2025-07/". */
  path: string;
  target: string;
}

export const refreshContent = (target: string): string => `0; url=${target}`;

const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)">/;

/** Where a page forwards to, if it only forwards. */
export function forwardTarget(html: string): string | undefined {
  return REFRESH.exec(html)?.[1];
}
