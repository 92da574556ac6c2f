/**
 * The report `npm run uploads` writes for each upload (uploads/bao-cao/<slug>.md): front
 * matter the editor's "Báo cáo xử lý" collection lists, and a Vietnamese body with every
 * problem of the workbook by worksheet, row and column. `inputSha256` records exactly which
 * form and workbook it answers, so an upload is processed once.
 */
import { stringify } from 'yaml';
import { formatInt } from '../../format/vi.ts';
import type { CollectionName } from '../content/files.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { columnLetter } from '../import/grid.ts';
import type { ImportSummary } from '../import/import.ts';
import { rowSpan, type ImportProblem } from '../import/problems.ts';
import type { SourceReused } from '../import/sources.ts';
import { editor } from '../../i18n/editor.vi.ts';

export type UploadStatus = 'draft-written' | 'refused';

export interface UploadReport {
  /** The form's title (or its file name when the form could not be read). */
  title: string;
  /** The form, relative to the uploads folder: "ket-qua-ra-soat/2026-12-01-kq-2025.md". */
  upload: string;
  workbook?: string;
  release?: string;
  status: UploadStatus;
  inputSha256: string;
  /** Why nothing was imported, when the form or the file could not be used at all. */
  refusal?: string;
  problems: ImportProblem[];
  summary?: ImportSummary;
  /** What the build's content checks say against the new draft (fix before previewing). */
  contentProblems: ContentToFix[];
}

/** A content problem as staff find it in the editor: its collection and the entry's title, not a file and a line. */
export interface ContentToFix {
  collection: CollectionName;
  title: string;
  rule: string;
  message: string;
}

const COLLECTION_LABEL: Record<CollectionName, string> = {
  profiles: editor.collections.profiles.label,
  updates: editor.collections.updates.label,
  pages: editor.collections.pages.label,
  'pages/en': editor.collections.pagesEn.label,
};

const LEVEL = { error: 'lỗi', warning: 'cảnh báo', notice: 'ghi chú' } as const;

/** A table cell: one line, pipes escaped (Markdown tables). */
const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();

export function renderReport(r: UploadReport): string {
  const front = {
    title: `Kết quả xử lý: ${r.title}`,
    upload: r.upload,
    ...(r.workbook ? { workbook: r.workbook } : {}),
    ...(r.release ? { release: r.release } : {}),
    status: r.status,
    inputSha256: r.inputSha256,
  };
  const lines: string[] = [];
  const errors = r.problems.filter((p) => p.level === 'error').length;
  if (r.status === 'draft-written' && r.summary && r.release) {
    const s = r.summary;
    lines.push(`**Đã nhập vào bản nháp ${r.release}**${s.createdFrom ? ` (tạo mới, chép từ phiên bản ${s.createdFrom})` : ''}.`, '');
    lines.push(
      `Tệp ${r.workbook ?? ''}${s.sheet !== undefined ? `, trang tính “${s.sheet}”` : ''}: ${formatInt(s.rows)} dòng số liệu` +
        (s.years.length > 0 ? ` năm ${s.years.join(', ')}` : '') +
        `; thêm ${formatInt(s.added)}, sửa ${formatInt(s.corrected)}, giữ nguyên ${formatInt(s.unchanged)}` +
        (s.removed > 0 ? `, xóa ${formatInt(s.removed)}` : '') +
        ' bản ghi.',
    );
    if (s.fromDemo) {
      const { kept, dropped } = s.fromDemo;
      lines.push(
        '',
        `Phiên bản ${s.createdFrom} là dữ liệu minh họa: bản nháp chỉ giữ số liệu có nguồn chính thức, báo chí hoặc suy ra (${formatInt(kept.observations)} bản ghi); ` +
          `đã bỏ ${formatInt(dropped.observations)} số liệu, ${formatInt(dropped.classifications)} phân loại, ${formatInt(dropped.recognitions)} khen thưởng minh họa.`,
      );
    }
    for (const source of s.sourcesAdded) lines.push('', `Thêm nguồn ${source.id}: “${source.title}”.`);
    for (const reused of s.sourcesReused) lines.push('', reusedLine(reused));
    lines.push('', `Tên bản nháp: “${s.title ?? ''}”.${s.notes ? ` Ghi chú: “${s.notes}”.` : ''}`);
    if (s.ignored) lines.push('', ignoredLine(r.release, s));
    const where = `thẻ Actions của kho mã nguồn → lần chạy “Xem trước kết quả rà soát” → Artifacts → xem-truoc`;
    lines.push(
      '',
      (r.contentProblems.length === 0
        ? `Xem trước: vài phút sau khi lưu phiếu, trang xem trước dựng với bản nháp này (số liệu trên bản đồ, trang địa bàn, biểu đồ, và mọi thay đổi ở /du-lieu/${r.release}/) có ở ${where}. `
        : `Xem trước: chưa dựng được khi các mục ở phần “Nội dung cần sửa” dưới đây chưa sửa. Sửa và lưu xong, vài phút sau trang xem trước được dựng lại; nó có ở ${where}. `) +
        `Công bố: khi đã xem trước và thấy đúng, báo người có thẩm quyền với kho mã nguồn công bố bản nháp ${r.release}.`,
    );
  } else {
    // A refusal is a sentence of its own and may end with its full stop: one, not two.
    const why = r.refusal?.replace(/\.\s*$/, '') ?? `còn ${formatInt(errors)} lỗi trong bảng tính`;
    lines.push(`**Chưa nhập gì**: ${why}. Không có bản nháp nào được ghi.`, '');
    lines.push('Sửa bảng tính (hoặc phiếu tải lên) theo các dòng dưới đây, tải lại tệp trong mục “Kết quả rà soát” rồi lưu: lần xử lý sau sẽ đọc lại.');
  }
  if (r.problems.length > 0) {
    lines.push('', '## Lỗi, cảnh báo, ghi chú theo dòng và cột', '');
    lines.push('| Mức | Trang tính | Dòng | Cột | Nội dung | Mã kiểm tra |', '|---|---|---|---|---|---|');
    for (const p of r.problems) {
      const column = p.column ? `“${p.column.header}” (${columnLetter(p.column.index)})` : '';
      const rows = p.rows !== undefined ? rowSpan(p.rows) : (p.row ?? '');
      lines.push(`| ${LEVEL[p.level]} | ${cell(p.sheet ?? '')} | ${rows} | ${cell(column)} | ${cell(p.message)} | ${p.rule} |`);
    }
  }
  if (r.contentProblems.length > 0) {
    lines.push('', '## Nội dung cần sửa trước khi xem trước và công bố', '');
    lines.push(`Với bản nháp ${r.release ?? ''}, trang xem trước và việc công bố dừng ở những mục dưới đây: mở từng mục trong trình biên tập, sửa theo lời nhắn rồi bấm Công bố.`, '');
    for (const p of r.contentProblems) lines.push(`- ${COLLECTION_LABEL[p.collection]} “${cell(p.title)}”: ${cell(p.message)} (${p.rule})`);
  }
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${lines.join('\n')}\n`;
}

/** An existing source used for the form's source: by its id, or as the same decision. */
function reusedLine(r: SourceReused): string {
  return r.by === 'id'
    ? `Dùng nguồn có sẵn ${r.source.id}: “${r.source.title}”.`
    : `Nguồn “${r.given}” cùng số văn bản ${r.number ?? ''} với nguồn có sẵn ${r.source.id} (“${r.source.title}”): đã dùng nguồn đó, không thêm nguồn mới.`;
}

/** The form's title or notes that the existing draft kept its own over. */
function ignoredLine(release: string, s: ImportSummary): string {
  const { title, notes } = s.ignored ?? {};
  return [
    ...(title !== undefined ? [`Bản nháp ${release} đã có tên “${s.title ?? ''}” nên giữ tên đó; tên “${title}” trong phiếu không được dùng.`] : []),
    ...(notes !== undefined ? [`Bản nháp ${release} đã có ghi chú nên giữ ghi chú đó; ghi chú “${notes}” trong phiếu không được dùng.`] : []),
    `Muốn đổi tên, ghi chú của bản nháp, nhờ người quản trị kho mã nguồn đổi.`,
  ].join(' ');
}

/** What a report records of its upload, if the file is a report: the input it read and the outcome. */
export function reportedUpload(text: string): { inputSha256?: string; status?: UploadStatus } {
  const read = readFrontmatter(text);
  if (!read.ok) return {};
  const { inputSha256, status } = read.data;
  return {
    ...(typeof inputSha256 === 'string' ? { inputSha256 } : {}),
    ...(status === 'draft-written' || status === 'refused' ? { status } : {}),
  };
}
