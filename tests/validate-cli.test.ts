import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMini } from './fixtures/mini.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/validate.ts', ...args], { encoding: 'utf8' });

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
  it('exits 0 on valid data and prints a Vietnamese summary', () => {
    const { root, dataRoot } = writeMini();
    const result = cli('--data', dataRoot, '--content', path.join(root, 'content'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 lỗi, 0 cảnh báo; \d+ lượt đánh giá tiêu chí .*Dữ liệu hợp lệ\./);
  });
  it('exits 1 with one line per problem in the form file:pointer  rule  message', () => {
    const { root, dataRoot } = writeMini((f) => { f.observations.observations[0].poor = -3; f.observations.observations[3].source = 's-x'; f.recognitions.recognitions[0].claims = []; });
    const result = cli('--data', dataRoot, '--content', path.join(root, 'content'));
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('lỗi  releases/2025.1/observations.json:/observations/0/poor  count-non-negative-integer  số hộ phải là số nguyên không âm (Quá nhỏ: mong đợi number >=0) (giá trị: -3)');
    expect(lines).toContain('lỗi  releases/2025.1/observations.json:/observations/3/source  source-unknown  không có nguồn "s-x" (giá trị: "s-x")');
    expect(lines.at(-1)).toMatch(/2 lỗi, 0 cảnh báo.*KHÔNG hợp lệ/);
  });
  it('prints only JSON on stdout with --format json, with evaluations and targets', () => {
    const { root, dataRoot } = writeMini((f) => { f.observations.observations[16].poor = 601; });
    const result = cli('--data', dataRoot, '--content', path.join(root, 'content'), '--format', 'json');
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
  it('exits 2 on a usage problem: unknown flag, bad format, missing directory, unknown release', () => {
    const { dataRoot } = writeMini();
    expect(cli('--bogus').status).toBe(2);
    expect(cli('--format', 'xml').status).toBe(2);
    expect(cli('--data', path.join(dataRoot, 'nope')).status).toBe(2);
    const unknown = cli('--data', dataRoot, '--release', '2030.9');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('2030.9');
  });
  it('validates the release named by --release and never writes a file', () => {
    const { root, dataRoot } = writeMini();
    const before = snapshot(root);
    expect(cli('--data', dataRoot, '--content', path.join(root, 'content'), '--release', '2025.1').status).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });
});
