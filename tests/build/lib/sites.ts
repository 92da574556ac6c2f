/**
 * Sites built for the build tests, through `npm run build`'s own script (scripts/build.ts:
 * flags → src/config.ts → Astro, then pagefind), each into its own folder.
 *
 * A fixture site is built once per `npm run test:build` and shared by every test file that
 * reads it: test files run in parallel workers, so the first one to ask takes a lock (a
 * directory, created atomically) and builds, the others wait for its record. The folder
 * holding the sites comes from tests/build/setup.ts and is removed after the run.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import sharp from 'sharp';
import { inject } from 'vitest';
import { writeMini } from '../../fixtures/mini.ts';
import { writeDraftPreview } from '../../fixtures/releases-diff/draft-preview.ts';
import { dropTodaysCommunes, writeTwoReleases } from '../../fixtures/releases-diff/two-releases.ts';
import { FOREIGN_ENV, forgetKeptBuild, inputsDigest, KEPT_BUILD_DIR, recordKeptBuild } from '../../../scripts/determinism/kept-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sitesRoot: string;
    /** Whether the build cache was empty when the run began (tests/build/setup.ts). */
    buildCacheWasEmpty: boolean;
  }
}

export interface BuildResult {
  status: number;
  /** stdout and stderr of the build, interleaved as they came, without colour codes (Astro colours its log when CI is set). */
  log: string;
  out: string;
}

/**
 * `npm run build -- ARGS --out OUT`, without npm, with `env` added to this process's; by
 * default into the run's sites folder, inside the project (tests/build/setup.ts says why).
 */
export function build(args: readonly string[], out = mkdtempSync(path.join(inject('sitesRoot'), 'site-')), env: Readonly<Record<string, string>> = {}): Promise<BuildResult> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    const child = spawn(process.execPath, [path.resolve('scripts/build.ts'), ...args, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (status) => done({ status: status ?? 1, log: stripVTControlCharacters(Buffer.concat(chunks).toString('utf8')), out }));
  });
}

/**
 * A story whose Markdown holds a script, a javascript: link, an event handler and an image,
 * for content-build.test.ts to find sanitised. In a shared fixture rather than a build of
 * its own: the other readers of that fixture look at neither profiles nor their count.
 */
export const HOSTILE_STORY = {
  slug: 'ma-doc',
  text: '---\ntitle: Mô hình thử\nkind: model\nsummary: Thử.\npublishedAt: 2026-01-01\nsample: true\n---\n\nChữ <script>alert(1)</script> <a href="javascript:alert(2)" onclick="x()">liên kết</a> <img src=x onerror="alert(3)">\n',
} as const;

/**
 * A story with a photo as staff upload it, straight from a camera (2400 px wide), for
 * content-build.test.ts to find offered at most 1080 px wide. In the two-releases fixture
 * for the reason given for HOSTILE_STORY.
 */
export const CAMERA_PHOTO_STORY = {
  slug: 'anh-may-anh',
  photo: { file: 'may-anh.jpg', width: 2400, height: 1600 },
  text: '---\ntitle: Mô hình có ảnh\nkind: model\nsummary: Thử ảnh.\npublishedAt: 2026-01-01\nsample: true\nimage: ./anh/may-anh.jpg\nimageAlt: Ảnh thử\nimageCredit: Người chụp thử\n---\n\nẢnh chụp thẳng từ máy ảnh.\n',
} as const;

/** The same camera photo in an update's text, where the editor's image button puts it (./anh/…). */
export const CAMERA_PHOTO_UPDATE = {
  slug: 'tin-co-anh',
  photo: { file: 'le-trao-thuong.jpg', width: 2400, height: 1600 },
  text: '---\ntitle: Tin có ảnh\nsummary: Thử ảnh trong bài.\npublishedAt: 2026-01-01\nsample: true\n---\n\nLễ trao thưởng.\n\n![Lễ trao thưởng ở xã thử](./anh/le-trao-thuong.jpg)\n',
} as const;

async function writeCameraPhoto(folder: string, story: typeof CAMERA_PHOTO_STORY | typeof CAMERA_PHOTO_UPDATE): Promise<void> {
  const { file, width, height } = story.photo;
  mkdirSync(path.join(folder, 'anh'), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: '#4a7a3c' } }).jpeg().toFile(path.join(folder, 'anh', file));
  writeFileSync(path.join(folder, `${story.slug}.md`), story.text);
}

/** How a fixture site is made: its folders, the flags and environment of its build. */
interface Fixture {
  root: string;
  dataRoot: string;
  args: string[];
  env?: Readonly<Record<string, string>>;
  /** Where it is built, when not in the run's sites folder. */
  out?: string;
  /** Called when it was built. */
  built?: () => void;
}

function embedded(): Fixture {
  forgetKeptBuild();
  const inputs = inputsDigest();
  const cold = inject('buildCacheWasEmpty');
  return {
    root: path.resolve('.'),
    dataRoot: path.resolve('data'),
    args: [],
    env: FOREIGN_ENV,
    out: KEPT_BUILD_DIR,
    built: () => {
      if (inputs !== undefined) recordKeptBuild({ inputs, cold, env: FOREIGN_ENV });
    },
  };
}

/**
 * The shared fixtures. Each gives the flags it is built with; the folders are the ones
 * src/config.ts derives from `--data` alone (content beside the data).
 * - embedded: the repository's data/ and content/, as `npm run build` builds them, but in
 *   the determinism check's time zone and locale, and kept after the run with a record of
 *   how it was made (scripts/determinism/kept-build.ts): on a fresh clone it is a cold
 *   build, which `npm run check:determinism -- --test-build` then compares with dist/
 *   instead of building the site cold a second time;
 * - mini: tests/fixtures/mini.ts (one release, two vintages, one profile, no boundaries);
 * - two-releases: the mini fixture with a second, correcting release (tests/fixtures/releases-diff),
 *   a story with raw HTML in it (HOSTILE_STORY), one with a camera's photo (CAMERA_PHOTO_STORY)
 *   and an update with that photo in its text (CAMERA_PHOTO_UPDATE);
 * - dropped-views: two published releases, the current one without the commune figures of
 *   today's boundaries that the older one has (dropTodaysCommunes), as after the first real release;
 * - draft-preview: a published release and a draft correcting it, built with `--drafts`.
 */
const FIXTURES = {
  embedded,
  mini: () => {
    const { root, dataRoot } = writeMini();
    return { root, dataRoot, args: ['--data', dataRoot] };
  },
  'two-releases': async () => {
    const { root, dataRoot } = writeTwoReleases();
    writeFileSync(path.join(root, 'content', 'profiles', `${HOSTILE_STORY.slug}.md`), HOSTILE_STORY.text);
    await writeCameraPhoto(path.join(root, 'content', 'profiles'), CAMERA_PHOTO_STORY);
    await writeCameraPhoto(path.join(root, 'content', 'updates'), CAMERA_PHOTO_UPDATE);
    return { root, dataRoot, args: ['--data', dataRoot] };
  },
  'dropped-views': () => {
    const { root, dataRoot } = writeTwoReleases({ change: dropTodaysCommunes });
    // The site's own pages (/phuong-phap/ and the rest), which unit pages link to: the link check runs on the whole site.
    cpSync(path.resolve('content', 'pages'), path.join(root, 'content', 'pages'), { recursive: true });
    return { root, dataRoot, args: ['--data', dataRoot] };
  },
  'draft-preview': () => {
    const { root, dataRoot } = writeDraftPreview();
    return { root, dataRoot, args: ['--data', dataRoot, '--drafts'] };
  },
} satisfies Record<string, () => Fixture | Promise<Fixture>>;

export type FixtureName = keyof typeof FIXTURES;

export interface BuiltSite {
  /** The built site. */
  out: string;
  /** The fixture's folder, with data/ and content/. */
  root: string;
  dataRoot: string;
  log: string;
}

const WAIT_MS = 250;

/** The fixture's site, built by whichever test file asked first. Throws with the log if the build failed. */
export async function builtSite(name: FixtureName): Promise<BuiltSite> {
  const dir = inject('sitesRoot');
  const record = path.join(dir, `${name}.json`);
  const failed = path.join(dir, `${name}.failed.log`);
  let mine = false;
  try {
    mkdirSync(path.join(dir, `${name}.lock`));
    mine = true;
  } catch {
    // Another worker is building it.
  }
  if (mine) {
    const fixture: Fixture = await FIXTURES[name]();
    const { root, dataRoot } = fixture;
    const result = await build(fixture.args, fixture.out ?? path.join(dir, name), fixture.env);
    if (result.status === 0) fixture.built?.();
    // Written whole, then renamed: a waiting worker never reads half a record.
    const temp = path.join(dir, `${name}.tmp`);
    writeFileSync(temp, result.status === 0 ? JSON.stringify({ out: result.out, root, dataRoot, log: result.log } satisfies BuiltSite) : result.log);
    renameSync(temp, result.status === 0 ? record : failed);
  }
  for (;;) {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuiltSite;
    if (existsSync(failed)) throw new Error(`npm run build (${name}) failed:\n${readFileSync(failed, 'utf8')}`);
    await sleep(WAIT_MS);
  }
}
