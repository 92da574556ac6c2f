/**
 * The build's settings, decided here and nowhere else: the data folder, the content
 * folder, the site's public address and whether draft releases are built.
 *
 * Folders, one rule for every reader (validator, content collections, pages, embeds,
 * sitemap, scripts): the data folder is `--data DIR`, else `data/`; the content folder is
 * `--content DIR`, else the `content/` folder beside the data folder. So
 * `npm run build -- --data x/data` validates and renders the profiles of `x/content`,
 * never the data of one folder with the profiles of another. Relative paths are taken
 * from the working directory: npm runs every script from the project root.
 *
 * `npm run build` runs Astro in a child process; its flags travel there as environment
 * variables (`buildEnv`), which only `buildSettings` reads back. A variable left in the
 * shell does not leak into a build: `buildEnv` always sets all of them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Public origin of the site. A placeholder until the province assigns a real
 * domain: `.example` is reserved (RFC 2606), so canonical links, share cards,
 * embed codes and the sitemap can never point at somebody else's host by accident.
 */
export const SITE_URL = 'https://giamngheo.langson.example';

export const DEFAULT_DATA_DIR = 'data';
const DEFAULT_CONTENT_DIR = 'content';

/**
 * Where the build keeps what it made, each file under a hash of everything that went into
 * it, so a rebuild makes only what changed: the PNGs (share cards, chart and map downloads)
 * in `<dir>/png`, the Excel workbooks in `<dir>/xlsx`. `<dir>` is BUILD_CACHE_DIR, else
 * `.cache` in the project: outside node_modules, so `npm ci` keeps it and a CI run can
 * restore it (docs/architecture.md#caches); deleting it only costs time.
 */
const DEFAULT_BUILD_CACHE_DIR = '.cache';

export type BuildCache = 'png' | 'xlsx';

export function buildCacheDir(kind: BuildCache, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['BUILD_CACHE_DIR'] || DEFAULT_BUILD_CACHE_DIR, kind);
}

export interface Folders {
  /** Absolute path of the data folder (releases/, criteria/, geo/). */
  dataRoot: string;
  /** Absolute path of the content folder (profiles/, updates/, pages/). */
  contentRoot: string;
}

export interface BuildSettings extends Folders {
  /** List and build draft releases (`npm run build -- --drafts`): for previewing, never for publishing. */
  includeDrafts: boolean;
}

/** The content folder that goes with a data folder when none is given. */
export function contentBeside(dataRoot: string): string {
  return path.resolve(dataRoot, '..', 'content');
}

/**
 * A content collection's folder as Astro's glob loader takes it (src/content.config.ts): a file
 * URL. Given a path, the loader reads it as a URL relative to the project, and on Windows
 * "C:\…\content\profiles" is a URL of scheme "c:": every build stopped at "The URL must be of
 * scheme file". `p` is Windows' path module in tests.
 */
export function collectionFolderUrl(contentRoot: string, collection: string, p: path.PlatformPath = path): URL {
  return pathToFileURL(p.join(contentRoot, collection), { windows: p === path.win32 });
}

/** Where the editor saves spreadsheet uploads and `npm run uploads` writes its reports: `uploads/` beside the data folder. */
export function uploadsBeside(dataRoot: string): string {
  return path.resolve(dataRoot, '..', 'uploads');
}

/**
 * The staff editor's production backend (Decap CMS, /quan-tri/; README "Trình biên tập"): the one
 * place to say where the repository lives. `github` needs an OAuth helper at `base_url`;
 * `gitlab` and `gitea` sign in with PKCE through `app_id` and need none. On this machine
 * (`npm run editor`) the editor uses the local backend instead and never reads this. The
 * editor's Content Security Policy (public/_headers, deploy/nginx.conf) must allow `apiOrigin`:
 * tests/security.test.ts checks it.
 */
export const EDITOR_BACKEND: {
  name: 'github' | 'gitlab' | 'gitea';
  /** owner/name of the repository; a placeholder no host accepts until the province sets it. */
  repo: string;
  branch: string;
  /** The OAuth helper (GitHub), or the host of a self-hosted GitLab or Gitea. */
  base_url?: string;
  /** The OAuth application's id (GitLab, Gitea with PKCE). */
  app_id?: string;
  auth_type?: 'pkce';
  /** Gitea, Forgejo: https://<host>/login/oauth/authorize. */
  auth_endpoint?: string;
  /** API of a self-hosted GitLab or Gitea, e.g. https://git.langson.example/api/v1. */
  api_root?: string;
  /** Origin the editor's CSP must allow for this backend's API. */
  apiOrigin: string;
} = {
  name: 'github',
  repo: 'chua-cau-hinh/<kho-ma-nguon>',
  branch: 'main',
  // Without base_url Decap would send GitHub sign-ins to Netlify's helper; .example is reserved (RFC 2606).
  base_url: 'https://xac-thuc.giamngheo.langson.example',
  apiOrigin: 'https://api.github.com',
};

/** The folders for a script's `--data` and `--content` flags, either or both omitted. */
export function folders(given: { data?: string | undefined; content?: string | undefined } = {}): Folders {
  const dataRoot = path.resolve(given.data || DEFAULT_DATA_DIR);
  return { dataRoot, contentRoot: given.content ? path.resolve(given.content) : contentBeside(dataRoot) };
}

const ENV = { data: 'DATA_DIR', content: 'CONTENT_DIR', drafts: 'INCLUDE_DRAFTS' } as const;

/**
 * resvg (share cards, chart and map PNGs) allocates with mimalloc, which hands freed memory
 * back to the system 10 ms after a picture and takes it again for the next one. Where memory
 * touched anew is costly (the 2-core Firecracker machines: a page fault is 7–10 µs), that was
 * a fifth of a cold build: 1.0 million page faults and 11.5 s of system time, against 0.44
 * million and 7.6 s with the memory kept; cold build 29.3 → 25.3–26.0 s, peak memory within
 * 50 MB (docs/budgets-and-quality.md#build-time-and-dist-size-embedded-release). Read by
 * mimalloc itself, on any system; a value already in the environment wins.
 */
const ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '-1' } as const;

/** The environment of an Astro build (child process) with these flags. */
export function buildEnv(
  flags: { data?: string | undefined; content?: string | undefined; drafts?: boolean | undefined },
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const { dataRoot, contentRoot } = folders(flags);
  const env: NodeJS.ProcessEnv = { ...ALLOCATOR_ENV, ...base, ASTRO_TELEMETRY_DISABLED: '1', [ENV.data]: dataRoot, [ENV.content]: contentRoot };
  if (flags.drafts) env[ENV.drafts] = '1';
  else delete env[ENV.drafts];
  return env;
}

/**
 * Astro's cache folder for a content folder: Astro keeps the content it has read in a data
 * store there (data-store.json), and two builds of different content folders sharing one
 * store read each other's entries (tests build several fixtures at once). The project's own
 * content keeps Astro's default; any other folder gets its own, named by a hash of its path.
 */
export function astroCacheDir(contentRoot: string): string {
  if (contentRoot === path.resolve(DEFAULT_CONTENT_DIR)) return path.resolve('node_modules/.astro');
  return path.resolve('node_modules/.astro', `content-${createHash('sha256').update(contentRoot).digest('hex').slice(0, 16)}`);
}

/** The settings of this build, inside Astro's process (defaults when Astro is run directly). */
export function buildSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return {
    ...folders({ data: env[ENV.data], content: env[ENV.content] }),
    includeDrafts: env[ENV.drafts] === '1',
  };
}
