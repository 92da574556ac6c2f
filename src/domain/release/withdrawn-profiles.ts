/**
 * Links from awards to profiles whose subjects withdrew consent (content/README.md, "Rút lại
 * sự đồng ý"). Staff delete the profile; a published release's `profile` naming it cannot
 * change, so it is a warning there (rules/recognitions.ts), but a new draft must not carry the
 * slug into the next published release: the importer drops it here, when the draft copies it
 * from a published release. A slug no published release gives that award stays, and stays an
 * error, because it was typed into the draft and is a mistake to fix.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { recognitionsFile, type Manifest } from '../schemas/index.ts';
import { releaseFilePath } from '../validation/load.ts';
import { readDataFileStrict } from './read.ts';

/** The slugs of content/profiles/*.md: what a recognition's `profile` may name. */
export function profileSlugs(contentRoot: string): Set<string> {
  const dir = path.join(contentRoot, 'profiles');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -'.md'.length)),
  );
}

export interface WithdrawnLink {
  recognition: string;
  profile: string;
}

type RecognitionsJson = { recognitions: { id: string; profile?: string }[] };

/**
 * The draft's recognitions.json without the links to withdrawn profiles that it copied from a
 * published (or demo) release; `bytes` is undefined when there was none to drop.
 */
export function withoutWithdrawnProfiles(
  dataRoot: string,
  manifest: Manifest,
  contentRoot: string,
  draftRecognitions: Buffer,
): { bytes: Buffer | undefined; dropped: WithdrawnLink[] } {
  const raw = JSON.parse(draftRecognitions.toString('utf8')) as RecognitionsJson;
  const existing = profileSlugs(contentRoot);
  const stale = raw.recognitions.filter((r) => r.profile !== undefined && !existing.has(r.profile));
  if (stale.length === 0) return { bytes: undefined, dropped: [] };
  const published = new Set<string>();
  for (const entry of manifest.releases.filter((r) => r.status !== 'draft')) {
    const { value } = readDataFileStrict(dataRoot, releaseFilePath(entry.id, 'recognitions.json'), recognitionsFile);
    for (const r of value.recognitions) if (r.profile !== undefined) published.add(`${r.id}|${r.profile}`);
  }
  const dropped: WithdrawnLink[] = [];
  for (const r of stale) {
    if (!published.has(`${r.id}|${r.profile}`)) continue;
    dropped.push({ recognition: r.id, profile: r.profile! });
    delete r.profile;
  }
  return { bytes: dropped.length > 0 ? Buffer.from(JSON.stringify(raw, null, 2) + '\n', 'utf8') : undefined, dropped };
}
