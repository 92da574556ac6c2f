/**
 * An option written before `--` is kept by npm (scripts/cli/npm-held.ts): `npm run build
 * --drafts` built the published release, `npm run release publish 2027.1 --date=…` published
 * with today's date, `npm run import --dry-run -- …` wrote the draft. Every staff command now
 * refuses (exit 2, nothing written) and shows the command written with `--`. The spawned runs
 * go through the real npm, with this repository's .npmrc, so the variable names are npm's
 * own and npm's own settings raise no false alarm; the in-process runs give every command
 * the variables that npm sets.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { npmHeldOptions, rerunCommand } from '../scripts/cli/npm-held.ts';
import { cliEn } from '../src/i18n/cli.en.ts';
import { MINI_RELEASE, writeMini } from './fixtures/mini.ts';
import { tree } from './helpers/files.ts';
import { runStaffCommand, type StaffCommand } from './helpers/staff-commands.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** What npm 11 sets for its own settings on `npm run validate -- --drafts` here (read from a script printing its environment; the project's folder renamed, the paths of npm's own files shortened). */
const NPM_OWN = {
  npm_lifecycle_event: 'validate',
  npm_config_user_agent: 'npm/11.19.1 node/v24.21.0 linux x64 workspaces/false',
  npm_config_noproxy: '',
  npm_config_userconfig: '/root/.npmrc',
  npm_config_local_prefix: '/srv/du-an',
  npm_config_yes: '',
  npm_config_audit: '',
  npm_config_prefix: '/srv/du-an/node_modules/node',
  npm_config_npm_version: '11.19.1',
  npm_config_cache: '/root/.npm',
  npm_config_node_gyp: '/usr/lib/npm/node-gyp.js',
  npm_config_loglevel: 'error',
  npm_config_fund: '',
  npm_config_nodedir: '/usr',
  npm_config_update_notifier: '',
  npm_config_globalconfig: '/srv/du-an/node_modules/node/etc/npmrc',
  npm_config_init_module: '/root/.npm-init.js',
  npm_config_omit_lockfile_registry_resolved: 'true',
  npm_config_global_prefix: '/srv/du-an/node_modules/node',
  npm_config_allow_scripts: '',
};

const OPTIONS = {
  release: { type: 'string' },
  date: { type: 'string' },
  drafts: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'no-build': { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean' },
} as const;

describe('the options npm kept', () => {
  it.each([
    ['none: npm sets only its own settings', {}, []],
    ['a switch: --drafts', { npm_config_drafts: 'true' }, [{ flag: '--drafts', written: '--drafts' }]],
    ["npm's own --dry-run, when the command has one", { npm_config_dry_run: 'true' }, [{ flag: '--dry-run', written: '--dry-run' }]],
    ['a value after "=": --date=2026-12-03', { npm_config_date: '2026-12-03' }, [{ flag: '--date', written: '--date 2026-12-03' }]],
    ['a value after a space, passed on to the script without its option', { npm_config_release: 'true' }, [{ flag: '--release', written: undefined }]],
    ['--no-build, which npm records as its setting "build" turned off', { npm_config_build: '' }, [{ flag: '--no-build', written: '--no-build' }]],
    ['--no-drafts, written as typed', { npm_config_drafts: '' }, [{ flag: '--no-drafts', written: '--no-drafts' }]],
    ['a name in capitals', { NPM_CONFIG_DRY_RUN: 'true' }, [{ flag: '--dry-run', written: '--dry-run' }]],
    ['a value with a space', { npm_config_date: 'hai ngày' }, [{ flag: '--date', written: '--date "hai ngày"' }]],
  ] as const)('%s', (_, env, held) => {
    expect(npmHeldOptions(OPTIONS, { ...NPM_OWN, ...env })).toEqual(held);
  });

  it('none outside npm run: an npm_config_ variable there is the person’s own setting', () => {
    const { npm_lifecycle_event: _, ...outside } = NPM_OWN;
    expect(npmHeldOptions(OPTIONS, { ...outside, npm_config_drafts: 'true' })).toEqual([]);
  });

  it('the command to type: the words the script got, then the held options; only the options when a value was separated from its option', () => {
    expect(rerunCommand('release', ['publish', '2027.1'], [{ flag: '--date', written: '--date 2026-12-03' }])).toEqual({ command: 'npm run release -- publish 2027.1 --date 2026-12-03', exact: true });
    expect(rerunCommand('import', ['ket qua.csv'], [{ flag: '--dry-run', written: '--dry-run' }])).toEqual({ command: 'npm run import -- "ket qua.csv" --dry-run', exact: true });
    expect(rerunCommand('import', ['2027.2', '2025-07', 'a.csv'], [{ flag: '--release', written: undefined }, { flag: '--dry-run', written: '--dry-run' }])).toEqual({ command: 'npm run import -- --release … --dry-run', exact: false });
  });
});

/** The mini data with the draft 2026.1 a copy of its release: an import or a publication would write. */
function draftFixture() {
  const { root, dataRoot } = writeMini((f) => f.manifest.releases.push({ id: '2026.1', title: 'Bản nháp', publishedAt: null, status: 'draft' }));
  const draft = path.join(dataRoot, 'releases', '2026.1');
  mkdirSync(draft);
  for (const name of ['units', 'crosswalks', 'observations', 'recognitions']) {
    copyFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, `${name}.json`), path.join(draft, `${name}.json`));
  }
  return { dataRoot, content: path.join(root, 'content') };
}

describe('every staff command refuses an option npm kept: exit 2, nothing written', () => {
  // Each also names a folder that is not there, so that without the check it fails fast and touches nothing of this repository.
  const NOWHERE = 'khong-co-thu-muc';
  const cases: [StaffCommand, Record<string, string>, string[], string][] = [
    ['validate', { npm_config_drafts: 'true' }, ['--data', NOWHERE], `tùy chọn --drafts bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run validate -- --data ${NOWHERE} --drafts`],
    ['build', { npm_config_drafts: 'true' }, ['--data', NOWHERE], `tùy chọn --drafts bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run build -- --data ${NOWHERE} --drafts`],
    ['release', { npm_config_date: '2026-11-30' }, ['publish', '2026.1', '--data', NOWHERE], `tùy chọn --date bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run release -- publish 2026.1 --data ${NOWHERE} --date 2026-11-30`],
    ['import', { npm_config_dry_run: 'true' }, ['--release', '2026.1'], 'tùy chọn --dry-run bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run import -- --release 2026.1 --dry-run'],
    ['import', { npm_config_release: 'true', npm_config_vintage: 'true' }, ['2027.2', '2025-07', 'a.csv'], 'tùy chọn --release, --vintage bị npm giữ lại vì thiếu "--": gõ lại lệnh, đặt mọi tùy chọn và giá trị của chúng sau "--":  npm run import -- --release … --vintage …'],
    ['uploads', { npm_config_uploads: 'tai-len' }, ['--data', NOWHERE], `tùy chọn --uploads bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run uploads -- --data ${NOWHERE} --uploads tai-len`],
    ['editor', { npm_config_port: '4400' }, ['--dist', NOWHERE], `tùy chọn --port bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run editor -- --dist ${NOWHERE} --port 4400`],
    ['geo', { npm_config_check: 'true' }, ['--source', NOWHERE], `tùy chọn --check bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run geo -- --source ${NOWHERE} --check`],
  ];
  it.each(cases)('npm run %s, npm keeping %j', async (command, env, argv, says) => {
    for (const [key, value] of Object.entries({ ...NPM_OWN, npm_lifecycle_event: command, ...env })) vi.stubEnv(key, value);
    const r = await runStaffCommand(command, argv);
    expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: 2, stderr: `Sai tham số: ${says}`, stdout: '' });
  });

  it('and in English with --lang en', async () => {
    for (const [key, value] of Object.entries({ ...NPM_OWN, npm_lifecycle_event: 'build', npm_config_drafts: 'true' })) vi.stubEnv(key, value);
    const r = await runStaffCommand('build', ['--lang', 'en', '--data', NOWHERE]);
    expect(r.stderr).toBe(`Usage error: npm kept the option --drafts for itself because "--" was missing: run again as  npm run build -- --lang en --data ${NOWHERE} --drafts`);
    expect(cliEn.args.npmHeld(['--release', '--vintage'], 'npm run import -- --release … --vintage …', false)).toBe(
      'npm kept the options --release, --vintage for itself because "--" was missing: type the command again with every option and its value after "--":  npm run import -- --release … --vintage …',
    );
  });

  it('npm run import --dry-run -- …: writes nothing (it wrote the draft)', async () => {
    const { dataRoot, content } = draftFixture();
    const csv = path.join(dataRoot, '..', 'a.csv');
    // One more near-poor household in a commune and its district: a valid correction.
    writeFileSync(csv, 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10001,2024,1000,100,101\n101,2024,2000,200,201\n');
    const argv = ['--release', '2026.1', '--vintage', '2020-01', csv, '--data', dataRoot, '--content', content, '--source', 'Quyết định số 7/QĐ-UBND ngày 10/01/2025'];
    for (const [key, value] of Object.entries({ ...NPM_OWN, npm_lifecycle_event: 'import', npm_config_dry_run: 'true' })) vi.stubEnv(key, value);
    const before = tree(dataRoot);
    const r = await runStaffCommand('import', argv);
    expect(r.status, r.stdout).toBe(2);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('npm run release publish 2026.1 --date=…: publishes nothing (it published with today’s date)', async () => {
    const { dataRoot, content } = draftFixture();
    for (const [key, value] of Object.entries({ ...NPM_OWN, npm_lifecycle_event: 'release', npm_config_date: '2026-11-30' })) vi.stubEnv(key, value);
    const before = tree(dataRoot);
    const r = await runStaffCommand('release', ['publish', '2026.1', '--data', dataRoot, '--content', content]);
    expect(r.status, r.stdout).toBe(2);
    expect(tree(dataRoot)).toEqual(before);
  });
});

describe('through the real npm, with this repository’s .npmrc', () => {
  const npm = (...args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { encoding: 'utf8', timeout: 60_000, shell: process.platform === 'win32' });
  it('npm run validate --drafts refuses', () => {
    const r = npm('validate', '--drafts', '--', '--data', 'khong-co-thu-muc');
    expect({ status: r.status, stderr: r.stderr.trim() }).toEqual({ status: 2, stderr: 'Sai tham số: tùy chọn --drafts bị npm giữ lại vì thiếu "--": chạy lại bằng  npm run validate -- --data khong-co-thu-muc --drafts' });
  });
  it('npm run validate -- --help runs: npm’s own settings are no false alarm', () => {
    const r = npm('validate', '--', '--help');
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
