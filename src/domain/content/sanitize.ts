/**
 * Sanitiser for profile stories. Profiles are plain Markdown written by
 * communes (less trusted than staff MDX), and Markdown lets raw HTML through.
 * The rendered HTML is parsed and cleaned with an allow-list (GitHub's, from
 * hast-util-sanitize): <script>, <style>, <iframe>, event handlers (on…=),
 * `javascript:`/`data:` URLs and anything else not on the list are removed.
 *
 * Site-specific tightening:
 * - no <img>: photos go through the frontmatter (`image`), where consent and
 *   credits are checked, and no request may leave the site's origin;
 * - a story's <h1> becomes <h2> (the page has its own <h1>);
 * - links to other sites get rel="nofollow ugc noopener".
 */
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

const storySchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img' && t !== 'picture' && t !== 'source'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

/**
 * A version string for caches: the content layer keeps rendered entries
 * between builds, keyed by the file's digest; mixing this in re-renders every
 * story when the sanitiser changes.
 */
export const SANITIZER_VERSION = 'story-sanitizer-1';

function tighten(node: HastNode): void {
  if (node.type === 'element') {
    if (node.tagName === 'h1') node.tagName = 'h2';
    const href = node.properties?.['href'];
    if (node.tagName === 'a' && typeof href === 'string' && /^https?:\/\//i.test(href)) {
      node.properties!['rel'] = ['nofollow', 'ugc', 'noopener'];
    }
  }
  node.children?.forEach(tighten);
}

/** Clean HTML for a profile story. */
export function sanitizeStoryHtml(html: string): string {
  const tree = htmlToHast(html, { fragment: true }) as unknown as HastNode;
  const clean = sanitize(tree as never, storySchema) as unknown as HastNode;
  tighten(clean);
  return toHtml(clean as never);
}
