/**
 * Content collections (docs/data-format.md#content-frontmatter): profiles (Markdown from communes),
 * updates and pages (Markdown from staff; MDX, which runs code at build time,
 * is refused in content/ — a page that needs a component is a developer's
 * page under src/pages/). They read the content folder of src/config.ts, the
 * same one the validator checks recognitions against.
 *
 * Each collection loads through `checkedGlob`, Astro's glob loader with two
 * additions:
 * 1. before anything is rendered, every file is checked (src/domain/content/
 *    check-collection.ts) and the build stops with one line per problem,
 *    `file:line  rule  message`;
 * 2. profile stories are sanitised after Markdown rendering (raw HTML is
 *    allowed in Markdown; see src/domain/content/sanitize.ts);
 * 3. tables of every collection get the site's scrolling, named wrapper
 *    (src/domain/content/tables.ts).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentCheckError } from './domain/content/check.ts';
import { checkCollection, releaseFacts } from './domain/content/check-collection.ts';
import type { CollectionName } from './domain/content/files.ts';
import { SANITIZER_VERSION, sanitizeStoryHtml } from './domain/content/sanitize.ts';
import { TABLE_WRAP_VERSION, wrapTables } from './domain/content/tables.ts';
import { CONTENT_SCHEMA_VERSION, pageSchema, profileSchema, updateSchema } from './domain/content/schemas.ts';
import { buildSettings, collectionFolderUrl } from './config.ts';
import { siteData } from './site/site-data.ts';

const { contentRoot } = buildSettings();

/** The store, with each entry's rendered HTML passed through `finish` on its way in. */
function finishingStore(store: LoaderContext['store'], finish: (html: string) => string): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') {
        return (entry: Parameters<typeof target.set>[0]) =>
          target.set(entry.rendered ? { ...entry, rendered: { ...entry.rendered, html: finish(entry.rendered.html) } } : entry);
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function checkedGlob(collection: CollectionName, pattern: string, options: { sanitise?: boolean } = {}): Loader {
  const inner = glob({ pattern, base: collectionFolderUrl(contentRoot, collection) });
  return {
    name: `checked-glob-${collection}`,
    load: async (context) => {
      const problems = checkCollection(contentRoot, collection, () => releaseFacts(siteData().dataset));
      if (problems.length > 0) throw new ContentCheckError(problems);
      // The content layer reuses a cached entry (and its file path) while the file's digest is
      // unchanged. The cache is shared by every build of this project, including test builds of
      // other content roots, and must be parsed again when a schema changes and re-rendered when
      // the sanitiser or the table wrapper changes: all go in the digest.
      const salt = `${contentRoot}\n${CONTENT_SCHEMA_VERSION}\n${options.sanitise ? SANITIZER_VERSION : ''}\n${TABLE_WRAP_VERSION}\n`;
      const finish = options.sanitise ? (html: string) => wrapTables(sanitizeStoryHtml(html)) : wrapTables;
      return inner.load({
        ...context,
        store: finishingStore(context.store, finish),
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? salt + data : data),
      });
    },
  };
}

const profiles = defineCollection({
  loader: checkedGlob('profiles', '*.md', { sanitise: true }),
  schema: ({ image }) => profileSchema(image()),
});

const updates = defineCollection({
  loader: checkedGlob('updates', '*.md'),
  schema: updateSchema,
});

const pages = defineCollection({
  loader: checkedGlob('pages', '*.md'),
  schema: pageSchema,
});

/** English texts of the pages (content/pages/en/<id>.md), shown at /en/<id>/. */
const pagesEn = defineCollection({
  loader: checkedGlob('pages/en', '*.md'),
  schema: pageSchema,
});

export const collections = { profiles, updates, pages, pagesEn };
