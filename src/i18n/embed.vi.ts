/**
 * Vietnamese text of embeds (/nhung/…), of the "Nhúng" box under each chart and map,
 * of the per-figure downloads and of the text inside the SVG/PNG files.
 */
import { formatDate } from '../format/vi.ts';
import { columnHeadings } from './column-heading.ts';

export interface SourceRef {
  title: string;
  issuer?: string | null | undefined;
  kind: 'official' | 'press' | 'derived' | 'synthetic';
}

/** Headings in words of the columns of a figure's workbook, by their names in its CSV. */
const FIGURE_COLUMNS: Record<string, string> = {
  vintage: 'Thời kỳ địa giới',
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  type: 'Loại đơn vị',
  parent_code: 'Mã đơn vị cấp trên',
  parent_name: 'Tên đơn vị cấp trên',
  year: 'Năm',
  poor_rate: 'Tỷ lệ hộ nghèo',
  near_poor_rate: 'Tỷ lệ hộ cận nghèo',
  poor_rate_reduction_points: 'Mức giảm tỷ lệ hộ nghèo so với năm trước (điểm %)',
  poor_and_near_poor_reduction_pct: 'Mức giảm số hộ nghèo và cận nghèo so với năm gốc',
  criteria_status: 'Kết quả theo tiêu chí',
  class: 'Nhóm trên bản đồ',
  illustrative: 'Số liệu minh họa',
  carried: 'Số liệu quy đổi từ đơn vị cũ',
  poor: 'Số hộ nghèo',
  near_poor: 'Số hộ cận nghèo',
  households: 'Tổng số hộ',
  poor_and_near_poor: 'Số hộ nghèo và cận nghèo',
  plan_rate_upper: 'Lộ trình Kế hoạch: mức cao',
  plan_rate_lower: 'Lộ trình Kế hoạch: mức thấp',
  half_of_baseline: 'Một nửa số hộ nghèo và cận nghèo năm gốc',
};

const figureColumn = columnHeadings(FIGURE_COLUMNS, (h) => `${h}: minh họa`, (h, y) => `${h} năm ${y}`);

const sourceTitle = (s: SourceRef): string => `${s.title}${s.issuer ? `, ${s.issuer}` : ''}${s.kind === 'synthetic' ? ' (minh họa)' : ''}`;

export const embed = {
  // ------------------------------------------------ under a chart or a map --
  actionsLabel: (what: string) => `Tải về và nhúng: ${what}`,
  downloads: 'Tải về:',
  csv: 'Tải CSV',
  xlsx: 'Tải Excel',
  svg: 'Tải SVG',
  png: 'Tải PNG',
  csvHint: 'số liệu của hình cho chương trình máy tính (UTF-8, dấu chấm thập phân; nguồn, giấy phép và tên các cột bằng lời ở tệp Excel cùng tên)',
  xlsxHint: 'số liệu của hình, mở bằng Excel: mã giữ số 0 ở đầu, tỷ lệ dạng phần trăm',
  // Said on the page, not only in the links' tooltips: a phone has no hover, and a CSV opened
  // in a spreadsheet turns "05971" into 5971.
  filesNote: 'Mở bằng Excel, LibreOffice: tải tệp Excel, mã đơn vị giữ số 0 ở đầu. Tệp CSV dành cho chương trình máy tính.',
  sheetName: 'so-lieu',
  figureColumn,
  svgHint: 'hình vẽ, phóng to không vỡ',
  pngHint: 'ảnh',
  embed: 'Nhúng',
  embedIntro:
    'Dán một trong hai đoạn mã dưới đây vào trang web của bạn. Khung nhúng có hình, mô tả bằng lời, bảng số liệu, nguồn và liên kết về trang này.',
  allEmbeds: 'Mọi biểu đồ, bản đồ nhúng được',
  live: 'Luôn theo số liệu mới nhất',
  liveHelp: 'Khung nhúng tự cập nhật khi có phiên bản dữ liệu mới.',
  pinned: (id: string) => `Giữ nguyên phiên bản dữ liệu ${id}`,
  pinnedHelp: 'Không bao giờ thay đổi: nên dùng khi trích dẫn trong một bài viết.',
  codeLabel: (variant: string) => `Mã nhúng: ${variant.toLocaleLowerCase('vi')}`,
  copy: 'Sao chép mã',
  copied: 'Đã sao chép mã nhúng.',
  copyFailed: 'Không sao chép được: hãy chọn đoạn mã và sao chép bằng tay.',
  preview: 'Xem trước khung nhúng',
  fitLabel: 'Tự vừa chiều cao (không bắt buộc)',
  fitHelp: 'Dán đoạn mã này một lần vào trang của bạn (ngoài khung nhúng) để khung nhúng tự cao vừa nội dung; không có nó, khung vẫn hiện đủ và cuộn bên trong.',
  fitMore: 'Cách hoạt động',

  // ------------------------------------------------------------ embed page --
  demoLine: 'Dữ liệu minh họa: số liệu huyện, xã không phải số liệu chính thức.',
  draftLine: (id: string) => `BẢN NHÁP — chưa công bố: bản dựng xem trước bản nháp ${id}, không phải trang chính thức.`,
  liveLine: (id: string, date: string | null | undefined) =>
    `Số liệu mới nhất: phiên bản dữ liệu ${id}${date ? `, công bố ${formatDate(date)}` : ''}.`,
  pinnedLine: (id: string, date: string | null | undefined) =>
    `Phiên bản dữ liệu ${id}${date ? `, công bố ${formatDate(date)}` : ''}. Khung này không thay đổi khi có số liệu mới.`,
  tableSummary: 'Mô tả và bảng số liệu',
  sourceLabel: 'Nguồn',
  releaseName: (id: string) => `phiên bản dữ liệu ${id}`,
  documents: (n: number) => (n === 1 ? 'Văn bản nguồn của số liệu' : `Số liệu từ ${n} văn bản nguồn`),
  backLabel: 'Trang gốc',
  licence: (name: string) => `Giấy phép ${name}`,
  back: (site: string) => `Xem đầy đủ trên trang ${site}`,
  /** A pinned embed whose figure the current release no longer has: its release's page. */
  backToRelease: (id: string, site: string) => `Phiên bản dữ liệu ${id} trên trang ${site}`,
  newWindow: '(mở trong cửa sổ mới)',
  noBoundaries: 'Chưa có ranh giới cho thời kỳ địa giới này nên chưa vẽ được bản đồ; bảng số liệu có đủ số liệu.',

  // ---------------------------------------------------------- chart tables --
  year: 'Năm',
  planUpper: (points: string) => `Lộ trình kế hoạch, giảm ${points} điểm/năm`,
  planLower: (points: string) => `Lộ trình kế hoạch, giảm ${points} điểm/năm`,
  tableCaption: (title: string) => `Số liệu của biểu đồ: ${title}`,

  // ------------------------------------------------------- inside SVG / PNG --
  fileRelease: (id: string, date: string | null | undefined) => `Phiên bản dữ liệu ${id}${date ? `, công bố ${formatDate(date)}` : ''}.`,
  fileSource: (site: string, host: string, id: string) => `Nguồn: ${site} (${host}), phiên bản dữ liệu ${id}`,
  fileDocs: (sources: readonly SourceRef[]) => (sources.length === 0 ? '' : `Số liệu: ${sources.map(sourceTitle).join('; ')}.`),
  fileDemo: 'Dữ liệu minh họa: số liệu cấp huyện, cấp xã không phải số liệu chính thức.',
  fileHollow: 'Điểm rỗng: số liệu minh họa hoặc tính từ số liệu minh họa',
} as const;
