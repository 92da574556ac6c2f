/**
 * Reads the files of a content collection with Astro's own frontmatter parser,
 * for the checks that must see every file before the content layer renders
 * any (src/content.config.ts), for the sitemap filter (astro.config.mjs) and
 * for tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { ContentFile } from './check.ts';
import { publicProfile, type ProfileInput } from './public-profile.ts';
import { profileFrontmatter } from './schemas.ts';

/** Staff and communes write Markdown only (an .mdx file is refused by check.ts, not read). */
export const COLLECTION_FILES = {
  profiles: /\.md$/,
  updates: /\.md$/,
  pages: /\.md$/,
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

/** The content root of this build: CONTENT_DIR, or `content/` in the project. */
export function contentRoot(): string {
  return path.resolve(process.env['CONTENT_DIR'] || 'content');
}

/** Every file of the collection, sorted by name; `file` is relative to the working directory. */
export function readCollection(root: string, collection: CollectionName): ContentFile[] {
  const dir = path.join(root, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => COLLECTION_FILES[collection].test(name))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      const text = readFileSync(absolute, 'utf8');
      let data: Record<string, unknown> = {};
      let parseError: ContentFile['parseError'];
      try {
        data = parseFrontmatter(text).frontmatter ?? {};
      } catch (error) {
        // js-yaml counts lines from 0, and the block it reads starts with the newline after the opening "---".
        const mark = (error as { mark?: { line?: number } }).mark;
        const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
        parseError = { line: (mark?.line ?? 0) + 1, message: String(reason) };
      }
      const relative = path.relative(process.cwd(), absolute);
      return { file: relative.startsWith('..') ? absolute : relative, slug: name.replace(/\.[^.]+$/, ''), text, data, parseError };
    });
}

/**
 * Paths of profiles that have no public page (a personal profile whose
 * consent does not cover the story), or whose frontmatter is invalid: the
 * sitemap filter excludes them whatever else happens.
 */
export function unpublishedProfilePaths(root: string): Set<string> {
  const paths = new Set<string>();
  for (const f of readCollection(root, 'profiles')) {
    const parsed = profileFrontmatter.safeParse(f.data);
    if (!parsed.success || !publicProfile(f.slug, parsed.data as ProfileInput).hasPage) paths.add(`/dien-hinh/${f.slug}/`);
  }
  return paths;
}
