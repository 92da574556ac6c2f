/**
 * Reads the files of a content collection and their front matter (frontmatter.ts),
 * for the checks that must see every file before the content layer renders
 * any (src/content.config.ts), for the sitemap filter (astro.config.mjs) and
 * for tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './check.ts';
import { readFrontmatter } from './frontmatter.ts';
import { publicProfile, type ProfileInput } from './public-profile.ts';
import { profileFrontmatter } from './schemas.ts';

/** Staff and communes write Markdown only (an .mdx file is refused by check.ts, not read). */
export const COLLECTION_FILES = {
  profiles: /\.md$/,
  updates: /\.md$/,
  pages: /\.md$/,
  /** English texts of pages/ under the same file names, for the English edition (/en/<id>/). */
  'pages/en': /\.md$/,
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

/** Every content folder, in the order the build checks them. */
export const COLLECTIONS = Object.keys(COLLECTION_FILES) as CollectionName[];

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
      const read = readFrontmatter(text);
      const relative = path.relative(process.cwd(), absolute);
      return {
        file: relative.startsWith('..') ? absolute : relative,
        slug: name.replace(/\.[^.]+$/, ''),
        text,
        data: read.ok ? read.data : {},
        parseError: read.ok ? undefined : read.error,
      };
    });
}

/**
 * Slugs of profiles that have no public page (a personal profile whose
 * consent does not cover the story), or whose frontmatter is invalid: the
 * sitemap filter excludes them whatever else happens.
 */
export function unpublishedProfileSlugs(root: string): Set<string> {
  return new Set(profilePages(root).filter((p) => !p.hasPage).map((p) => p.slug));
}

/** Slugs of profiles with a public page: the only ones a link may point to (a withdrawn profile's file is gone). */
export function publishedProfileSlugs(root: string): Set<string> {
  return new Set(profilePages(root).filter((p) => p.hasPage).map((p) => p.slug));
}

function profilePages(root: string): { slug: string; hasPage: boolean }[] {
  return readCollection(root, 'profiles').map((f) => {
    const parsed = profileFrontmatter.safeParse(f.data);
    return { slug: f.slug, hasPage: parsed.success && publicProfile(f.slug, parsed.data as ProfileInput).hasPage };
  });
}
