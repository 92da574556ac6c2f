import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCacheDir, buildEnv, buildSettings, collectionFolderUrl, contentBeside, folders, SITE_URL } from '../src/config.ts';

/**
 * src/config.ts is the one place that decides the data folder, the content folder, the
 * site's address and the drafts switch (the build itself: tests/build/config-build.test.ts).
 */
const cwd = process.cwd();

describe('folders', () => {
  it('default to data/ and the content/ beside it', () => {
    expect(folders()).toEqual({ dataRoot: path.join(cwd, 'data'), contentRoot: path.join(cwd, 'content') });
  });

  it('take the content folder beside the data folder when only --data is given', () => {
    expect(folders({ data: 'x/y/data' })).toEqual({ dataRoot: path.join(cwd, 'x/y/data'), contentRoot: path.join(cwd, 'x/y/content') });
    expect(contentBeside('/srv/site/data')).toBe(path.resolve('/srv/site/content'));
  });

  it('take --content as given', () => {
    expect(folders({ data: 'x/data', content: 'z' })).toEqual({ dataRoot: path.join(cwd, 'x/data'), contentRoot: path.join(cwd, 'z') });
  });
});

describe('the build environment', () => {
  it('carries the flags to Astro, absolute, and back unchanged', () => {
    const env = buildEnv({ data: 'x/data', drafts: true }, {});
    expect(buildSettings(env)).toEqual({ dataRoot: path.join(cwd, 'x/data'), contentRoot: path.join(cwd, 'x/content'), includeDrafts: true });
    expect(env['ASTRO_TELEMETRY_DISABLED']).toBe('1');
  });

  it('overrides what the shell left behind', () => {
    const leftover = buildEnv({ data: '/elsewhere/data', content: '/elsewhere/content', drafts: true }, {});
    expect(buildSettings(buildEnv({}, leftover))).toEqual({ ...folders(), includeDrafts: false });
  });

  it("keeps the picture renderer's freed memory for its next picture, unless told otherwise", () => {
    expect(buildEnv({}, {})['MIMALLOC_PURGE_DELAY']).toBe('-1');
    expect(buildEnv({}, { MIMALLOC_PURGE_DELAY: '10' })['MIMALLOC_PURGE_DELAY']).toBe('10');
  });

  it('gives the defaults to Astro run by hand (no variables)', () => {
    expect(buildSettings({})).toEqual({ ...folders(), includeDrafts: false });
  });
});

describe('the build cache', () => {
  it('is .cache/ in the project, a folder per kind, unless BUILD_CACHE_DIR says where', () => {
    expect(buildCacheDir('png', {})).toBe(path.join(cwd, '.cache', 'png'));
    expect(buildCacheDir('xlsx', { BUILD_CACHE_DIR: '' })).toBe(path.join(cwd, '.cache', 'xlsx'));
    expect(buildCacheDir('xlsx', { BUILD_CACHE_DIR: 'ci/kept' })).toBe(path.join(cwd, 'ci', 'kept', 'xlsx'));
    expect(buildCacheDir('png', { BUILD_CACHE_DIR: '/var/cache/site', PNG_CACHE_DIR: '/old' })).toBe(path.resolve('/var/cache/site/png'));
  });
});

/** Every text file of the project that git would track, as [path, text]. */
function projectFiles(): [string, string][] {
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'screenshots', 'test-results', 'bench-out']);
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!/\.(png|jpe?g|webp|woff2?|ico|xlsx)$/i.test(entry.name)) out.push([path.relative(cwd, file).split(path.sep).join('/'), readFileSync(file, 'utf8')]);
    }
  };
  walk(cwd);
  return out;
}

describe('one place for each setting', () => {
  const files = projectFiles();

  it('the site address is written in src/config.ts only', () => {
    const host = new URL(SITE_URL).host;
    expect(files.filter(([, text]) => text.includes(host)).map(([file]) => file)).toEqual(['src/config.ts']);
  });

  it('only src/config.ts reads the variables that carry the build flags', () => {
    const reads = /\b(DATA_DIR|CONTENT_DIR|INCLUDE_DRAFTS)\b/;
    const self = path.relative(cwd, import.meta.filename).split(path.sep).join('/');
    const readers = files.filter(([file, text]) => file !== self && /\.(ts|mjs|js|astro)$/.test(file) && reads.test(text));
    expect(readers.map(([file]) => file)).toEqual(['src/config.ts']);
  });
});

describe('a content collection folder for Astro', () => {
  it('is a file URL, which Astro resolves as itself, on Windows too', () => {
    const root = 'file:///D:/Du-an/lang-son/';
    // As Astro's glob loader resolves its base against the project root.
    expect(new URL(collectionFolderUrl('D:\\Du-an\\lang-son\\content', 'profiles', path.win32), root).href).toBe(`${root}content/profiles`);
    expect(new URL(collectionFolderUrl('/srv/lang-son/content', 'pages/en', path.posix), 'file:///srv/lang-son/').href).toBe('file:///srv/lang-son/content/pages/en');
  });
});
