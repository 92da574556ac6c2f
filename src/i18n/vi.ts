/**
 * Vietnamese UI strings of the site frame (header, navigation, footer, demo
 * banner, source line, status badges). Components read them through
 * src/i18n/site.ts, which answers in the page's language; the English edition is
 * src/i18n/en.ts, the same shape.
 *
 * Data credits follow sources/boundaries/SOURCE.md and
 * sources/admin-units/SOURCE.md: keep each credit with its
 * licence when editing.
 */
export const vi = {
  lang: 'vi',
  locale: 'vi_VN',
  site: {
    /** Short name, shown in the header and in <title>. */
    name: 'Vì người nghèo Lạng Sơn',
    /** Full name of the movement (as in the plan, sources/plan/). */
    movement: 'Lạng Sơn cùng cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
    /** Line under the name in the header. */
    tagline: 'Phong trào thi đua “Không để ai bị bỏ lại phía sau”',
    period: '2021–2025',
    titleSeparator: ' – ',
  },
  skipLink: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Mục chính',
    /** The button that opens the menu (and the search box) on a phone. */
    menu: 'Danh mục',
    home: 'Trang chủ',
    plan: 'Kế hoạch',
    map: 'Bản đồ',
    progress: 'Tiến độ',
    criteria: 'Tiêu chí',
    profiles: 'Điển hình',
    updates: 'Tin tức',
    data: 'Dữ liệu',
    search: 'Tìm kiếm',
  },
  banner: {
    label: 'Lưu ý về số liệu',
    title: 'Dữ liệu minh họa',
    /** Title when a page only carries its own note (e.g. a sample profile). */
    noteTitle: 'Nội dung minh họa',
    /** After the title on the one line a phone shows; tapping it opens the full notice. */
    more: 'Xem giải thích',
    demo:
      'số liệu cấp huyện, cấp xã trên trang này là số liệu giả lập để trình diễn, không phải số liệu chính thức. Số liệu cấp tỉnh lấy từ các nguồn đã công bố.',
    /** A preview build (`npm run build -- --drafts`): every page is built from a draft. */
    draftTitle: 'BẢN NHÁP — chưa công bố',
    draft: (id: string, title: string) =>
      `trang xem trước, dựng từ bản nháp ${id} (“${title}”). Số liệu trên trang có thể còn thay đổi và chưa phải số liệu chính thức; trang công khai vẫn dùng phiên bản đã công bố.`,
  },
  footer: {
    publisherHeading: 'Đơn vị chủ trì',
    publisher: 'Sở Nội vụ – Ban Thi đua – Khen thưởng tỉnh Lạng Sơn',
    planLink: 'Toàn văn Kế hoạch thi đua',
    publisherNote:
      'Đây là bản trình diễn (demo), chưa phải trang thông tin chính thức: đơn vị nêu trên là đơn vị dự kiến quản lý trang.',
    creditsHeading: 'Nguồn bản đồ và danh mục hành chính',
    credits: [
      'Ranh giới huyện: gis.chinhphu.vn qua daohoangson/dvhcvn (GPL-3.0).',
      'Ranh giới xã 2009–2019 và 2020–2024: censusVN2009 (M. Choisy, MIT); lớp 2020–2024 do dự án gộp lại từ lớp 2019 theo các lần sáp nhập.',
      'Ranh giới xã từ 01/7/2025: Bản đồ tham khảo ĐVHC Việt Nam (sapnhap.bando.com.vn), NXB Tài nguyên – Môi trường và Bản đồ Việt Nam; qua vietnamese-provinces-database (MIT).',
      'Danh mục đơn vị hành chính: thanglequoc/vietnamese-provinces-database (MIT); bảng chuyển đổi ĐVHC mới – cũ của Cục Thống kê qua sunshine-tech/VietnamProvinces (GPL-3.0-or-later).',
    ],
    fontCredit: 'Phông chữ Be Vietnam Pro (SIL Open Font License 1.1).',
    licences: 'Toàn văn thông báo bản quyền và giấy phép',
    licencesHref: '/giay-phep.txt',
  },
  source: {
    label: 'Nguồn',
    /** Marker appended to figures whose source kind is `synthetic`. */
    synthetic: 'minh họa',
    /** Marker appended to figures whose source kind is `derived`. */
    derived: 'tính toán',
    /** Summary of the folded note of a source (how the figures were made). */
    noteSummary: 'Cách có số liệu này',
  },
  status: {
    met: 'Đạt',
    notMet: 'Chưa đạt',
    unknown: 'Chưa đủ số liệu để đánh giá',
  },
  /** The link to the same page in the other language, in the header. */
  language: {
    label: 'Ngôn ngữ',
    other: 'English',
    /** What a phone shows of the link: the other language's code. */
    otherCode: 'EN',
    otherLang: 'en',
  },
} as const;

/** Shape every language file must have. */
export type Strings = typeof vi;
