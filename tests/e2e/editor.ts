/**
 * The staff editor (/quan-tri/, Decap CMS) in a real browser (Debian's Chromium through
 * playwright-core), with its local backend, on a scratch copy of the repository's data/
 * and content/ — never the real content/ folder (checked before and after):
 *
 *   npm run build && node tests/e2e/editor.ts        (E2E_DIST=other/dir for another build)
 *
 * - the editor loads from the site itself, in Vietnamese, under its own CSP, noindex;
 * - a household profile created through the form, with consent, is saved as a file the
 *   build's content checks accept (check-collection, in-process); its unit list follows
 *   the boundary vintage chosen;
 * - a household profile without consent is refused in the form, before saving, with the
 *   build's own message (consent-missing), and no file is written;
 * - a workbook uploaded through "Kết quả rà soát" becomes, after `npm run uploads` on the
 *   scratch root, a draft with a report the editor lists; a second run does nothing;
 * - `npm run validate -- --drafts` accepts the draft, and a build with drafts of the scratch
 *   root shows its figures under the draft banner; the time from upload to preview
 *   (uploads + build) is printed. These are the commands of .github/workflows/xem-truoc.yml;
 * - no request leaves 127.0.0.1: everything else is aborted, and any attempt fails the suite;
 * - the screenshots of the README's staff guide are taken on the way: into screenshots/ (with
 *   the other suites' pictures), or, with `E2E_GUIDE_IMAGES=1`, over docs/images/bien-tap-*.png.
 *   Only when asked: Chromium draws the same window a few bytes differently from run to run,
 *   and a test run that rewrote four tracked pictures left every checkout changed.
 *
 * Prints one line per check and "N passed, M failed"; exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startEditor } from '../../scripts/editor.ts';
import { checkConsent } from '../../src/domain/content/check.ts';
import { checkCollection, releaseFacts } from '../../src/domain/content/check-collection.ts';
import { readFrontmatter } from '../../src/domain/content/frontmatter.ts';
import { profileFrontmatter } from '../../src/domain/content/schemas.ts';
import { slugify } from '../../src/domain/slug.ts';
import { validate } from '../../src/domain/validation/validate.ts';
import { formatInt } from '../../src/format/vi.ts';
import { editor as t } from '../../src/i18n/editor.vi.ts';
import { xlsx } from '../fixtures/import/xlsx.ts';
import { tree } from '../helpers/files.ts';
import { launchBrowser } from './lib/browser.ts';
import { Report } from './lib/report.ts';
import { serveSite } from './lib/server.ts';
import { TAKE_SCREENSHOTS } from './lib/run.ts';

const DIST = path.resolve(process.env['E2E_DIST'] ?? process.env['DIST'] ?? 'dist');
const GUIDE_IMAGES = process.env['E2E_GUIDE_IMAGES'] === '1';
const IMAGES = path.resolve(GUIDE_IMAGES ? 'docs/images' : 'screenshots');
const DRAFT = '2027.1';
const report = new Report();

const scratch = mkdtempSync(path.join(tmpdir(), 'bien-tap-'));
const root = path.join(scratch, 'repo');
for (const folder of ['data', 'content']) cpSync(folder, path.join(root, folder), { recursive: true });
const realContent = tree('content');
const workbook = path.join(scratch, 'ket-qua-ra-soat-2025.xlsx');
/** Three communes of 1 July 2025, year 2025: a partial review, so no district or province sum is required of it. */
const ROWS = [
  ['05977', 'Đông Kinh', 2025, 11700, 40, 240],
  ['05983', 'Lương Văn Tri', 2025, 6610, 30, 170],
  ['06001', 'Đoàn Kết', 2025, 3160, 100, 250],
] as const;
writeFileSync(workbook, xlsx({ rows: [['Mã đơn vị', 'Tên đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'], ...ROWS.map((r) => [...r])] }));

function npm(args: string[]): Promise<{ code: number | null; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** A screenshot for the README's guide: PNG of the window, 1024, 1280 or 360 px wide (GUIDE_IMAGES). */
async function picture(page: Page, name: string): Promise<void> {
  if (!GUIDE_IMAGES && !TAKE_SCREENSHOTS) return;
  mkdirSync(IMAGES, { recursive: true });
  await page.screenshot({ path: path.join(IMAGES, `${name}.png`) });
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
async function choose(page: Page, label: string, ...options: string[]): Promise<void> {
  await field(page, label).click();
  for (const option of options) {
    await page.keyboard.type(option);
    await page.keyboard.press('Enter');
  }
}
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
}
async function openNew(context: BrowserContext, origin: string, collection: string): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${origin}/quan-tri/#/collections/${collection}/new`);
  await field(page, t.fields.title).waitFor();
  return page;
}

const editor = await startEditor({ root, dist: DIST });
const browser = await launchBrowser();
const attempted: string[] = [];
try {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1024, height: 720 }, serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    attempted.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`);
    });
  });
  const csp: string[] = [];
  const collectCsp = async (page: Page) => csp.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));

  report.heading('the editor at /quan-tri/');
  const home = await context.newPage();
  const response = await home.goto(`${editor.origin}/quan-tri/`);
  const headers = response?.headers() ?? {};
  report.check('served with its own CSP (eval and inline styles only here) and noindex', /'unsafe-eval'/.test(headers['content-security-policy'] ?? '') && headers['x-robots-tag'] === 'noindex, nofollow', headers['content-security-policy']);
  report.check('the page says noindex', (await home.locator('meta[name="robots"]').getAttribute('content')) === 'noindex, nofollow');
  await home.getByRole('button', { name: 'Đăng nhập' }).click();
  await home.getByText(t.collections.profiles.label, { exact: true }).first().waitFor();
  report.check('opens on the local backend, in Vietnamese, with every collection (the English pages too)', (await Promise.all(Object.values(t.collections).map((c) => home.getByText(c.label, { exact: true }).first().isVisible()))).every(Boolean));
  // The list of profiles loads after the collections: photograph it, not its spinner.
  await home.locator('a[href*="/collections/profiles/entries/"]').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  await picture(home, 'bien-tap-1-danh-muc');
  await collectCsp(home);

  report.heading('a household profile with consent, through the form');
  const title = 'Hộ gia đình ông Hoàng Văn Thử vượt khó';
  const slug = slugify(title);
  const profile = await openNew(context, editor.origin, 'profiles');
  await field(profile, t.fields.title).fill(title);
  await choose(profile, t.fields.kind, 'Hộ gia đình');
  const unit = profile.locator('select[data-vintage]');
  const before = await unit.locator('option').count();
  await choose(profile, `${t.fields.vintage} (không bắt buộc)`, '2025-07');
  await profile.waitForFunction(() => document.querySelector('select[data-vintage]')?.getAttribute('data-vintage') === '2025-07');
  const units2025 = JSON.parse(readFileSync(path.join(DIST, 'quan-tri', 'danh-muc.json'), 'utf8')).vintages.find((v: { id: string }) => v.id === '2025-07').units.length;
  report.check('the unit list follows the vintage chosen (the units of 1 July 2025, from the release)', before === 1 && (await unit.locator('option').count()) === units2025 + 1, `${before} → ${await unit.locator('option').count()}`);
  await unit.selectOption('06001');
  report.check("the photo field says which files it takes, and what to do with an iPhone's HEIC", await profile.getByText(t.fields.imageHint).isVisible());
  // The household agrees to its name and story, not its place: the commune is named only in the record (place-without-consent).
  await field(profile, t.fields.summary).fill('Một hộ gia đình thoát nghèo nhờ trồng hồi và nuôi lợn.');
  // Staff type dates digit by digit, day first; Decap's own date box turned 01/12/2026 into 1906-12-01.
  await field(profile, t.fields.publishedAt).pressSequentially('31/11/2026', { delay: 30 });
  await profile.getByRole('button', { name: `Thêm ${t.fields.sources.toLowerCase()}` }).click();
  await field(profile, t.fields.sourceId).fill('p-bao-lang-son-thu');
  await choose(profile, t.fields.sourceKind, t.sourceKinds.press);
  await field(profile, t.fields.sourceTitle).fill('Thoát nghèo nhờ cây hồi');
  await field(profile, `${t.fields.sourceIssuer} (không bắt buộc)`).fill('Báo Lạng Sơn');
  // A real profile cites a dated article with its address (source-incomplete).
  await field(profile, `${t.fields.sourceDate} (không bắt buộc)`).fill('2026-11-15');
  await field(profile, `${t.fields.sourceUrl} (không bắt buộc)`).fill('https://baolangson.vn/thoat-ngheo-nho-cay-hoi');
  await field(profile, `${t.fields.obtained} (không bắt buộc)`).click();
  await field(profile, `${t.fields.consentDate} (không bắt buộc)`).pressSequentially('20/11/2026', { delay: 30 });
  await choose(profile, `${t.fields.scope} (không bắt buộc)`, t.scopes.name, t.scopes.story);
  await field(profile, `${t.fields.record} (không bắt buộc)`).fill('Biên bản số 12/BB, lưu tại UBND xã Đoàn Kết');
  await choose(profile, `${t.fields.by} (không bắt buộc)`, t.givers['household-head']);
  await profile.locator('[data-slate-editor="true"]').first().click();
  await profile.keyboard.type('Gia đình ông Thử trồng hồi từ năm 2022.');
  await publish(profile);
  const notADay = profile.getByText(t.dateInvalid('31/11/2026'));
  await notADay.waitFor({ timeout: 10_000 }).catch(() => undefined);
  report.check('a day that does not exist (31/11/2026) is refused at its field, with how to write it, and nothing is saved', (await notADay.isVisible()) && !existsSync(path.join(root, 'content', 'profiles', `${slug}.md`)));
  // A slip of the year: a day to come would be shown at once as the story's date.
  const now = new Date();
  const nextYear = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear() + 1}`;
  const todayShown = `${nextYear.slice(0, 6)}${now.getFullYear()}`;
  await field(profile, t.fields.publishedAt).fill('');
  await field(profile, t.fields.publishedAt).pressSequentially(nextYear, { delay: 30 });
  await publish(profile);
  const toCome = profile.getByText(t.dateFuture(nextYear, todayShown));
  await toCome.waitFor({ timeout: 10_000 }).catch(() => undefined);
  report.check(`a day still to come (${nextYear}) is refused at its field, saying today's date, and nothing is saved`, (await toCome.isVisible()) && !existsSync(path.join(root, 'content', 'profiles', `${slug}.md`)));
  await field(profile, t.fields.publishedAt).fill('');
  await field(profile, t.fields.publishedAt).pressSequentially('01/12/2026', { delay: 30 });
  await field(profile, `${t.fields.consentDate} (không bắt buộc)`).scrollIntoViewIfNeeded();
  await picture(profile, 'bien-tap-2-ho-so');
  await publish(profile);
  await profile.waitForURL(/\/collections\/profiles\/entries\//, { timeout: 30_000 }).catch(() => undefined);
  const saved = path.join(root, 'content', 'profiles', `${slug}.md`);
  report.check(`saved as content/profiles/${slug}.md in the scratch root`, existsSync(saved));
  if (existsSync(saved)) {
    const read = readFrontmatter(readFileSync(saved, 'utf8'));
    const parsed = profileFrontmatter.safeParse(read.ok ? read.data : {});
    report.check('its front matter passes the profile schema', parsed.success, parsed.success ? '' : parsed.error.message);
    report.check('the dates typed day first are saved as those days (01/12/2026 → 2026-12-01, 20/11/2026 → 2026-11-20)', parsed.success && parsed.data.publishedAt === '2026-12-01' && parsed.data.consent?.date === '2026-11-20', parsed.success ? `${parsed.data.publishedAt}, ${parsed.data.consent?.date}` : '');
    report.check('with the consent, place and source filled in the form', parsed.success && parsed.data.consent?.obtained === true && parsed.data.consent.by === 'household-head' && parsed.data.consent.scope.join() === 'name,story' && parsed.data.place?.vintage === '2025-07' && parsed.data.place.unit === '06001' && parsed.data.sources[0]?.id === 'p-bao-lang-son-thu' && parsed.data.people.length === 0);
    const { dataset } = validate({ dataRoot: path.join(root, 'data') });
    const problems = checkCollection(path.join(root, 'content'), 'profiles', () => releaseFacts(dataset!)).filter((p) => p.file.endsWith(`${slug}.md`));
    report.check("the build's content checks accept it (check-collection)", problems.length === 0, problems.map((p) => `${p.rule}: ${p.message}`).join(' | '));
  }
  await collectCsp(profile);

  report.heading('a household profile without consent is refused in the form');
  const refusedTitle = 'Hộ gia đình bà Lò Thị Mẫu';
  const refused = await openNew(context, editor.origin, 'profiles');
  await field(refused, t.fields.title).fill(refusedTitle);
  await choose(refused, t.fields.kind, 'Hộ gia đình');
  await field(refused, t.fields.summary).fill('Một hộ gia đình vươn lên thoát nghèo.');
  await field(refused, t.fields.publishedAt).pressSequentially('01/12/2026', { delay: 30 });
  await refused.locator('[data-slate-editor="true"]').first().click();
  await refused.keyboard.type('Câu chuyện của gia đình.');
  // Decap's message sits at the top right, wider than a 1024 px window leaves it, and goes after 8 s.
  await refused.setViewportSize({ width: 1280, height: 720 });
  await publish(refused);
  const toast = refused.getByText(/^Chưa lưu:/);
  await toast.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  // Read before photographing: the message goes after 8 s, and on a busy machine waiting
  // for its animation and drawing the picture took longer than that.
  const shown = (await toast.allInnerTexts()).join(' ');
  // The message slides in: photograph it once its animation has ended.
  await refused.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 }).catch(() => undefined);
  await picture(refused, 'bien-tap-3-tu-choi');
  const expected = checkConsent({ file: 'x.md', slug: slugify(refusedTitle), text: `---\nkind: household\n---\n`, data: { kind: 'household', title: refusedTitle } })[0]!.message;
  report.check("the form refuses to save, with the build's own words", shown.includes(expected) && shown.includes('consent-missing'), shown.slice(0, 200));
  report.check('and writes no file', !existsSync(path.join(root, 'content', 'profiles', `${slugify(refusedTitle)}.md`)));
  await collectCsp(refused);

  report.heading('a workbook through "Kết quả rà soát", then npm run uploads');
  const upload = await openNew(context, editor.origin, 'uploads');
  await field(upload, t.fields.title).fill('Kết quả rà soát năm 2025 (đợt 1)');
  await field(upload, t.fields.release).fill(DRAFT);
  await choose(upload, t.fields.uploadVintage, '2025-07');
  await field(upload, t.fields.source).fill('Quyết định số 83/QĐ-UBND ngày 15/01/2026');
  await field(upload, `${t.fields.notes} (không bắt buộc)`).fill('Số liệu năm 2025 của ba xã, phường.');
  await upload.getByRole('button', { name: 'Chọn một tập tin' }).click();
  const [chooser] = await Promise.all([upload.waitForEvent('filechooser'), upload.getByText('Tải lên', { exact: true }).click()]);
  await chooser.setFiles(workbook);
  await upload.getByRole('button', { name: 'Dùng tệp đã chọn' }).click();
  await upload.getByText(path.basename(workbook)).first().waitFor();
  // The media dialog fades out over the form: photograph the form once it has gone.
  await upload.getByRole('button', { name: 'Dùng tệp đã chọn' }).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  await upload.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 }).catch(() => undefined);
  await picture(upload, 'bien-tap-4-tai-len');
  const uploadedAt = performance.now();
  await publish(upload);
  await upload.waitForURL(/\/collections\/uploads\/entries\//, { timeout: 30_000 }).catch(() => undefined);
  const forms = path.join(root, 'uploads', 'ket-qua-ra-soat');
  const formFiles = existsSync(forms) ? readdirSync(forms).filter((n) => n.endsWith('.md')) : [];
  report.check("the form and the workbook are saved under uploads/ in the scratch root, the workbook in the form's own folder", formFiles.length === 1 && existsSync(path.join(forms, 'tep', formFiles[0]!.replace(/\.md$/, ''), path.basename(workbook))), formFiles.join(', '));
  await collectCsp(upload);

  const first = await npm(['uploads', '--', '--data', path.join(root, 'data')]);
  report.check('npm run uploads turns it into a draft', first.code === 0 && first.output.includes(`đã nhập vào bản nháp ${DRAFT}`), first.output.trim().split('\n').at(-1));
  const manifest = JSON.parse(readFileSync(path.join(root, 'data', 'releases', 'index.json'), 'utf8'));
  report.check(`the draft ${DRAFT} is in the scratch root's manifest, titled from the form`, manifest.releases.some((r: { id: string; status: string; title: string }) => r.id === DRAFT && r.status === 'draft' && r.title === 'Kết quả rà soát năm 2025 (đợt 1)'));
  const reportFile = path.join(root, 'uploads', 'bao-cao', formFiles[0] ?? 'x.md');
  report.check('its report is written beside the upload', existsSync(reportFile) && readFileSync(reportFile, 'utf8').includes(`**Đã nhập vào bản nháp ${DRAFT}**`));
  const second = await npm(['uploads', '--', '--data', path.join(root, 'data')]);
  report.check('a second run does nothing', second.code === 0 && second.output.includes('Không có tệp tải lên mới'), second.output.trim());

  const reports = await context.newPage();
  await reports.goto(`${editor.origin}/quan-tri/#/collections/reports`);
  await reports.getByText(`Kết quả xử lý: Kết quả rà soát năm 2025 (đợt 1)`).first().click();
  await reports.getByText(t.reportStatus['draft-written']).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  report.check('the editor lists the report, with its result', await reports.getByText(t.reportStatus['draft-written']).first().isVisible());
  await picture(reports, 'bien-tap-5-bao-cao');
  await collectCsp(reports);

  report.heading('preview: a build with drafts of the scratch root');
  // The embedded demo's sample profiles link illustrative awards, which a draft made from demo
  // data drops: the report names each such profile by its title under "Nội dung cần sửa";
  // staff remove the award in the editor, as this does in the file.
  const toFix = [...readFileSync(reportFile, 'utf8').matchAll(/^- Hồ sơ điển hình “(.+?)”: không có khen thưởng "([^"]+)".*\(recognition-unknown\)$/gm)];
  const profilesDir = path.join(root, 'content', 'profiles');
  const titled = (title: string) =>
    readdirSync(profilesDir)
      .filter((n) => n.endsWith('.md'))
      .map((n) => path.join(profilesDir, n))
      .find((f) => {
        const read = readFrontmatter(readFileSync(f, 'utf8'));
        return read.ok && read.data['title'] === title;
      });
  const found = toFix.map(([, title, award]) => ({ file: titled(title!), award: award! }));
  report.check('the report names the profiles to fix by their titles, and each is found', found.length > 0 && found.every((f) => f.file !== undefined), toFix.map((m) => m[1]).join(' | '));
  for (const { file, award } of found) {
    if (file) writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((l) => !(l.startsWith('recognitions:') && l.includes(award))).join('\n'));
  }
  const checked = await npm(['validate', '--', '--data', path.join(root, 'data'), '--drafts']);
  report.check(`npm run validate -- --drafts checks the draft ${DRAFT}: no error`, checked.code === 0 && checked.output.includes(`Phiên bản ${DRAFT}: 0 lỗi`), checked.output.trim().split('\n').at(-1));
  const out = path.join(scratch, 'xem-truoc');
  const built = await npm(['build', '--', '--data', path.join(root, 'data'), '--drafts', '--out', out]);
  report.check('npm run build -- --drafts builds the preview', built.code === 0, built.code === 0 ? '' : built.output.split('\n').slice(-5).join(' | '));
  report.info(`from upload to preview: npm run uploads ${first.seconds.toFixed(1)} s + npm run build -- --drafts ${built.seconds.toFixed(1)} s = ${(first.seconds + built.seconds).toFixed(1)} s (${((performance.now() - uploadedAt) / 1000).toFixed(1)} s after saving the upload, with the second run and the editor between)`);
  if (built.code === 0) {
    const preview = await serveSite(out);
    try {
      const phone = await context.newPage();
      await phone.setViewportSize({ width: 360, height: 740 });
      const [code, name, , households, poor] = ROWS[0];
      await phone.goto(`${preview.origin}/dia-ban/2025-07/${code}-${slugify(name)}/`);
      const text = await phone.locator('body').innerText();
      report.check("the unit page shows the draft's figure under the draft banner", text.includes('BẢN NHÁP — chưa công bố') && text.includes(`${poor} / ${formatInt(households)} hộ`), text.slice(0, 120));
      await picture(phone, 'bien-tap-6-xem-truoc');
      await phone.goto(`${preview.origin}/du-lieu/${DRAFT}/`);
      report.check(`/du-lieu/${DRAFT}/ lists the draft's figures`, (await phone.locator('body').innerText()).includes(`Phiên bản dữ liệu ${DRAFT}`));
      report.check('every page of the preview is noindex', (await phone.locator('meta[name="robots"]').getAttribute('content')) === 'noindex');
      await collectCsp(phone);
    } finally {
      await preview.close();
    }
  }

  report.heading('nothing left the machine, nothing outside the scratch root changed');
  report.check('no CSP violation on any page', csp.length === 0, csp.slice(0, 3).join(' | '));
  report.check('no request to anything but 127.0.0.1 was attempted', attempted.length === 0, attempted.slice(0, 3).join(' | '));
  report.check("the repository's own content/ is untouched", JSON.stringify(tree('content')) === JSON.stringify(realContent));
} catch (error) {
  report.check('the editor suite ran to the end', false, String(error).split('\n')[0]);
} finally {
  await browser.close();
  await editor.close();
  rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = report.summary();
