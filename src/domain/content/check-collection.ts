/**
 * Every check of one content folder, in the order a reader of the report expects (file,
 * then line): what the build runs before Astro renders anything (src/content.config.ts),
 * and what `npm run build` runs first so that a problem ends in a clean list rather than
 * in Astro's stack trace.
 */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../dataset.ts';
import { isPersonalRecipient } from '../schemas/recognitions.ts';
import { checkFile, checkFileTypes, placeNames, type ContentProblem, type ReleaseFacts } from './check.ts';
import { COLLECTIONS, readCollection, type CollectionName } from './files.ts';
import { checkImageFile } from './image-files.ts';
import { lineagePlaceNames } from './lineage-names.ts';

/** What the profile checks need to know of the release the site is built from. */
export function releaseFacts(dataset: Dataset): ReleaseFacts {
  const recognitions = dataset.data.recognitions.recognitions;
  return {
    releaseId: dataset.data.release.id,
    unitExists: (vintage, code) => dataset.unit(vintage, code) !== undefined,
    placeNames: (vintage, code) => placeNames((c) => dataset.unit(vintage, c), code),
    lineagePlaceNames: (vintage, code) => lineagePlaceNames(dataset, vintage, code),
    recognition: (id) => {
      const r = recognitions.find((x) => x.id === id);
      if (!r) return undefined;
      const { vintage, unit } = r.recipient;
      return {
        illustrative: dataset.source(r.source)?.kind === 'synthetic',
        ...(vintage !== undefined && unit !== undefined ? { place: { vintage, unit } } : {}),
        ...(isPersonalRecipient(r.recipient) ? { personal: true as const } : {}),
      };
    },
    recognitionsPointingAt: (slug) => recognitions.filter((r) => r.profile === slug).map((r) => r.id),
  };
}

export function checkCollection(root: string, collection: CollectionName, facts: () => ReleaseFacts): ContentProblem[] {
  const dir = path.join(root, collection);
  const relative = path.relative(process.cwd(), dir);
  const shown = relative.startsWith('..') ? dir : relative;
  const problems = existsSync(dir) ? checkFileTypes(shown, readdirSync(dir)) : [];
  let known: ReleaseFacts | undefined;
  const once = () => (known ??= facts());
  for (const f of readCollection(root, collection)) problems.push(...checkFile(f, collection, once), ...checkImageFile(f));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * Every content folder against one release: what a build from that release would stop at.
 * The build runs it first; uploads and `release publish` run it on the draft, so that
 * publishing a release can never leave a site that does not build.
 */
export function checkContent(contentRoot: string, dataset: Dataset): ContentProblem[] {
  return COLLECTIONS.flatMap((c) => checkCollection(contentRoot, c, () => releaseFacts(dataset)));
}
