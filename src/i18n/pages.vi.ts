/** Vietnamese text of the home page and the data page. */
export const homePage = {
  description:
    'Số liệu hộ nghèo, hộ cận nghèo của tỉnh Lạng Sơn 2021–2025, tiến độ so với kế hoạch Phong trào thi đua và kết quả đánh giá từng huyện, xã.',
  lead: 'Theo dõi Phong trào thi đua giai đoạn 2021–2025 của tỉnh Lạng Sơn: mỗi con số đều ghi nguồn, mỗi danh hiệu đều đối chiếu với tiêu chí của Kế hoạch.',
  latestHeading: (year: number) => `Kết quả rà soát cuối năm ${year}`,
  poor: 'Hộ nghèo',
  nearPoor: 'Hộ cận nghèo',
  households: 'Tổng số hộ',
  households_of: (poor: string, total: string) => `${poor} / ${total} hộ`,
  baselineHeading: (year: number) => `Năm gốc ${year}`,
  baselineNote: 'Năm đầu tiên rà soát theo chuẩn nghèo đa chiều giai đoạn 2022–2025.',
  averageHeading: 'Tốc độ giảm tỷ lệ hộ nghèo',
  average: (from: number, to: number, points: string) => `Bình quân ${from}–${to}: giảm ${points} điểm phần trăm mỗi năm.`,
  averagePlan: 'Kế hoạch đặt mức giảm 2–3 điểm phần trăm mỗi năm (mục II.1).',
  averageHow: (from: number, to: number, a: string, b: string, years: number) =>
    `Cách tính: (tỷ lệ năm ${from} ${a} − tỷ lệ năm ${to} ${b}) / ${years} năm.`,
  progressHeading: 'Tiến độ so với kế hoạch',
  progressLink: 'Xem tất cả chỉ tiêu và tiêu chí',
  seriesHeading: 'Tỷ lệ hộ nghèo toàn tỉnh qua các năm',
  seriesCaption: 'Tỷ lệ hộ nghèo và hộ cận nghèo toàn tỉnh, theo năm rà soát',
  columns: { year: 'Năm', poor: 'Hộ nghèo', poorRate: 'Tỷ lệ hộ nghèo', nearPoor: 'Hộ cận nghèo', nearPoorRate: 'Tỷ lệ hộ cận nghèo', basis: 'Căn cứ' },
  basisOfficial: 'công bố',
  basisDerived: 'tổng các huyện (minh họa)',
  moreHeading: 'Tìm hiểu thêm',
  links: [
    { href: '/tieu-chi/', text: 'Tiêu chí thi đua và kết quả đánh giá từng huyện, xã' },
    { href: '/du-lieu/', text: 'Dữ liệu mở: các phiên bản đã công bố và mã kiểm tra' },
  ],
} as const;

export const dataPage = {
  title: 'Dữ liệu mở',
  description: 'Các phiên bản dữ liệu của trang, trạng thái, ngày công bố, ghi chú và mã băm SHA-256 của từng tệp.',
  intro:
    'Mỗi lần công bố số liệu là một phiên bản riêng, được giữ nguyên vĩnh viễn: các tệp của phiên bản đã công bố không bao giờ bị sửa; bản đính chính là một phiên bản mới. Mã băm SHA-256 dưới đây cho phép bất kỳ ai kiểm tra tệp mình tải về có đúng là tệp đã công bố.',
  current: 'phiên bản hiện hành',
  status: { published: 'Đã công bố', demo: 'Minh họa', draft: 'Bản nháp' },
  publishedAt: 'Ngày công bố',
  notes: 'Ghi chú',
  files: 'Tệp và mã SHA-256',
  noDate: 'chưa công bố',
  check: 'Kiểm tra trên máy của bạn: sha256sum units.json (Linux), shasum -a 256 units.json (macOS) hoặc certutil -hashfile units.json SHA256 (Windows).',
} as const;
