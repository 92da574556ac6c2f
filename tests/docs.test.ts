/**
 * The documentation says what the code does: docs/validation.md lists exactly
 * the rule ids the validator, the content checks and the importer report, every repository
 * path the README and docs/ name exists, and every `docs/<page>.md#anchor`
 * cited anywhere (code comments included) leads to a heading.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)));
}

/**
 * Rule ids as the code reports them: a kebab-case literal followed by the message
 * (`report.error(path, 'rule-id', \`…\`)`, `problem(line, 'rule-id', '…')`),
 * `rule: 'rule-id'`, or returned by the schema check's rule picker.
 */
function ruleIdsInCode(): Set<string> {
  const files = [...filesUnder('src/domain/validation'), 'src/domain/content/check.ts', 'src/domain/content/images.ts', 'src/domain/content/image-files.ts'];
  const ids = new Set<string>();
  for (const file of files) {
    const text = read(file);
    for (const m of text.matchAll(/'([a-z]+(?:-[a-z0-9]+)+)',\s*[`'"]/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/rule: '([a-z]+(?:-[a-z0-9]+)*)'/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/return '([a-z]+(?:-[a-z0-9]+)*)';/g)) ids.add(m[1]!);
  }
  // `personal-data-${kind}`: one rule per kind of personal data.
  const kinds = /export type PersonalDataKind = ([^;]+);/.exec(read('src/domain/content/personal-data.ts'))![1]!;
  for (const [, kind] of kinds.matchAll(/'([a-z-]+)'/g)) ids.add(`personal-data-${kind}`);
  return ids;
}

/** The rule ids in the first column of the tables of one `## ` section of docs/validation.md. */
function ruleIdsInDocs(heading: string): Set<string> {
  const section = read('docs/validation.md').split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return new Set([...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!));
}

/**
 * The importer's rule ids: `rule: 'rule-id'` (both ids of `rule: cond ? 'a' : 'b'`) and
 * the row checks' `err(field, 'rule-id', …)`, `warn(field, 'rule-id', …)`.
 */
function importRuleIdsInCode(): Set<string> {
  const ids = new Set<string>();
  for (const file of filesUnder('src/domain/import')) {
    const text = read(file);
    for (const m of text.matchAll(/\brule: ([^,}]+)/g)) for (const [, id] of m[1]!.matchAll(/'([a-z]+(?:-[a-z0-9]+)*)'/g)) ids.add(id!);
    for (const m of text.matchAll(/\b(?:err|warn)\([^,()]+,\s*'([a-z]+(?:-[a-z0-9]+)*)'/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('docs/validation.md', () => {
  it('lists every rule the code reports, and no other', () => {
    const code = ruleIdsInCode();
    const docs = ruleIdsInDocs('Rules');
    expect(code.size).toBeGreaterThan(50);
    expect([...code].filter((r) => !docs.has(r)).sort(), 'in the code, not in the docs').toEqual([]);
    expect([...docs].filter((r) => !code.has(r)).sort(), 'in the docs, not in the code').toEqual([]);
  });

  it('lists every rule the importer reports (the ids `npm run import` prints in brackets), and no other', () => {
    const code = importRuleIdsInCode();
    const docs = ruleIdsInDocs('Import rules');
    expect(code).toContain('totals-row');
    expect(code).toContain('year-ambiguous');
    expect([...code].filter((r) => !docs.has(r)).sort(), 'in the importer, not in the docs').toEqual([]);
    expect([...docs].filter((r) => !code.has(r)).sort(), 'in the docs, not in the importer').toEqual([]);
  });

  it('lists every refusal of the publishing command (the ids `npm run release` prints in brackets), and no other', () => {
    // `refuse('rule-id', …)`, and the rule given last to a failure: `usageFailure(`…`, 'rule-id')`.
    const code = new Set([...read('src/domain/release/publish.ts').matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'(?=\)|,\s*`)/g)].map((m) => m[1]!));
    const docs = ruleIdsInDocs('Publishing rules');
    expect(code).toContain('date-before-previous');
    expect(code).toContain('release-not-draft');
    expect([...code].filter((r) => !docs.has(r)).sort(), 'in publish.ts, not in the docs').toEqual([]);
    expect([...docs].filter((r) => !code.has(r)).sort(), 'in the docs, not in publish.ts').toEqual([]);
  });
});

const DOCS = ['README.md', 'sources/README.md', ...readdirSync(path.join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const TOP = /^(?:src|scripts|tests|data|content|sources|public|deploy|docs|\.ci)\//;

describe('paths the documentation names', () => {
  it.each(DOCS)('%s: every repository path in backticks exists', (doc) => {
    const paths = [...read(doc).matchAll(/`([^`\s]+)`/g)]
      .map((m) => m[1]!.replace(/[.,;:]$/, ''))
      .filter((p) => TOP.test(p) && !/[<>*…{}|]/.test(p));
    const missing = paths.filter((p) => !existsSync(path.join(repoRoot, p)));
    expect(missing).toEqual([]);
  });

  it.each(DOCS)('%s: every relative link leads to a file', (doc) => {
    const links = [...read(doc).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    const missing = links.filter((l) => !existsSync(path.resolve(repoRoot, path.dirname(doc), l)));
    expect(missing).toEqual([]);
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(file: string): Set<string> {
  return new Set([...read(file).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
}

describe('anchors into the documentation', () => {
  it('slugs headings the way GitHub does', () => {
    expect(slug('Node and npm versions')).toBe('node-and-npm-versions');
    expect(slug('releases/index.json')).toBe('releasesindexjson');
    expect(slug('Đường dẫn của trang (route glossary)')).toBe('đường-dẫn-của-trang-route-glossary');
  });

  it('every docs/<page>.md#anchor cited in a tracked file, and every #anchor link in the docs, leads to a heading', () => {
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).stdout.split('\0').filter((f) => /\.(ts|astro|mjs|md|mdx|json)$/.test(f));
    const broken: string[] = [];
    for (const file of new Set([...tracked, ...DOCS])) {
      if (!existsSync(path.join(repoRoot, file))) continue;
      const text = read(file);
      for (const m of text.matchAll(/docs\/([a-z-]+\.md)#([^\s)`'"\],;:]*[^\s)`'"\],;:.])/g)) {
        const target = `docs/${m[1]}`;
        if (!existsSync(path.join(repoRoot, target)) || !anchorsOf(target).has(m[2]!)) broken.push(`${file}: ${m[0]}`);
      }
      if (!file.endsWith('.md')) continue;
      for (const m of text.matchAll(/\]\(([^)#\s]*)#([^)\s]+)\)/g)) {
        const target = m[1] ? path.relative(repoRoot, path.resolve(repoRoot, path.dirname(file), m[1])) : file;
        if (!target.endsWith('.md') || !existsSync(path.join(repoRoot, target))) continue;
        if (!anchorsOf(target).has(m[2]!)) broken.push(`${file}: ${m[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('docs/routes.md', () => {
  const routes = read('docs/routes.md');
  const named = new Set([...routes.matchAll(/`(?:src\/pages\/)?([^`\s]+\.(?:astro|ts))`/g)].map((m) => m[1]!));
  const pageFiles = readdirSync(path.join(repoRoot, 'src/pages'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(astro|ts)$/.test(f))
    // Windows lists them with backslashes; docs/routes.md writes URLs' slashes.
    .map((f) => f.split(path.sep).join('/'));

  it('names every page file of src/pages (an English route file as its Vietnamese twin)', () => {
    const unnamed = pageFiles.filter((f) => !named.has(f) && !(f.startsWith('en/') && named.has(f.slice(3))));
    expect(unnamed).toEqual([]);
  });

  it('names no page file that does not exist', () => {
    const table = routes.split('\n').filter((l) => l.startsWith('| `/') || l.startsWith('| /'));
    expect(table.length).toBeGreaterThan(20);
    const cited = table.flatMap((row) => [...(row.split(/(?<!\\)\|/)[3] ?? '').matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!));
    const missing = cited.filter((f) => !f.includes('…') && !existsSync(path.join(repoRoot, 'src/pages', f)) && !existsSync(path.join(repoRoot, f)));
    expect(missing).toEqual([]);
  });
});

describe('indexes of the documentation', () => {
  const pages = readdirSync(path.join(repoRoot, 'docs')).filter((f) => f.endsWith('.md') && f !== 'README.md');

  it('docs/README.md links every page of docs/', () => {
    const index = read('docs/README.md');
    expect(pages.filter((p) => !index.includes(`](${p})`))).toEqual([]);
  });

  it.each([
    ['the English README', '### Documentation'],
    ['the Vietnamese README', '## Tài liệu'],
  ])('%s links every page of docs/', (_, heading) => {
    const section = read('README.md').split(`\n${heading}\n`)[1]?.split('\n#')[0] ?? '';
    expect(section).not.toBe('');
    expect(pages.filter((p) => !section.includes(`](docs/${p})`))).toEqual([]);
  });
});

/**
 * Names the docs give in backticks as code — `camelCase`, `CONSTANT_CASE`, `call()` — must
 * be found in a tracked file that is not Markdown: a renamed or deleted function, constant
 * or option otherwise lives on in the docs (as `unitKey()` and `ENGLISH_SECTIONS` did).
 */
describe('code names the documentation gives', () => {
  /** Browser APIs named as what the code no longer does. */
  const NOT_OURS = new Set(['getComputedTextLength']);

  it('each is in the code', () => {
    const docs = [...DOCS, 'content/README.md', 'src/domain/import/README.md'];
    const names = new Map<string, string>();
    for (const doc of docs) {
      for (const m of read(doc).matchAll(/`([A-Za-z_][A-Za-z0-9_]*)(\(\))?`/g)) {
        const [, name, call] = m;
        if ((/[A-Z_]/.test(name!.slice(1)) || call) && !NOT_OURS.has(name!) && !names.has(name!)) names.set(name!, doc);
      }
    }
    expect(names.size).toBeGreaterThan(50);
    const grep = spawnSync('git', ['grep', '-h', '-o', '-w', '-F', ...[...names.keys()].flatMap((n) => ['-e', n]), '--', ':!*.md', ':!tests/docs.test.ts'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const found = new Set(grep.stdout.split('\n'));
    expect([...names].filter(([name]) => !found.has(name)).map(([name, doc]) => `${doc}: ${name}`)).toEqual([]);
  });
});
