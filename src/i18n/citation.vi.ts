/**
 * Vietnamese text of the "Trích dẫn" block (src/components/Citation.astro): the ready
 * sentence, its CSL-JSON for reference managers, the copy buttons.
 */
import type { CitationKind } from '../site/citation.ts';

export const citationText = {
  heading: 'Trích dẫn',
  intro: 'Dán câu dưới đây vào bài viết hoặc tài liệu của bạn:',
  /**
   * The sentence. `accessed` is the date the reader saw the page: the build has no clock,
   * so the page fills it in the reader's browser (src/client/citation.ts).
   */
  sentence: (p: {
    publisher: string;
    title: string;
    kind: CitationKind;
    site: string;
    release: string;
    illustrative: boolean;
    year: string;
    url: string;
    accessed: string;
    archive: { url: string; locator: string } | undefined;
  }) =>
    `${p.publisher} (${p.year}). ${p.title} [${KIND_LABEL[p.kind]}]. ${p.site}, phiên bản dữ liệu ${p.release}${p.illustrative ? ' (dữ liệu minh họa)' : ''}. ${p.url} (truy cập ngày ${p.accessed}).` +
    (p.archive ? ` Số liệu của phiên bản ${p.release} giữ nguyên tại ${p.archive.url} (${p.archive.locator}).` : ''),
  /** Shown in place of the date without JavaScript. */
  accessedBlank: '…/…/……',
  copy: 'Sao chép câu trích dẫn',
  copied: 'Đã sao chép câu trích dẫn.',
  copyCsl: 'Sao chép CSL-JSON',
  copiedCsl: 'Đã sao chép CSL-JSON.',
  copyFailed: 'Không sao chép được: hãy chọn và sao chép bằng tay.',
  cslSummary: 'CSL-JSON cho Zotero, Mendeley, EndNote',
  cslHelp: 'Trong Zotero: sao chép đoạn dưới, chọn “Nhập từ bộ nhớ tạm” (Import from Clipboard).',
  cslNote: 'Dữ liệu minh họa: số liệu cấp huyện, cấp xã không phải số liệu chính thức.',
  placeName: 'Lạng Sơn',
  /** CSL-JSON `archive`: the release that keeps the cited figures. */
  cslArchive: (site: string, release: string) => `${site}, phiên bản dữ liệu ${release}`,
  /** Where a unit's figures are in its release's files: the workbook (all tables), the unit's code. */
  unitLocator: (workbook: string, code: string) => `tệp ${workbook}, mã đơn vị ${code}`,
  /** `period` in words (vintage.vi.ts): "xã Hoa Thám (địa giới từ 01/7/2025)". */
  unitTitle: (label: string, period: string) => `${label} (địa giới ${period})`,
  language: 'vi',
} as const;

const KIND_LABEL: Record<CitationKind, string> = {
  page: 'trang web',
  unit: 'trang số liệu địa bàn',
  chart: 'biểu đồ',
  map: 'bản đồ',
  story: 'điển hình tiên tiến',
  update: 'tin tức',
  release: 'bộ dữ liệu',
};
