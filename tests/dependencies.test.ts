import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * package.json lists exactly the packages the code uses: an import of a package that
 * is only there because another package brought it breaks on the next update of that
 * package, and a listed package nothing uses is weight and attack surface for nothing.
 * "dependencies" are what reaches the browser (Leaflet, the font files, pagefind's
 * search runtime); everything that only builds or tests the site is a devDependency.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro|css)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const files = [...['src', 'scripts', 'tests'].flatMap(sourceFiles), 'astro.config.mjs', 'eslint.config.js'];

const SPECIFIERS = [
  /\bfrom\s+['"]([^'"\s,]+)['"]/g,
  /\bimport\s+['"]([^'"\s,]+)['"]/g,
  /\bimport\(\s*['"]([^'"\s,]+)['"]\s*\)/g,
  /\brequire(?:\.resolve)?\(\s*['"]([^'"\s,]+)['"]\s*\)/g,
  /\burl\(\s*['"]?(@[^'")\s]+)/g,
  /\bnode_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g,
];

const packageOf = (specifier: string): string | undefined => {
  if (/^(\.|\/|node:|astro:|[a-z]+:\/\/)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/** Package → files that use it. */
const used = new Map<string, Set<string>>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const pattern of SPECIFIERS) {
    for (const m of text.matchAll(pattern)) {
      const name = packageOf(m[1]!);
      if (name && name !== '.cache') used.set(name, (used.get(name) ?? new Set()).add(file));
    }
  }
}

/** Packages used as a command in package.json's scripts rather than imported. */
const COMMANDS: Record<string, string> = { typescript: 'tsc', node: 'node', eslint: 'eslint', 'patch-package': 'patch-package' };

describe('dependencies', () => {
  it('declares every package the code imports or reads from node_modules', () => {
    const missing = [...used]
      .filter(([name]) => !declared.has(name) && !declared.has(`@types/${name}`))
      .map(([name, where]) => `${name} (${[...where].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('uses every declared package', () => {
    const scripts = Object.values(pkg.scripts).join('\n');
    const isUsed = (name: string): boolean => {
      if (used.has(name)) return true;
      const command = COMMANDS[name];
      if (command) return new RegExp(`(^|[\\s&;|])${command}\\s`, 'm').test(scripts);
      const typed = /^@types\/(.+)$/.exec(name)?.[1];
      return typed === 'node' ? files.some((f) => /from 'node:/.test(readFileSync(f, 'utf8'))) : typed !== undefined && used.has(typed);
    };
    expect([...declared].filter((name) => !isUsed(name))).toEqual([]);
  });
});

describe('the Markdown processor', () => {
  // astro.config.mjs extends Astro's own processor with a plugin (src/site/content/story-photos.ts):
  // another version of it beside Astro's would be a second copy, with a Markdown dialect of its own.
  it("is the version Astro itself depends on", () => {
    const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.devDependencies['@astrojs/markdown-satteri']).toBe(astro.dependencies['@astrojs/markdown-satteri']);
  });
});
