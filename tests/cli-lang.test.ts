/**
 * `--lang en` (issue 15 item 7): every command that talks to staff prints Vietnamese by
 * default and English when asked, from src/i18n/cli.vi.ts and src/i18n/cli.en.ts. Each
 * command runs in-process on a failing input in both languages, checking the decisive
 * line and the exit code; rule ids, file paths and JSON paths are the same in both.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEn } from '../src/i18n/cli.en.ts';
import { cliVi } from '../src/i18n/cli.vi.ts';
import { describeFailure } from '../scripts/cli/run.ts';
import { MINI_RELEASE, writeMini } from './fixtures/mini.ts';
import { xlsx } from './fixtures/import/xlsx.ts';
import { STAFF_COMMANDS, runStaffCommand, type StaffCommand } from './helpers/staff-commands.ts';
import { scratchFiles } from './helpers/files.ts';

const { scratch, file } = scratchFiles('cli-lang-');

const run = runStaffCommand;

/** The mini data with poor = -3 in its first observation (2 errors: a claim loses its figure too), and a draft 2026.1 carrying the same. */
function broken() {
  const { root, dataRoot } = writeMini((f) => {
    f.observations.observations[0].poor = -3;
    f.manifest.releases.push({ id: '2026.1', title: 'Bản nháp', publishedAt: null, status: 'draft' });
  });
  const draft = path.join(dataRoot, 'releases', '2026.1');
  mkdirSync(draft);
  for (const name of ['units', 'crosswalks', 'observations', 'recognitions']) {
    copyFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, `${name}.json`), path.join(draft, `${name}.json`));
  }
  return { root, dataRoot, content: path.join(root, 'content') };
}

/** The mini data and an upload whose workbook has a decimal count, as the editor saves it. */
function refusedUpload() {
  const { root, dataRoot } = writeMini();
  const forms = path.join(root, 'uploads', 'ket-qua-ra-soat');
  mkdirSync(forms, { recursive: true });
  writeFileSync(
    path.join(forms, 'kq.xlsx'),
    xlsx({ rows: [['Mã đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'], [10001, 2024, 1000, 100.5, 101]] }),
  );
  writeFileSync(
    path.join(forms, 'kq.md'),
    '---\ntitle: "Kết quả rà soát"\nrelease: "2026.1"\nvintage: "2020-01"\nsource: "Quyết định số 7/QĐ-UBND ngày 10/01/2025"\nworkbook: "kq.xlsx"\n---\n',
  );
  return { dataRoot };
}

interface Case {
  command: StaffCommand;
  /** What to run, on a fresh failing input. */
  args: () => string[];
  code: number;
  vi: RegExp;
  en: RegExp;
  /** stdout or stderr: where the decisive line goes. */
  stream: 'stdout' | 'stderr';
}

const cases: Case[] = [
  {
    command: 'validate',
    args: () => { const b = broken(); return ['--data', b.dataRoot, '--content', b.content]; },
    code: 1,
    stream: 'stdout',
    vi: /^lỗi {2}releases\/2025\.1\/observations\.json:\/observations\/0\/poor {2}count-non-negative-integer {2}.* \(giá trị: -3\)\n(.*\n)*Phiên bản 2025\.1: 2 lỗi, 0 cảnh báo; .*Dữ liệu KHÔNG hợp lệ\.$/,
    en: /^error {2}releases\/2025\.1\/observations\.json:\/observations\/0\/poor {2}count-non-negative-integer {2}.* \(value: -3\)\n(.*\n)*Release 2025\.1: 2 errors, 0 warnings; \d+ criterion evaluations \(\d+ met, \d+ without enough data\).*The data is NOT valid\.$/,
  },
  {
    command: 'import',
    args: () => {
      const { root, dataRoot } = writeMini();
      const csv = file('thap-phan.csv', 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10001,2024,1000,"12,5",101\n');
      return ['--release', '2026.1', '--vintage', '2020-01', csv, '--data', dataRoot, '--content', path.join(root, 'content'), '--source', 'Quyết định số 7/QĐ-UBND ngày 10/01/2025'];
    },
    code: 1,
    stream: 'stderr',
    vi: /^Không ghi gì: còn 1 lỗi\. Sửa tệp rồi chạy lại lệnh\.$/,
    en: /^Nothing written: 1 error left\. Fix the file and run the command again\.$/,
  },
  {
    command: 'release',
    args: () => { const b = broken(); return ['publish', '2026.1', '--data', b.dataRoot, '--content', b.content]; },
    code: 1,
    stream: 'stderr',
    vi: /observations\.json:\/observations\/0\/poor {2}count-non-negative-integer .*\n(.*\n)*Không công bố: phiên bản 2026\.1 /,
    en: /observations\.json:\/observations\/0\/poor {2}count-non-negative-integer .*\n(.*\n)*Not published: /,
  },
  {
    command: 'uploads',
    args: () => ['--data', refusedUpload().dataRoot],
    code: 1,
    stream: 'stdout',
    vi: /kq\.md: chưa nhập \(1 lỗi\); báo cáo: .*kq\.md\nXong: 1 tệp mới, 1 tệp chưa nhập được; 0 tệp đã xử lý trước đó\.$/,
    en: /kq\.md: not imported \(1 error\); report: .*kq\.md\nDone: 1 new upload, 1 not imported; 0 uploads processed before\.$/,
  },
  {
    command: 'build',
    args: () => { const b = broken(); return ['--data', b.dataRoot, '--content', b.content, '--out', path.join(scratch, 'dist-never')]; },
    code: 1,
    stream: 'stderr',
    vi: /^lỗi {2}releases\/2025\.1\/observations\.json:\/observations\/0\/poor(.*\n)*Dữ liệu không hợp lệ: không dựng trang; .*dist-never giữ nguyên như trước\.$/,
    en: /^error {2}releases\/2025\.1\/observations\.json:\/observations\/0\/poor(.*\n)*Invalid data: the site was not built; .*dist-never is left as it was\.$/,
  },
  {
    command: 'editor',
    args: () => ['--dist', path.join(scratch, 'chua-dung'), '--port', '0'],
    code: 2,
    stream: 'stderr',
    vi: /^Sai tham số: chưa có trang đã dựng ở .*chua-dung: chạy npm run build trước$/,
    en: /^Usage error: no built site in .*chua-dung: run npm run build first$/,
  },
  {
    command: 'geo',
    args: () => ['--source', path.join(scratch, 'khong-co-ranh-gioi'), '--check'],
    code: 2,
    stream: 'stderr',
    vi: /^Sai tham số: không thấy thư mục nguồn .*khong-co-ranh-gioi$/,
    en: /^Usage error: no source folder .*khong-co-ranh-gioi$/,
  },
];

describe.each(cases)('npm run $command', ({ command, args, code, stream, vi, en }) => {
  it('speaks Vietnamese by default', async () => {
    const r = await run(command, args());
    expect(r.status, r.stdout + r.stderr).toBe(code);
    expect(r[stream]).toMatch(vi);
  });
  it('speaks English with --lang en, with the same exit code', async () => {
    const r = await run(command, [...args(), '--lang', 'en']);
    expect(r.status, r.stdout + r.stderr).toBe(code);
    expect(r[stream]).toMatch(en);
  });
  it('prints its help in either language, with exit code 0', async () => {
    const vi = await run(command, ['--help']);
    const enHelp = await run(command, ['--lang=en', '-h']);
    expect([vi.status, enHelp.status]).toEqual([0, 0]);
    expect(vi.stdout).toMatch(new RegExp(`^Cách dùng: npm run ${command} -- `));
    expect(enHelp.stdout).toMatch(new RegExp(`^Usage: npm run ${command} -- `));
    expect(vi.stdout).toContain('--lang vi|en');
    expect(enHelp.stdout).toContain('--lang vi|en');
  });
  it('reports a mistyped flag, and an unknown language, as wrong usage (exit 2)', async () => {
    const typo = await run(command, ['--lang', 'en', '--datta', 'x']);
    expect(typo.status).toBe(2);
    const closest = command === 'editor' ? '' : '; did you mean --data?';
    expect(typo.stderr).toBe(`Usage error: there is no option --datta${closest}\n${cliEn[command].usage}`);
    const french = await run(command, ['--lang', 'fr']);
    expect(french.status).toBe(2);
    expect(french.stderr).toBe('Sai tham số: --lang phải là "vi" hoặc "en", không phải "fr"');
  });
});

describe('the two message modules', () => {
  /** Every key path of a message tree, functions and strings alike. */
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('have the same keys, each of the same kind (the type CliText says so too)', () => {
    expect(keys(cliEn).sort()).toEqual(keys(cliVi).sort());
    const kind = (tree: object) => Object.fromEntries(keys(tree).map((k) => [k, typeof k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree)]));
    expect(kind(cliEn)).toEqual(kind(cliVi));
  });

  it('English has no Vietnamese sentence: diacritics only in the name of the draft banner', () => {
    const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
    const lines = readFileSync('src/i18n/cli.en.ts', 'utf8').split('\n').filter((l) => vietnamese.test(l));
    expect(lines.map((l) => l.trim())).toEqual([expect.stringContaining('"BẢN NHÁP — chưa công bố" banner')]);
  });
});

describe('a failure the operating system reports', () => {
  it('is said in the language asked for, with the same exit code', () => {
    const error = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', path: 'data/releases/index.json' });
    expect(describeFailure(error, cliEn)).toEqual({ line: 'Environment error: cannot read or write data/releases/index.json: permission denied (EACCES)', code: 2 });
    expect(describeFailure(error)).toEqual({ line: 'Lỗi môi trường: không đọc hoặc ghi được data/releases/index.json: không có quyền truy cập (EACCES)', code: 2 });
  });
});

describe('a spawned command', () => {
  it('reports its failure in English with --lang en: the entry point hands argv to runCli', () => {
    const spawned = spawnSync(process.execPath, ['scripts/validate.ts', '--format', 'xml', '--lang', 'en'], { encoding: 'utf8', timeout: 60_000 });
    expect(spawned.status).toBe(2);
    expect(spawned.stderr).toBe('Usage error: --format must be "text" or "json", not "xml"\n');
  }, 60_000);
});

describe('the command tables of the README', () => {
  const [vietnamese = '', english = ''] = readFileSync('README.md', 'utf8').split(/^## English$/m);
  /** Each row's command as "script subcommand --option …" ("release publish --date"), from its first cell. */
  const rows = (half: string) =>
    [...half.matchAll(/^\| `npm run ([^`]+)` \|/gm)].map(([, command = '']) => {
      const [, script, sub] = /^([\w:]+)(?: -- ([a-z]+) )?/.exec(command)!;
      return [script, sub, ...(command.match(/--[a-z][\w-]*/g) ?? [])].filter(Boolean).join(' ');
    });

  it('list the same commands with the same options in both halves', () => {
    expect(rows(english)).toContain('import --release --vintage');
    expect(rows(vietnamese)).toEqual(rows(english));
  });

  it('name only options the staff commands accept', async () => {
    /** Accepted: with --help the command prints its help whether the option is a switch (--drafts) or takes a value (--data=x). */
    const accepts = async (command: StaffCommand, option: string) =>
      (await run(command, [option, '--help'])).status === 0 || (await run(command, [`${option}=x`, '--help'])).status === 0;
    const named = rows(english).map((row) => row.split(' ')).filter(([script]) => Object.hasOwn(STAFF_COMMANDS, script!));
    expect(named.map(([script]) => script).sort()).toEqual(Object.keys(STAFF_COMMANDS).sort());
    const refused: string[] = [];
    for (const [script, ...words] of named) {
      for (const option of words.filter((w) => w.startsWith('--'))) if (!(await accepts(script as StaffCommand, option))) refused.push(`${script} ${option}`);
    }
    expect(refused).toEqual([]);
    expect(await accepts('import', '--file')).toBe(false);
  });
});

describe('the English half of the README', () => {
  const english = readFileSync('README.md', 'utf8').split(/^## English$/m)[1] ?? '';
  const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);

  it('names every npm script of package.json', () => {
    const named = (s: string) => (s === 'start' || s === 'test' ? english.includes(`npm ${s}`) : english.includes(`npm run ${s}`));
    expect(scripts.filter((s) => !named(s))).toEqual([]);
  });

  it('covers what the Vietnamese half covers: the editor, the import, publishing, downloads, embeds, routes, licences, troubleshooting', () => {
    const headings = [...english.matchAll(/^#{3,5} (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(expect.arrayContaining([
      'Quick start', 'Commands', 'Tests and quality checks', 'Validating data', 'Publishing data', 'The staff editor (/quan-tri/)',
      'Setting up the editor on a server', 'Importing from the command line', 'Downloads', 'Embeds', 'Data structure', 'Routes',
      'Documentation', 'Licences', 'Troubleshooting',
    ]));
  });
});
