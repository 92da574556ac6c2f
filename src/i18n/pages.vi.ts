/** Vietnamese text of the home page (the data pages' text is in data.vi.ts). */
export const homePage = {
  description:
    'Số liệu hộ nghèo, hộ cận nghèo của tỉnh Lạng Sơn 2021–2025, tiến độ so với kế hoạch Phong trào thi đua và kết quả đánh giá từng huyện, xã.',
  lead: 'Theo dõi Phong trào thi đua giai đoạn 2021–2025 của tỉnh Lạng Sơn: mỗi con số đều ghi nguồn, mỗi tiêu chí mà một khen thưởng nêu đều được đối chiếu với số liệu rà soát.',
  /** Under the slogan, before the place finder: the latest result in one sentence, its counts and source in the section it links to. */
  summary: (year: number, poorRate: string, nearPoorRate: string) => `Cuối năm ${year}, tỷ lệ hộ nghèo toàn tỉnh là ${poorRate}, tỷ lệ hộ cận nghèo ${nearPoorRate}.`,
  summaryLink: 'Xem số hộ và nguồn',
  latestHeading: (year: number) => `Kết quả rà soát cuối năm ${year}`,
  poor: 'Hộ nghèo',
  nearPoor: 'Hộ cận nghèo',
  households: 'Tổng số hộ',
  households_of: (poor: string, total: string) => `${poor} / ${total} hộ`,
  householdCount: (count: string) => `${count} hộ`,
  baselineHeading: (year: number) => `Năm gốc ${year}`,
  baselineNote: 'Năm đầu tiên rà soát theo chuẩn nghèo đa chiều giai đoạn 2022–2025.',
  averageHeading: 'Tốc độ giảm tỷ lệ hộ nghèo',
  average: (from: number, to: number, points: string) => `Bình quân ${from}–${to}: giảm ${points} điểm phần trăm mỗi năm.`,
  averagePlan: (from: number, to: number) => `Kế hoạch đặt mức giảm 2–3 điểm phần trăm mỗi năm trong giai đoạn ${from}–${to} (mục II.1).`,
  averageHow: (from: number, to: number, a: string, b: string, years: number) =>
    `Cách tính: (tỷ lệ năm ${from} ${a} − tỷ lệ năm ${to} ${b}) / ${years} năm.`,
  progressHeading: 'Tiến độ so với kế hoạch',
  progressLink: 'Xem tất cả chỉ tiêu và tiêu chí',
  seriesHeading: 'Tỷ lệ hộ nghèo toàn tỉnh qua các năm',
  seriesCaption: 'Tỷ lệ hộ nghèo và hộ cận nghèo toàn tỉnh, theo năm rà soát',
  columns: { year: 'Năm', poor: 'Hộ nghèo', poorRate: 'Tỷ lệ hộ nghèo', nearPoor: 'Hộ cận nghèo', nearPoorRate: 'Tỷ lệ hộ cận nghèo', basis: 'Căn cứ' },
  storiesHeading: 'Điển hình tiên tiến',
  storiesLink: 'Xem tất cả điển hình và mô hình',
  updatesHeading: 'Tin tức mới',
  updatesLink: 'Xem tất cả tin tức',
  moreHeading: 'Tìm hiểu thêm',
  links: [
    { href: '/ke-hoach/', text: 'Toàn văn Kế hoạch thi đua, mỗi mục dẫn tới kết quả' },
    { href: '/tieu-chi/', text: 'Tiêu chí thi đua và kết quả đánh giá từng huyện, xã' },
    { href: '/du-lieu/', text: 'Dữ liệu mở: các phiên bản đã công bố và mã kiểm tra' },
  ],
} as const;

/** A staff-written page (content/pages/) on the English page, when it has no English text yet. */
export const contentPage = {
  untranslated: 'Trang này chưa có bản tiếng Anh; dưới đây là bản tiếng Việt.',
} as const;

/** Vietnamese text of the 404 page (src/pages/404.astro). */
export const notFoundPage = {
  title: 'Không tìm thấy trang',
  description: 'Địa chỉ này không có trên trang. Tìm xã, huyện, điển hình, tin tức, hoặc xem bản đồ và danh sách các xã, huyện.',
  lead: 'Không có trang nào ở địa chỉ này. Có thể liên kết đã cũ, hoặc địa chỉ bị gõ sai.',
  renamed: 'Nhiều xã đã sáp nhập và đổi tên: tìm theo tên cũ vẫn ra xã mới.',
  searchHeading: 'Tìm trên trang',
  browseHeading: 'Hoặc xem',
  map: 'Bản đồ tỷ lệ hộ nghèo các xã, huyện',
  communes: (count: string, since: string) => `Danh sách ${count} xã, phường từ ${since}`,
  districts: (count: string, before: string | undefined) => `Danh sách ${count} huyện, thành phố${before ? ` trước ${before}` : ''}`,
  home: 'Trang chủ',
} as const;

/** Vietnamese text of a page that forwards to another at once (src/pages/[...forward].astro). */
export const forwardPage = {
  title: 'Trang ở địa chỉ khác',
  description: 'Địa chỉ này không có trang riêng; trang nó dẫn tới được mở thay.',
  trimmed: 'Địa chỉ này không có trang riêng. Trang gần nhất với nó là:',
  moved: 'Tên địa bàn này đã được sửa trong một phiên bản dữ liệu sau, nên trang của nó nay ở địa chỉ:',
  gone: 'Hình này dựng từ số liệu của một phiên bản trước mà phiên bản hiện nay không còn. Số liệu của phiên bản đó được giữ nguyên, tải về được, ở trang:',
  goneUnit: 'Địa bàn này chỉ có trong số liệu của một phiên bản trước. Số liệu của phiên bản đó được giữ nguyên, tải về được, ở trang:',
} as const;
