import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The GitHub Actions workflow that turns editor uploads into a preview
 * (.github/workflows/xem-truoc.yml, issue 16) is not run here; what it runs is. Its npm
 * commands are exactly the ones the tests run: `npm run uploads` and `npm run validate --
 * --drafts` in tests/uploads.test.ts and tests/validate-cli.test.ts (their main, in-process),
 * and all three through npm on a scratch copy of the repository in tests/e2e/editor.ts.
 */
const workflow = parse(readFileSync('.github/workflows/xem-truoc.yml', 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string; uses?: string; if?: string; with?: Record<string, unknown> }[] }> };
const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run).filter((r): r is string => r !== undefined));
const e2e = readFileSync('tests/e2e/editor.ts', 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('.github/workflows/xem-truoc.yml', () => {
  it('runs npm ci, then uploads, validate and build with drafts, in that order, and no other npm command', () => {
    expect(runs.filter((r) => r.startsWith('npm '))).toEqual(['npm ci', 'npm run uploads', 'npm run validate -- --drafts', 'npm run build -- --drafts']);
  });

  it('runs the npm scripts the browser test runs, with the same flags', () => {
    for (const [script, flags] of [['uploads', []], ['validate', ['--drafts']], ['build', ['--drafts']]] as const) {
      expect(scripts[script], script).toBeDefined();
      const call = new RegExp(`npm\\(\\['${script}', '--', '--data', [^\\]]*${flags.map((f) => `'${f}'`).join('[^\\]]*')}`);
      expect(e2e, script).toMatch(call);
    }
  });

  it('runs when the editor saves an upload on main, or by hand', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'], paths: ['uploads/ket-qua-ra-soat/**', 'content/**'] }, workflow_dispatch: null });
  });

  it('brings the draft and the reports back to the repository even when an upload was refused, and fails the run then', () => {
    const steps = workflow.jobs['xem-truoc']!.steps;
    const back = steps.find((s) => s.run?.includes('git add'));
    expect(back?.if).toBe('always()');
    expect(back?.run).toContain('git add data/releases uploads/bao-cao');
    expect(steps.find((s) => s.run === 'npm run uploads')).toMatchObject({ id: 'uploads', 'continue-on-error': true });
    expect(steps.at(-1)).toMatchObject({ if: "steps.uploads.outcome == 'failure'", run: 'exit 1' });
  });

  it('starts from the branch as it is now, and takes what was saved meanwhile before pushing back (two uploads at once, staff saving while it runs)', () => {
    const steps = workflow.jobs['xem-truoc']!.steps;
    // A run queued behind another checks out the commit that started it by default: without the
    // first run's reports, and its push refused once the first has pushed; so is any run's push
    // after staff save in the editor meanwhile, and the report never reaches the editor.
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({ ref: '${{ github.ref }}' });
    const back = steps.find((s) => s.run?.includes('git add'))!.run!;
    expect(back.indexOf('git pull --rebase')).toBeGreaterThan(back.indexOf('git commit'));
    expect(back.indexOf('git push')).toBeGreaterThan(back.indexOf('git pull --rebase'));
  });

  it('publishes the preview as an artifact, and on GitHub Pages only when the repository says so', () => {
    const steps = workflow.jobs['xem-truoc']!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))).toBeDefined();
    for (const s of steps.filter((x) => x.uses?.includes('pages'))) expect(s.if).toBe("vars.XEM_TRUOC_PAGES == 'true'");
    expect((workflow.jobs['pages'] as unknown as { if: string }).if).toBe("vars.XEM_TRUOC_PAGES == 'true'");
  });
});
