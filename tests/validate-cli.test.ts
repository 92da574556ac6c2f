import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../scripts/cli/run.ts';
import { main } from '../scripts/validate.ts';
import { writeMini } from './fixtures/mini.ts';
import { writeDraftPreview } from './fixtures/releases-diff/draft-preview.ts';

/** The command's own main, in-process: what is tested is the validator and its output, not Node's start-up (spawned runs timed out under load). */
async function cli(...args: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const status = await runCli((io) => main(args, io), { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) });
  return { status, stdout: lines.out.join('\n'), stderr: lines.err.join('\n') };
}

function snapshot(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[file] = statSync(file).mtimeMs + readFileSync(file).length;
    }
  }
  return out;
}

describe('npm run validate', () => {
  it('exits 0 on valid data and prints a Vietnamese summary', async () => {
    const { root, dataRoot } = writeMini();
    const result = await cli('--data', dataRoot, '--content', path.join(root, 'content'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 lỗi, 0 cảnh báo; \d+ lượt đánh giá tiêu chí .*Dữ liệu hợp lệ\./);
  });
  it('exits 1 with one line per problem in the form file:pointer  rule  message', async () => {
    const { root, dataRoot } = writeMini((f) => { f.observations.observations[0].poor = -3; f.observations.observations[3].source = 's-x'; f.recognitions.recognitions[0].claims = []; });
    const result = await cli('--data', dataRoot, '--content', path.join(root, 'content'));
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('lỗi  releases/2025.1/observations.json:/observations/0/poor  count-non-negative-integer  số hộ phải là số nguyên không âm (Quá nhỏ: mong đợi number >=0) (giá trị: -3)');
    expect(lines).toContain('lỗi  releases/2025.1/observations.json:/observations/3/source  source-unknown  không có nguồn "s-x" (giá trị: "s-x")');
    expect(lines.at(-1)).toMatch(/2 lỗi, 0 cảnh báo.*KHÔNG hợp lệ/);
  });
  it('prints only JSON on stdout with --format json, with evaluations and targets', async () => {
    const { root, dataRoot } = writeMini((f) => { f.observations.observations[16].poor = 601; });
    const result = await cli('--data', dataRoot, '--content', path.join(root, 'content'), '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, release: '2025.1', warnings: [] });
    expect(report.errors).toEqual([
      { file: 'releases/2025.1/observations.json', path: '/observations/16/poor', rule: 'parent-sum-mismatch', message: '601 khác tổng 600 của 2 đơn vị cấp dưới năm 2021', value: 601 },
      // the province no longer equals its districts either
      { file: 'releases/2025.1/observations.json', path: '/observations/24/poor', rule: 'parent-sum-mismatch', message: '1000 khác tổng 1001 của 2 đơn vị cấp dưới năm 2021', value: 1000 },
    ]);
    expect(Object.keys(report.evaluations[0]).sort()).toEqual(['asOf', 'basis', 'criterion', 'evaluable', 'met', 'unit', 'vintage']);
    // official results on reported figures, indications on carried series, told apart by basis
    expect(new Set(report.evaluations.map((e: { basis: string }) => e.basis))).toEqual(new Set(['reported', 'carried']));
    expect(report.targets[0]).toMatchObject({ target: 'province-rate-reduction', year: 2022 });
  });
  it('exits 2 on a usage problem: unknown flag, bad format, missing directory, unknown release', async () => {
    const { dataRoot } = writeMini();
    expect((await cli('--bogus')).status).toBe(2);
    expect((await cli('--format', 'xml')).status).toBe(2);
    expect((await cli('--data', path.join(dataRoot, 'nope'))).status).toBe(2);
    const unknown = await cli('--data', dataRoot, '--release', '2030.9');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('không có phiên bản "2030.9" trong releases/index.json; có: 2025.1');
  });
  it('validates the release named by --release and never writes a file', async () => {
    const { root, dataRoot } = writeMini();
    const before = snapshot(root);
    expect((await cli('--data', dataRoot, '--content', path.join(root, 'content'), '--release', '2025.1')).status).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });
  it('validates the newest draft with --drafts (what a build with drafts shows), the current release when there is none', async () => {
    const { root, dataRoot } = writeDraftPreview();
    const content = ['--content', path.join(root, 'content')];
    const draft = await cli('--data', dataRoot, ...content, '--drafts');
    expect(draft.stdout).toMatch(/^Phiên bản 2026\.1: 0 lỗi/m);
    expect(draft.stderr).toBe('');
    expect((await cli('--data', dataRoot, ...content)).stdout).toMatch(/^Phiên bản 2025\.1: 0 lỗi/m);
    // Without a draft it says so, on stderr: with --format json, stdout is the report alone.
    const mini = writeMini();
    const none = await cli('--data', mini.dataRoot, '--content', path.join(mini.root, 'content'), '--drafts');
    expect(none.stdout).toMatch(/^Phiên bản 2025\.1: 0 lỗi/m);
    expect(none.stderr).toBe('Không có bản nháp nào: đã kiểm tra phiên bản hiện hành 2025.1.');
    const json = await cli('--data', mini.dataRoot, '--content', path.join(mini.root, 'content'), '--drafts', '--format', 'json');
    expect(JSON.parse(json.stdout).release).toBe('2025.1');
    expect((await cli('--data', dataRoot, '--drafts', '--release', '2025.1')).status).toBe(2);
  });
  it('runs as a command: exit code and one line, no stack trace, from a spawned process', () => {
    const spawned = spawnSync(process.execPath, ['scripts/validate.ts', '--data', 'khong-co-thu-muc'], { encoding: 'utf8', timeout: 60_000 });
    expect(spawned.status).toBe(2);
    expect(spawned.stderr).toBe('Sai tham số: không có thư mục dữ liệu khong-co-thu-muc\n');
  }, 60_000);
});
