import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentBeside } from '../../config.ts';
import { checkContent } from '../content/check-collection.ts';
import type { ContentProblem } from '../content/check.ts';
import { dataFailure, usageFailure } from '../failure.ts';
import { compareReleaseIds, releaseFileNames, type Manifest } from '../schemas/index.ts';
import { manifestPath, releaseFilePath } from '../validation/load.ts';
import type { Problem } from '../validation/problems.ts';
import { sha256Hex } from '../validation/rules/manifest.ts';
import { validate } from '../validation/validate.ts';
import { placeholderTitle } from './draft-title.ts';
import { isCalendarDate, isIsoShaped, isoFromDayFirst, vietnamToday, vietnameseDate } from './dates.ts';
import { withDataLock } from './lock.ts';
import { readManifestStrict, requireDataRoot } from './read.ts';
import { statusPhrase } from './status-words.ts';
import { nodeWriteOps, writeFilesAtomic, type WriteOps } from './write.ts';

export type PublishResult =
  | { ok: true; manifest: Manifest; date: string }
  | { ok: false; /** The refusal's stable id (docs/validation.md#publishing-rules). */ rule: string; reason: string; problems: Problem[]; contentProblems: ContentProblem[] };

export interface PublishOptions {
  dataRoot: string;
  releaseId: string;
  /** The publication date (YYYY-MM-DD); today in Vietnam by default. */
  date?: string;
  contentRoot?: string;
  /** Today in Vietnam (YYYY-MM-DD); tests fix it. */
  today?: string;
  /** How long to wait for another writer (ms). */
  lockWaitMs?: number;
  writeOps?: WriteOps;
}

/**
 * Turns a valid draft into a published release: records the sha256 of each file and the
 * date, and makes it current. Under the data root's lock, so the draft cannot change
 * between the check and the hashes. Refuses anything but a valid draft; a draft still
 * titled with the importer's placeholder (draft-title.ts); a draft the
 * content no longer fits (a profile citing an award the draft dropped: the site would not
 * build, and the release could no longer be mended); a date not written YYYY-MM-DD (a
 * day-first 15/01/2027 is answered with its YYYY-MM-DD form), not a real day, in the
 * future or before the previous release; and a release older than one already
 * published, so `current` only moves forward. Writes only the manifest — never a
 * release's files.
 */
export async function publishRelease(options: PublishOptions): Promise<PublishResult> {
  const { dataRoot, releaseId, contentRoot } = options;
  const today = options.today ?? vietnamToday();
  const date = options.date ?? today;
  if (!isIsoShaped(date)) {
    const iso = isoFromDayFirst(date);
    throw usageFailure(`--date "${date}" sai dạng: ngày viết theo năm-tháng-ngày (YYYY-MM-DD), ${iso ? `tức là --date ${iso}` : `ví dụ --date ${today}`}`, 'date-format');
  }
  if (!isCalendarDate(date)) throw usageFailure(`--date "${date}" không phải một ngày có thật`, 'date-not-a-day');
  if (date > today) throw usageFailure(`--date ${date} là ngày trong tương lai (hôm nay ở Việt Nam là ${today}); ngày công bố không được sau hôm nay`, 'date-in-future');
  requireDataRoot(dataRoot);

  return withDataLock(dataRoot, { command: `npm run release -- publish ${releaseId}`, waitMs: options.lockWaitMs }, () => {
    const { value: manifest, raw } = readManifestStrict(dataRoot);
    const entry = manifest.releases.find((r) => r.id === releaseId);
    if (!entry) throw usageFailure(`không có phiên bản "${releaseId}" trong ${manifestPath}; có: ${manifest.releases.map((r) => r.id).join(', ')}`, 'release-unknown');
    if (entry.status !== 'draft') {
      return refuse('release-not-draft', `phiên bản ${releaseId} đang ở ${statusPhrase(entry.status)}; chỉ bản nháp mới được công bố. Bản đính chính phải là một phiên bản mới.`);
    }
    if (entry.title === placeholderTitle(releaseId)) {
      return refuse(
        'draft-title-placeholder',
        `bản nháp ${releaseId} còn mang tên tạm “${entry.title}” do lệnh nhập đặt khi không có --title; tên của phiên bản đã công bố không sửa được nữa. ` +
          `Đặt tên trước: npm run import -- --release ${releaseId} --title "…" (ví dụ “Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2026”), rồi công bố lại.`,
      );
    }
    const shown = manifest.releases.filter((r) => r.status !== 'draft');
    const newer = shown.filter((r) => compareReleaseIds(r.id, releaseId) > 0).map((r) => r.id);
    if (newer.length > 0) {
      return refuse(
        'release-older-than-published',
        `phiên bản ${newer.join(', ')} (mã sau ${releaseId}) đã công bố; công bố ${releaseId} bây giờ sẽ đưa trang về số liệu cũ hơn. ` +
          'Hãy nhập số liệu của bản nháp này vào một bản nháp mới có mã sau cùng rồi công bố bản đó.',
      );
    }
    const previous = shown
      .filter((r) => r.publishedAt)
      .sort((a, b) => (a.publishedAt! < b.publishedAt! ? -1 : a.publishedAt! > b.publishedAt! ? 1 : 0))
      .at(-1);
    if (previous && date < previous.publishedAt!) {
      throw dataFailure(`ngày công bố ${vietnameseDate(date)} trước ngày công bố ${vietnameseDate(previous.publishedAt!)} của phiên bản ${previous.id}; ngày các phiên bản chỉ đi tới (dùng --date)`, 'date-before-previous');
    }

    const { report, dataset } = validate({ dataRoot, releaseId, contentRoot, draftDate: date });
    if (!report.ok || !dataset) return refuse('draft-invalid', `phiên bản ${releaseId} còn ${report.errors.length + report.omittedErrors} lỗi`, report.errors);
    const contentProblems = checkContent(contentRoot ?? contentBeside(dataRoot), dataset);
    if (contentProblems.length > 0) {
      return refuse(
        'content-invalid',
        `nội dung (hồ sơ, bài viết) còn ${contentProblems.length} lỗi với phiên bản ${releaseId}: trang web dựng từ phiên bản này sẽ dừng ở đó. ` +
          'Sửa hồ sơ, bài viết (hoặc bản nháp) rồi công bố lại.',
        [],
        contentProblems,
      );
    }

    const sha256: Record<string, string> = {};
    for (const name of releaseFileNames) {
      const file = path.join(dataRoot, releaseFilePath(releaseId, name));
      if (existsSync(file)) sha256[name] = sha256Hex(readFileSync(file));
    }
    const published: Manifest = {
      ...raw,
      current: releaseId,
      releases: raw.releases.map((r) => (r.id === releaseId ? { ...r, status: 'published', publishedAt: date, sha256 } : r)),
    };
    writeFilesAtomic(
      [{ file: path.join(dataRoot, manifestPath), bytes: Buffer.from(JSON.stringify(published, null, 2) + '\n', 'utf8'), label: manifestPath }],
      options.writeOps ?? nodeWriteOps,
    );
    return { ok: true as const, manifest: published, date };
  });
}

const refuse = (rule: string, reason: string, problems: Problem[] = [], contentProblems: ContentProblem[] = []): PublishResult => ({ ok: false, rule, reason, problems, contentProblems });
