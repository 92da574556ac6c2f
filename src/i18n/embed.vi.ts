/**
 * Vietnamese text of embeds (/nhung/…), of the "Nhúng" box under each chart and map,
 * of the per-figure downloads and of the text inside the SVG/PNG files.
 */
import { formatDate } from '../format/vi.ts';

export interface SourceRef {
  title: string;
  issuer?: string | null | undefined;
  kind: 'official' | 'press' | 'derived' | 'synthetic';
}

const sourceTitle = (s: SourceRef): string => `${s.title}${s.issuer ? `, ${s.issuer}` : ''}${s.kind === 'synthetic' ? ' (minh họa)' : ''}`;

export const embed = {
  // ------------------------------------------------ under a chart or a map --
  actionsLabel: (what: string) => `Tải về và nhúng: ${what}`,
  downloads: 'Tải về:',
  csv: 'Tải CSV',
  xlsx: 'Tải Excel',
  svg: 'Tải SVG',
  png: 'Tải PNG',
  csvHint: 'số liệu của hình cho chương trình máy tính (UTF-8, dấu chấm thập phân)',
  xlsxHint: 'số liệu của hình, mở bằng Excel: mã giữ số 0 ở đầu, tỷ lệ dạng phần trăm',
  sheetName: 'so-lieu',
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
