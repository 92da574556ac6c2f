/** Vietnamese text of the open-data pages: /du-lieu/ and /du-lieu/<release>/. */
import type { Download } from '../domain/export/downloads.ts';
import type { ReleaseStatus } from '../domain/schemas/index.ts';

/** A download as the page names it. */
export type DownloadTitled = Pick<Download, 'name' | 'kind' | 'title'>;

export const dataPage = {
  title: 'Dữ liệu mở',
  description: 'Các phiên bản dữ liệu của trang, trạng thái, ngày công bố, ghi chú, mã băm SHA-256 của từng tệp, tệp tải về (CSV, JSON) và các thay đổi giữa các phiên bản.',
  /** The page's opening, before the technical detail of the releases: what most readers come for. */
  offer: 'Tại đây, bạn tải về miễn phí, không cần đăng ký, số liệu hộ nghèo, hộ cận nghèo của toàn tỉnh và từng huyện, xã qua các năm.',
  startLabel: 'Thường dùng nhất:',
  startWorkbook: (id: string) => `Bảng tính Excel mới nhất (phiên bản ${id})`,
  startWorkbookWhat: 'mọi bảng số liệu trong một tệp, trang đầu giải thích từng cột',
  startMaps: 'Bản đồ hộ nghèo từng xã, huyện',
  startMapsWhat: 'mỗi bản đồ tải về được dạng ảnh và bảng số liệu',
  /** Before a link to the boundaries' section of this page. */
  startBoundariesLead: '; ranh giới hành chính (GeoJSON) ở ',
  startBoundaries: 'cuối trang này',
  startCite: 'Cách trích dẫn số liệu',
  startCiteWhat: 'câu ghi nguồn để chép vào bài viết, báo cáo',
  intro:
    'Mỗi lần công bố số liệu là một phiên bản riêng, được giữ nguyên vĩnh viễn: các tệp gốc (units.json, crosswalks.json, observations.json, recognitions.json) của phiên bản đã công bố không bao giờ bị sửa, mã băm SHA-256 của chúng được ghi khi công bố; bản đính chính là một phiên bản mới. Các tệp khác (CSV, Excel, kết quả tiêu chí, datapackage.json, thay-doi.json) được trang dựng lại từ các tệp gốc mỗi lần dựng trang: số liệu không đổi, nhưng cách trình bày (cột, lời ghi) có thể được sửa cho rõ hơn, nên mã băm của chúng là của lần dựng này. Mã băm SHA-256 dưới đây cho phép bất kỳ ai kiểm tra tệp mình tải về có đúng là tệp của phiên bản.',
  current: 'phiên bản hiện hành',
  status: { published: 'Đã công bố', demo: 'Minh họa', draft: 'Bản nháp' } satisfies Record<ReleaseStatus, string>,
  statusLabel: 'Trạng thái',
  publishedAt: 'Ngày công bố',
  notes: 'Ghi chú',
  files: 'Tệp và mã SHA-256',
  fileColumn: 'Tệp',
  noDate: 'chưa công bố',
  check: 'Kiểm tra trên máy của bạn: sha256sum units.json (Linux), shasum -a 256 units.json (macOS) hoặc certutil -hashfile units.json SHA256 (Windows).',
  openRelease: (id: string) => `Xem phiên bản ${id}: tải về và các thay đổi`,
  quickDownloads: 'Tải nhanh',
  /** After a file's link, for a screen reader: every release has an observations.csv. */
  ofRelease: (id: string) => ` (phiên bản ${id})`,
  changesSince: (from: string) => `So với phiên bản ${from}`,
  firstReleaseShort: 'Phiên bản đầu tiên.',
  boundariesHeading: 'Ranh giới hành chính (GeoJSON)',
  boundariesIntro:
    'Ranh giới đã được làm đơn giản hóa để vẽ bản đồ toàn tỉnh, không dùng để đo đạc. Mỗi vùng mang mã và tên đơn vị theo thời kỳ địa giới. Ranh giới không thuộc phiên bản số liệu nào; giấy phép của từng lớp ghi ở dưới và trong tệp.',
  licenceLabel: 'Giấy phép',
  /** `period` in words (vintage.vi.ts): "từ 01/7/2025". */
  boundaryLayer: (period: string, level: 'district' | 'commune', features: number) =>
    `${level === 'district' ? 'Huyện' : 'Xã'}, địa giới ${period} (${features} vùng)`,
} as const;

export const releasePage = {
  title: (id: string) => `Phiên bản dữ liệu ${id}`,
  description: (id: string, title: string) => `Phiên bản ${id} — ${title}: tải về CSV, JSON, mô tả gói dữ liệu, mã SHA-256 và các thay đổi so với phiên bản trước.`,
  back: 'Tất cả các phiên bản',
  demoNote: 'Phiên bản này là dữ liệu minh họa: số liệu cấp huyện, cấp xã là số giả lập, không phải số liệu chính thức.',
  draftNote: 'Bản nháp, chưa công bố: chỉ xem trước trên máy, không đưa lên trang chính thức.',
  downloadsHeading: 'Tải về',
  downloadsIntro:
    'Mỗi bảng có hai dạng: .xlsx cho Excel và .csv cho máy đọc (UTF-8 có BOM, dấu phẩy ngăn cột, dấu chấm thập phân). observations có một dòng cho mỗi đơn vị trong mỗi năm, chỉ gồm số liệu gốc: các dòng tổng mà trang tự cộng từ đơn vị cấp dưới không có trong tệp. Tệp datapackage.json mô tả từng cột (kiểu, ý nghĩa), giấy phép và nguồn theo chuẩn Frictionless Data. Trong tệp .xlsx, tên mỗi cột bằng tiếng Việt, kèm tên cột của tệp .csv trong ngoặc; tệp .csv chỉ có tên cột không dấu (tiếng Anh) cho máy đọc.',
  columns: { file: 'Tệp', content: 'Nội dung', size: 'Dung lượng', hash: 'SHA-256' },
  rows: (n: string) => `${n} dòng`,
  hashMatches: 'khớp mã băm ghi trong danh sách phiên bản',
  /** Beside the hash of a file the site makes from the stored ones at each build. */
  hashRebuilt: 'dựng từ các tệp gốc; mã băm của lần dựng trang này',
  licence: (name: string) => `Giấy phép dữ liệu (đề xuất, chờ cơ quan chủ quản quyết định): ${name}. Ranh giới, tên và mã đơn vị hành chính theo giấy phép của nguồn:`,
  licenceLink: 'thông báo bản quyền và giấy phép',
  changesHeading: 'Thay đổi so với phiên bản trước',
  changesFromLead: 'So với phiên bản',
  firstRelease: 'Đây là phiên bản đầu tiên: chưa có phiên bản trước để so sánh, nên chưa có danh sách thay đổi.',
  noChanges: 'Không có thay đổi nào về số liệu, đơn vị, khen thưởng hay nguồn.',
  diffFile: 'Danh sách thay đổi dạng máy đọc được',
  /** First in the summary of changes when every figure of the previous release is kept as it was. */
  figuresUnchanged: 'số liệu hộ nghèo, hộ cận nghèo không thay đổi',
  summary: {
    observationsAdded: (n: string) => `${n} số liệu mới`,
    observationsCorrected: (n: string) => `${n} số liệu được sửa`,
    observationsRemoved: (n: string) => `${n} số liệu bị bỏ`,
    unitsAdded: (n: string) => `${n} đơn vị mới`,
    unitsRemoved: (n: string) => `${n} đơn vị bị bỏ`,
    unitsRenamed: (n: string) => `${n} đơn vị đổi tên`,
    unitsChanged: (n: string) => `${n} đơn vị đổi loại, cấp trên hoặc phân loại`,
    crosswalkLinksChanged: (n: string) => `${n} liên kết chuyển đổi đơn vị thay đổi`,
    recognitionsAdded: (n: string) => `${n} khen thưởng mới`,
    recognitionsRemoved: (n: string) => `${n} khen thưởng bị bỏ`,
    recognitionsChanged: (n: string) => `${n} khen thưởng được sửa`,
    sourcesAdded: (n: string) => `${n} nguồn mới`,
    sourcesRemoved: (n: string) => `${n} nguồn bị bỏ`,
    sourcesChanged: (n: string) => `${n} nguồn được sửa`,
  },
  correctedHeading: 'Số liệu được sửa',
  sourceChangesHeading: 'Số liệu đổi nguồn',
  /** Around the two source titles: `Từ “<from>” sang “<to>”:`. */
  sourceChange: ['Từ “', '” sang “', '”:'],
  unitYear: (unit: string, year: number) => `${unit} (${year})`,
  andMore: (n: string) => `và ${n} bản ghi khác (xem thay-doi.json).`,
  addedHeading: 'Số liệu mới',
  removedHeading: 'Số liệu bị bỏ',
  unitsHeading: 'Đơn vị hành chính',
  recognitionsHeading: 'Khen thưởng',
  sourcesHeading: 'Nguồn',
  crosswalksHeading: 'Chuyển đổi đơn vị giữa các thời kỳ',
  diffColumns: { unit: 'Đơn vị, năm', field: 'Chỉ tiêu', change: 'Trước → sau' },
  figureColumns: { unit: 'Đơn vị, năm', households: 'Số hộ', poor: 'Nghèo', nearPoor: 'Cận nghèo' },
  yearDetail: (detail: string, year: number) => `năm ${year} · ${detail}`,
  fields: {
    households: 'Tổng số hộ',
    poor: 'Hộ nghèo',
    nearPoor: 'Hộ cận nghèo',
    'ethnicMinority.households': 'Hộ DTTS',
    'ethnicMinority.poor': 'Hộ nghèo DTTS',
    source: 'Nguồn',
  },
  unitFields: { type: 'loại', level: 'cấp', parent: 'đơn vị cấp trên', classifications: 'phân loại' },
  /** A unit's classifications in words, as its page names them: "huyện nghèo từ 2022", "xã khu vực III 2021–2023". */
  classification: {
    'poor-district': () => 'huyện nghèo',
    zone: (value: string | undefined) => `xã khu vực ${value ?? ''}`,
    'especially-difficult': () => 'xã đặc biệt khó khăn',
  },
  classificationPeriod: (from: number, to: number | null) => (to === null ? `từ ${from}` : from === to ? `năm ${from}` : `${from}–${to}`),
  /** The fields of a recognition and of a source, named as a reader knows them (the diff names the data's keys). */
  recognitionFields: {
    award: 'hình thức khen thưởng', claims: 'tiêu chí nêu', date: 'ngày', decision: 'số quyết định', grounds: 'tiêu chí xét theo hồ sơ',
    id: 'mã', issuer: 'cấp khen', profile: 'hồ sơ điển hình', recipient: 'người, tập thể được khen', source: 'nguồn',
  } as Record<string, string>,
  sourceFields: {
    date: 'ngày', id: 'mã', issuer: 'cơ quan ban hành', kind: 'loại nguồn', note: 'ghi chú', title: 'tên', url: 'địa chỉ',
  } as Record<string, string>,
  codeVintage: (code: string, vintage: string) => `mã ${code} · ${vintage}`,
  none: '—',
  rowGroup: (year: number, vintage: string, rows: string) => `Năm ${year}, thời kỳ địa giới ${vintage}: ${rows} dòng`,
  vintageAdded: (v: string) => `Thời kỳ địa giới ${v} (mới)`,
  vintageRemoved: (v: string) => `Thời kỳ địa giới ${v} (bị bỏ)`,
  vintageKept: (v: string) => `Thời kỳ địa giới ${v}`,
  unitAdded: 'Thêm',
  unitRemoved: 'Bỏ',
  unitRenamed: (from: string, to: string) => `Đổi tên: ${from} → ${to}`,
  unitChanged: 'Thay đổi',
  recognitionAdded: 'Thêm',
  noDecisionNumber: 'chưa rõ số quyết định',
  recognitionRemoved: 'Bỏ',
  recognitionChanged: (fields: string) => `Sửa (${fields})`,
  linkAdded: (from: string, to: string, share: string) => `Thêm: ${from} → ${to} (${share})`,
  linkRemoved: (from: string, to: string, share: string) => `Bỏ: ${from} → ${to} (${share})`,
  linkChanged: (from: string, to: string, a: string, b: string) => `Sửa tỷ lệ: ${from} → ${to}: ${a} → ${b}`,
  sourceAdded: 'Thêm',
  sourceRemoved: 'Bỏ',
  sourceChanged: (fields: string) => `Sửa (${fields})`,
  /** A unit's share of households in a conversion link: 0.5 → "50%", 1/3 → "33,33%". */
  share: (n: number) => (n === 1 ? '100%' : `${String(Math.round(n * 10000) / 100).replace('.', ',')}%`),
  /** What a download holds, as the page lists it: the release's own words. */
  downloadTitle: (d: DownloadTitled) => d.title,
} as const;

/** "245,3 KB", "1,2 MB", "812 byte". */
export function formatBytes(bytes: number, formatDecimal: (n: number, d: number) => string): string {
  if (bytes < 1024) return `${bytes}\u00a0byte`;
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024, 1)}\u00a0KB`;
  return `${formatDecimal(bytes / (1024 * 1024), 1)}\u00a0MB`;
}
