/**
 * Every command fails cleanly (issue 10): each bad input and fault that used to end in a
 * raw stack trace now ends with a Vietnamese message naming the file (and the row or JSON
 * path) and the exit code of scripts/cli/run.ts — 1 bad data, 2 bad usage or environment,
 * 3 another writer. The commands run in-process (their own `main`, through `runCli` as on
 * the command line); tests/validate-cli.test.ts and tests/import.test.ts spawn one each.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as buildMain, holdsProject } from '../scripts/build.ts';
import { main as importMain, type ImportDeps } from '../scripts/import.ts';
import { main as releaseMain, type ReleaseDeps } from '../scripts/release.ts';
import { main as validateMain } from '../scripts/validate.ts';
import { acquireDataLock, LOCK_FILE } from '../src/domain/release/lock.ts';
import type { WriteOps } from '../src/domain/release/write.ts';
import { nodeWriteOps } from '../src/domain/release/write.ts';
import { MINI_RELEASE, writeMini, type MiniFiles } from './fixtures/mini.ts';
import { xlsx } from './fixtures/import/xlsx.ts';
import { runMain, type CliRun } from './helpers/cli.ts';
import { scratchFiles, tree as filesOf } from './helpers/files.ts';

const { scratch, file } = scratchFiles('cli-failures-');
/** Files as they were, the lock a test holds aside. */
const tree = (dir: string) => filesOf(dir, [LOCK_FILE]);

/** The mini release, and a copy of it as the draft 2026.1, ready to import into or publish. */
function fixture(mutate?: (f: MiniFiles) => void, after?: (dataRoot: string) => void) {
  const { root, dataRoot } = writeMini((f) => {
    f.manifest.releases.push({ id: '2026.1', title: 'Bản nháp', publishedAt: null, status: 'draft' });
    mutate?.(f);
  });
  const draft = path.join(dataRoot, 'releases', '2026.1');
  mkdirSync(draft);
  for (const name of ['units', 'crosswalks', 'observations', 'recognitions']) {
    copyFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, `${name}.json`), path.join(draft, `${name}.json`));
  }
  after?.(dataRoot);
  return { root, dataRoot, content: path.join(root, 'content') };
}

const TODAY = '2026-12-01';
const enospc: WriteOps = {
  writeNew: () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  },
  rename: nodeWriteOps.rename,
};

type Command = 'validate' | 'import' | 'release' | 'build';
const run = (command: Command, args: string[], deps: ImportDeps & ReleaseDeps = {}): Promise<CliRun> =>
  runMain((io) => {
    if (command === 'validate') return validateMain(args, io);
    if (command === 'import') return importMain(args, io, { lockWaitMs: deps.lockWaitMs, writeOps: deps.writeOps });
    if (command === 'release') return releaseMain(args, io, { today: TODAY, ...deps });
    return buildMain(args, io);
  });

const importArgs = (dataRoot: string, content: string, spreadsheet: string, ...more: string[]) =>
  ['--release', '2026.1', '--vintage', '2020-01', spreadsheet, '--data', dataRoot, '--content', content, '--source', 'Quyết định số 7/QĐ-UBND ngày 10/01/2025', ...more];
const CSV_HEADER = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n';
/** A valid correction: one more near-poor household in xã Hoa Thám 2024, and in its district. */
const CORRECTION = CSV_HEADER + '10001,2024,1000,100,101\n101,2024,2000,200,201\n';

interface Case {
  /** The reproduction, as the issue lists it. */
  name: string;
  command: Command;
  prepare: () => { args: string[]; deps?: ImportDeps & ReleaseDeps; unchanged?: string };
  code: number;
  /** What the decisive line says: the file and the place; a string is the whole line. */
  says: RegExp | string;
}

/** A broken index.json, in its three ways, for every command. */
const brokenManifest: [string, (text: string) => string, RegExp][] = [
  ['a UTF-8 BOM in index.json', (t) => '\uFEFF' + t, /releases\/index\.json:\/? {2}json-bom {2}tệp bắt đầu bằng dấu BOM/],
  ['a syntax-broken index.json', (t) => t.replace('"current"', 'current'), /releases\/index\.json:\/ {2}json-syntax {2}JSON không hợp lệ ở dòng 2, cột 3/],
  ['a schema-invalid index.json (publishedAt 2027-02-30)', (t) => t.replace('"2026-02-10"', '"2027-02-30"'), /releases\/index\.json:\/releases\/0\/publishedAt {2}schema/],
];

const cases: Case[] = [
  {
    name: '5,000 nested arrays in a count (the report formatter)',
    command: 'validate',
    prepare: () => {
      const { dataRoot, content } = fixture(undefined, (d) => {
        const f = path.join(d, 'releases', MINI_RELEASE, 'observations.json');
        writeFileSync(f, readFileSync(f, 'utf8').replace('"poor": 400,', `"poor": ${'['.repeat(5000)}${']'.repeat(5000)},`));
      });
      return { args: ['--data', dataRoot, '--content', content] };
    },
    code: 1,
    says: /^lỗi {2}releases\/2025\.1\/observations\.json:\/observations\/0\/poor {2}count-non-negative-integer/,
  },
  {
    name: '5,000 nested arrays, reported as JSON',
    command: 'validate',
    prepare: () => {
      const { dataRoot, content } = fixture(undefined, (d) => {
        const f = path.join(d, 'releases', MINI_RELEASE, 'observations.json');
        writeFileSync(f, readFileSync(f, 'utf8').replace('"poor": 400,', `"poor": ${'['.repeat(5000)}${']'.repeat(5000)},`));
      });
      return { args: ['--data', dataRoot, '--content', content, '--format', 'json'] };
    },
    code: 1,
    says: /"path": "\/observations\/0\/poor"/,
  },
  {
    name: 'more than 125,000 observations (Math.max(...years))',
    command: 'validate',
    prepare: () => {
      const { dataRoot, content } = fixture((f) => {
        const o = f.observations.observations[0];
        for (let i = 0; i < 130_000; i++) f.observations.observations.push({ ...o, year: 2021 + (i % 4) });
      });
      return { args: ['--data', dataRoot, '--content', content] };
    },
    code: 1,
    says: /^Phiên bản 2025\.1: 130000 lỗi/,
  },
  {
    name: 'a 1,000,000-row CSV',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      const big = file('trieu-dong.csv', CSV_HEADER + '10001,2024,1000,90,100\n'.repeat(1_000_000));
      return { args: importArgs(dataRoot, content, big), unchanged: dataRoot };
    },
    code: 1,
    says: /^Lỗi dữ liệu: \d+-trieu-dong\.csv: tệp lớn [\d,]+ MB, vượt giới hạn 20,0 MB của một lần nhập/,
  },
  {
    name: 'a CSV of 150,000 rows under the size limit',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      const many = file('nhieu-dong.csv', CSV_HEADER + '10001,2024,1000,90,100\n'.repeat(150_000));
      return { args: importArgs(dataRoot, content, many), unchanged: dataRoot };
    },
    code: 1,
    says: /^Lỗi dữ liệu: \d+-nhieu-dong\.csv: tệp có 150\.001 dòng có nội dung, vượt giới hạn 100\.000 dòng/,
  },
  {
    name: 'an Excel export with 2 data rows and 200,000 blank rows (and a footer)',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      const rows: (string | number | null)[][] = [['Mã đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'], [10001, 2024, 1000, 100, 100], [10002, 2024, 1000, 100, 100]];
      for (let i = 0; i < 200_000; i++) rows.push([]);
      rows.push(['Người lập biểu']);
      return { args: [...importArgs(dataRoot, content, file('trong.xlsx', xlsx({ rows }))), '--dry-run'] };
    },
    code: 0,
    says: /^Tệp \d+-trong\.xlsx, trang tính "Sheet1": 2 dòng số liệu hợp lệ/,
  },
  {
    name: 'a 20-digit count',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      return { args: importArgs(dataRoot, content, file('so-lon.csv', CSV_HEADER + '10001,2024,12345678901234567890,90,100\n')), unchanged: dataRoot };
    },
    code: 1,
    says: /^lỗi {2}\d+-so-lon\.csv:dòng 2, cột "Tổng số hộ" \(C\): "12345678901234567890" quá lớn cho một số hộ/,
  },
  ...brokenManifest.flatMap(([name, breakIt, says]): Case[] => {
    const prepared = () => fixture(undefined, (d) => {
      const f = path.join(d, 'releases', 'index.json');
      writeFileSync(f, breakIt(readFileSync(f, 'utf8')));
    });
    const spreadsheet = () => file('a.csv', CSV_HEADER + '10001,2024,1000,90,100\n');
    return [
      { name, command: 'validate', prepare: () => { const { dataRoot, content } = prepared(); return { args: ['--data', dataRoot, '--content', content] }; }, code: 1, says: new RegExp(`^lỗi {2}${says.source}`) },
      { name, command: 'import', prepare: () => { const { dataRoot, content } = prepared(); return { args: importArgs(dataRoot, content, spreadsheet()), unchanged: dataRoot }; }, code: 1, says: new RegExp(`^Lỗi dữ liệu: ${says.source}`) },
      { name, command: 'release', prepare: () => { const { dataRoot, content } = prepared(); return { args: ['publish', '2026.1', '--data', dataRoot, '--content', content], unchanged: dataRoot }; }, code: 1, says: new RegExp(`^Lỗi dữ liệu: ${says.source}`) },
      { name, command: 'build', prepare: () => { const { dataRoot } = prepared(); return { args: ['--data', dataRoot, '--out', path.join(scratch, 'dist')] }; }, code: 1, says: new RegExp(`^lỗi {2}${says.source}`) },
    ];
  }),
  ...(['validate', 'import', 'release', 'build'] as const).map((command): Case => ({
    name: '--data pointing nowhere',
    command,
    prepare: () => {
      const nowhere = path.join(scratch, 'khong-co');
      const args = {
        validate: ['--data', nowhere],
        import: ['--release', '2026.1', '--vintage', '2020-01', file('a.csv', CSV_HEADER), '--data', nowhere],
        release: ['publish', '2026.1', '--data', nowhere],
        build: ['--data', nowhere, '--out', path.join(scratch, 'dist-khong-co')],
      }[command];
      return { args };
    },
    code: 2,
    says: /^Sai tham số: không có thư mục dữ liệu .*khong-co/,
  })),
  {
    name: 'a full disk during an import',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      return { args: importArgs(dataRoot, content, file('a.csv', CORRECTION)), deps: { writeOps: enospc }, unchanged: dataRoot };
    },
    code: 2,
    says: /^Lỗi môi trường: không ghi được releases\/2026\.1\/observations\.json; chưa có tệp nào bị thay đổi: ổ đĩa đã đầy \(ENOSPC\)$/,
  },
  {
    name: 'a full disk while publishing',
    command: 'release',
    prepare: () => {
      const { dataRoot, content } = fixture();
      return { args: ['publish', '2026.1', '--data', dataRoot, '--content', content], deps: { writeOps: enospc }, unchanged: dataRoot };
    },
    code: 2,
    says: /^Lỗi môi trường: không ghi được releases\/index\.json; chưa có tệp nào bị thay đổi: ổ đĩa đã đầy \(ENOSPC\)$/,
  },
  {
    name: 'another command writing the data folder',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      held.push(acquireDataLock(dataRoot, { command: 'npm run release -- publish 2026.1' }));
      return { args: importArgs(dataRoot, content, file('a.csv', CORRECTION)), deps: { lockWaitMs: 300 }, unchanged: dataRoot };
    },
    code: 3,
    says: /^Đang bận: thư mục dữ liệu .* đang được lệnh "npm run release -- publish 2026\.1" \(tiến trình \d+ trên máy .*\) ghi; đã chờ 0,3 giây/,
  },
  ...([
    // A day written in the wrong form is not a day that does not exist: the form is named, with the YYYY-MM-DD of a day-first date.
    ['15/01/2027', 2, 'Sai tham số: --date "15/01/2027" sai dạng: ngày viết theo năm-tháng-ngày (YYYY-MM-DD), tức là --date 2027-01-15  [date-format]'],
    ['5.1.2026', 2, 'Sai tham số: --date "5.1.2026" sai dạng: ngày viết theo năm-tháng-ngày (YYYY-MM-DD), tức là --date 2026-01-05  [date-format]'],
    ['30/02/2027', 2, 'Sai tham số: --date "30/02/2027" sai dạng: ngày viết theo năm-tháng-ngày (YYYY-MM-DD), ví dụ --date 2026-12-01  [date-format]'],
    ['2027-1-15', 2, 'Sai tham số: --date "2027-1-15" sai dạng: ngày viết theo năm-tháng-ngày (YYYY-MM-DD), ví dụ --date 2026-12-01  [date-format]'],
    ['2027-02-30', 2, 'Sai tham số: --date "2027-02-30" không phải một ngày có thật  [date-not-a-day]'],
    ['2027-13-45', 2, 'Sai tham số: --date "2027-13-45" không phải một ngày có thật  [date-not-a-day]'],
    ['0000-00-00', 2, 'Sai tham số: --date "0000-00-00" không phải một ngày có thật  [date-not-a-day]'],
    ['2026-12-02', 2, /^Sai tham số: --date 2026-12-02 là ngày trong tương lai \(hôm nay ở Việt Nam là 2026-12-01\).* {2}\[date-in-future\]$/],
    ['2026-02-09', 1, /^Lỗi dữ liệu: ngày công bố 09\/02\/2026 trước ngày công bố 10\/02\/2026 của phiên bản 2025\.1.* {2}\[date-before-previous\]$/],
  ] as const).map(([date, code, says]): Case => ({
    name: `release publish --date ${date}`,
    command: 'release',
    prepare: () => {
      const { dataRoot, content } = fixture();
      return { args: ['publish', '2026.1', '--date', date, '--data', dataRoot, '--content', content], unchanged: dataRoot };
    },
    code,
    says,
  })),
  {
    name: 'an .ods spreadsheet',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      return { args: importArgs(dataRoot, content, file('ket-qua.ods', 'PK')), unchanged: dataRoot };
    },
    code: 1,
    says: /^Lỗi dữ liệu: \d+-ket-qua\.ods: tệp \.ods \(LibreOffice, OpenOffice\) chưa đọc được\. Mở tệp bằng LibreOffice Calc, chọn Tệp → Lưu thành…, chọn kiểu "Excel 2007-365 \(\.xlsx\)"/,
  },
  {
    name: 'a worksheet that is not in the file',
    command: 'import',
    prepare: () => {
      const { dataRoot, content } = fixture();
      return { args: [...importArgs(dataRoot, content, file('a.xlsx', xlsx({ rows: [['x']], sheetName: 'Biểu 1' }))), '--sheet', 'Biểu 2'], unchanged: dataRoot };
    },
    code: 2,
    says: /^Sai tham số: không có trang tính "Biểu 2" \(--sheet\); tệp có: "Biểu 1"$/,
  },
  {
    name: 'an output folder that holds the project, which the build would delete',
    command: 'build',
    prepare: () => ({ args: ['--out', '..'] }),
    code: 2,
    says: /^Sai tham số: --out \.\. chứa cả dự án; chọn một thư mục riêng để xóa và dựng lại$/,
  },
];

const held: Promise<() => void>[] = [];

describe('every command fails cleanly: one located Vietnamese line, exit 1 (data), 2 (usage or environment) or 3 (busy), no stack trace', () => {
  it.each(cases.map((c) => [`${c.command}: ${c.name}`, c] as const))('%s', async (_, c) => {
    const { args, deps, unchanged } = c.prepare();
    const before = unchanged ? tree(unchanged) : undefined;
    const result = await run(c.command, args, deps);
    for (const release of held.splice(0)) (await release)();
    const lines = [...result.out, ...result.err].flatMap((l) => l.split('\n'));
    expect(lines.filter((l) => /^\s+at\s/.test(l) || /Error:/.test(l)), result.stderr).toEqual([]);
    expect(result.status, result.stderr || result.stdout.slice(-500)).toBe(c.code);
    const says = (l: string) => (typeof c.says === 'string' ? l === c.says : c.says.test(l));
    expect(lines.some(says), `${c.says}\n${lines.slice(-5).join('\n')}`).toBe(true);
    if (c.code !== 0 && result.err.length > 0) expect(result.err.at(-1)!.split('\n')).toHaveLength(1);
    if (before) expect(tree(unchanged!)).toEqual(before);
  }, 60_000);
});

describe('the output folder a build may replace', () => {
  it('is not the project folder, nor one holding it, whatever the case of a Windows path', () => {
    expect(holdsProject('C:\\Users\\can-bo\\lang-son', 'C:\\Users\\can-bo\\lang-son', path.win32)).toBe(true);
    expect(holdsProject('c:\\users', 'C:\\Users\\can-bo\\lang-son', path.win32)).toBe(true);
    expect(holdsProject('C:\\Users\\can-bo\\lang-son\\dist', 'C:\\Users\\can-bo\\lang-son', path.win32)).toBe(false);
  });

  it('may be on another Windows drive, where no relative path leads to the project', () => {
    expect(holdsProject('D:\\trang-web', 'C:\\Users\\can-bo\\lang-son', path.win32)).toBe(false);
  });
});
