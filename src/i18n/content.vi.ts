/**
 * Vietnamese text of the content pages: profiles (điển hình), recognitions
 * (khen thưởng), updates (tin tức), search, share cards and the static pages.
 */
import type { AwardKind } from '../domain/schemas/index.ts';
import type { ProfileKind } from '../domain/content/schemas.ts';

export const kindLabel: Record<ProfileKind, string> = {
  individual: 'Cá nhân',
  household: 'Hộ gia đình',
  collective: 'Tập thể',
  enterprise: 'Doanh nghiệp',
  model: 'Mô hình',
  initiative: 'Sáng kiến, chương trình',
};

/** Permalink segments of the kind filter pages: /dien-hinh/loai/<slug>/. */
export const kindSlug: Record<ProfileKind, string> = {
  individual: 'ca-nhan',
  household: 'ho-gia-dinh',
  collective: 'tap-the',
  enterprise: 'doanh-nghiep',
  model: 'mo-hinh',
  initiative: 'sang-kien',
};

export const awardLabel: Record<AwardKind, string> = {
  'labor-order': 'Huân chương Lao động',
  'pm-certificate': 'Bằng khen của Thủ tướng Chính phủ',
  'provincial-certificate': 'Bằng khen của Chủ tịch UBND tỉnh',
  'certificate-of-merit': 'Giấy khen',
};

export const awardPlural: Record<AwardKind, string> = {
  'labor-order': 'Huân chương Lao động',
  'pm-certificate': 'Bằng khen của Thủ tướng Chính phủ',
  'provincial-certificate': 'Bằng khen của Chủ tịch UBND tỉnh',
  'certificate-of-merit': 'Giấy khen của thủ trưởng sở, ngành, doanh nghiệp, đoàn thể và Chủ tịch UBND cấp huyện',
};

/** Permalink segments of the award filter pages: /dien-hinh/khen-thuong/<slug>/. */
export const awardSlug: Record<AwardKind, string> = {
  'labor-order': 'huan-chuong-lao-dong',
  'pm-certificate': 'bang-khen-thu-tuong',
  'provincial-certificate': 'bang-khen-chu-tich-tinh',
  'certificate-of-merit': 'giay-khen',
};

export const awardOrder: readonly AwardKind[] = ['labor-order', 'pm-certificate', 'provincial-certificate', 'certificate-of-merit'];

const CLASS = ['', 'hạng Nhất', 'hạng Nhì', 'hạng Ba'] as const;
export const awardName = (award: AwardKind, cls?: 1 | 2 | 3): string => (cls ? `${awardLabel[award]} ${CLASS[cls]}` : awardLabel[award]);

/** Neutral label for a person or household who did not agree to be named. */
export const neutralTitle = (kind: ProfileKind, place: string | undefined): string => {
  const who = kind === 'household' ? 'Một hộ gia đình' : 'Một người dân';
  return place ? `${who} ở ${place}` : `${who} (giấu tên theo nguyện vọng)`;
};

export const profiles = {
  title: 'Điển hình tiên tiến',
  description:
    'Những tập thể, doanh nghiệp, mô hình, sáng kiến và hộ gia đình tiêu biểu trong Phong trào “Lạng Sơn cùng cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”, kèm nguồn và khen thưởng.',
  intro:
    'Mỗi hồ sơ ghi rõ nguồn. Hồ sơ về tổ chức, mô hình có thật được viết lại từ tin bài báo chí đã đăng; hồ sơ cá nhân, hộ gia đình trong bản trình diễn này là hồ sơ mẫu với tên giả định.',
  filtersHeading: 'Lọc danh sách',
  filterKind: 'Loại',
  filterPlace: 'Địa bàn',
  filterAward: 'Khen thưởng',
  all: 'Tất cả',
  placeBefore: 'Trước 01/7/2025',
  placeAfter: 'Từ 01/7/2025',
  count: (n: number, total: number) => (n === total ? `${n} hồ sơ` : `${n} / ${total} hồ sơ`),
  none: 'Không có hồ sơ nào khớp bộ lọc.',
  reset: 'Bỏ lọc',
  filteredTitle: (what: string) => `Điển hình: ${what}`,
  filteredDescription: (what: string) => `Các hồ sơ điển hình tiên tiến lọc theo ${what}.`,
  morePlace: (place: string) => `Các điển hình ở ${place}`,
  sample: 'Hồ sơ mẫu',
  sampleNote: 'Hồ sơ mẫu: tên người, câu chuyện và khen thưởng trên trang này là minh họa, không nói về người hay gia đình có thật.',
  sampleCollectiveNote: 'Hồ sơ mẫu: câu chuyện và khen thưởng trên trang này là minh họa.',
  noPage: 'Chưa đồng ý công khai câu chuyện',
  province: 'Toàn tỉnh',
  recognitionsLink: 'Tất cả khen thưởng theo hình thức và năm',
  factsHeading: 'Thông tin chính',
  kind: 'Loại',
  place: 'Địa bàn',
  placeNow: 'Nay thuộc',
  placeHidden: 'Không công khai (theo nguyện vọng)',
  awards: 'Khen thưởng',
  noAwards: 'Chưa ghi nhận khen thưởng trong Phong trào.',
  published: 'Đăng ngày',
  updated: 'Cập nhật',
  sources: 'Nguồn',
  storyHeading: 'Câu chuyện',
  relatedHeading: 'Cùng địa bàn hoặc cùng huyện',
  copyLink: 'Sao chép đường dẫn',
  copied: 'Đã sao chép đường dẫn',
  copyFailed: 'Không sao chép được; hãy chọn và sao chép đường dẫn ở trên.',
  photoCredit: 'Ảnh',
  noPhoto: 'Hồ sơ không có ảnh.',
  backToList: 'Tất cả điển hình',
  decision: 'Quyết định',
  issuerWithheld: 'cơ quan khen thưởng không nêu để giữ kín địa bàn',
  /** The story's language, said on the English page only: a Vietnamese page is in its own language. */
  inVietnamese: '',
  /** The page's description: the story's summary (the English page says it in English). */
  storyDescription: (summary: string) => summary,
  /** Where the story happens, for search engines (JSON-LD). */
  inProvince: (place: string) => `${place}, tỉnh Lạng Sơn`,
} as const;

export const recognitions = {
  title: 'Khen thưởng',
  description: 'Các hình thức khen thưởng trong Phong trào thi đua, theo hình thức và năm, kèm tiêu chí và số liệu mà mỗi khen thưởng dựa vào.',
  intro:
    'Kế hoạch của tỉnh (mục IV.2) nêu bốn hình thức khen thưởng. Với mỗi quyết định, trang ghi tiêu chí được nêu và tính lại từ số liệu rà soát xem đơn vị có đạt tiêu chí hay không.',
  year: (y: number) => `Năm ${y}`,
  none: 'Chưa có khen thưởng nào thuộc hình thức này trong dữ liệu.',
  recipient: 'Người nhận',
  decision: 'Quyết định số',
  noDecision: 'Chưa rõ số quyết định',
  issuer: 'Người ký',
  claims: 'Tiêu chí được nêu',
  /** Around the place whose figures the cited criteria were checked against (a link). */
  claimsOf: ['Tiêu chí được nêu, đối chiếu với số liệu của ', ''],
  claimAsOf: (y: number) => `tính đến năm ${y}`,
  noClaims: 'Quyết định không nêu tiêu chí định lượng.',
  /** No claims and the decision itself not seen (its number unknown): what it rests on is not known, not "none". */
  noClaimsUnseen: 'Chưa thấy văn bản quyết định, nên chưa rõ quyết định dựa vào tiêu chí nào; chưa đối chiếu được với số liệu rà soát.',
  grounds: 'Tiêu chí đánh giá theo hồ sơ',
  /** Around the plan's section number (IV.1.đ: the plan's own numbering, kept as written). */
  groundNote: ['Kế hoạch, mục ', ': không đối chiếu được bằng số liệu rà soát.'],
  profile: 'Hồ sơ điển hình',
  unitHeading: 'Khen thưởng và điển hình',
  unitNone: 'Dữ liệu chưa có khen thưởng nào cho địa bàn này.',
  unitProfiles: 'Hồ sơ điển hình ở địa bàn',
  unitNoneOwn: 'Dữ liệu chưa có khen thưởng nào cho chính địa bàn này; các đơn vị cũ đã hợp thành nó thì có, ở dưới.',
  unitNoneEarlier: 'Dữ liệu chưa có khen thưởng nào cho địa bàn này theo địa giới hiện nay; theo địa giới trước thì có, ở dưới.',
  unitFormerHeading: 'Ở các đơn vị cũ đã hợp thành địa bàn này',
  /** The same place under earlier boundaries (the province), not a merger. */
  unitEarlierHeading: 'Ở địa bàn này theo địa giới trước',
  unitDistrictHeading: 'Ở huyện, thành phố mà địa bàn này thuộc về',
  unitFormerDistrictHeading: 'Ở huyện, thành phố mà các đơn vị cũ đã thuộc về',
  /** After a district's name: the former units of this place that lay in it. */
  districtThrough: (units: readonly string[]) => `nơi có ${units.join(', ')} trước khi sắp xếp địa giới`,
  unitProfileList: 'Hồ sơ điển hình ở địa bàn này, trước và sau sắp xếp địa giới',
  allAwards: 'Khen thưởng của cả tỉnh, theo hình thức và năm',
  sampleShort: 'hồ sơ mẫu',
  sourcesHeading: 'Nguồn',
  recipientKind: {
    unit: 'Địa bàn',
    collective: 'Tập thể',
    individual: 'Cá nhân',
    household: 'Hộ gia đình',
    enterprise: 'Doanh nghiệp',
  },
  neutralRecipient: (kind: 'individual' | 'household') => (kind === 'household' ? 'Một hộ gia đình (giấu tên)' : 'Một cá nhân (giấu tên)'),
} as const;

export const updates = {
  title: 'Tin tức',
  description: 'Tin tức, thông báo và giải thích số liệu của Phong trào thi đua vì người nghèo tỉnh Lạng Sơn.',
  page: (n: number, total: number) => `Trang ${n}/${total}`,
  previous: 'Tin mới hơn',
  next: 'Tin cũ hơn',
  pagination: 'Phân trang',
  tags: 'Chủ đề',
  /** After a topic's link, for a screen reader: the body may link a page of the same name (“Khen thưởng”). */
  tagLinkSuffix: ' (chủ đề)',
  tagTitle: (tag: string) => `Tin tức: ${tag}`,
  /** Before the topic's own name in the heading of its page. */
  tagPrefix: 'Tin tức: ',
  tagDescription: (tag: string) => `Các tin về chủ đề “${tag}”.`,
  allTags: 'Tất cả chủ đề',
  rss: 'Nhận tin qua RSS',
  readMore: 'Đọc tiếp',
  published: 'Đăng ngày',
  updated: 'cập nhật',
  sources: 'Nguồn',
  backToList: 'Tất cả tin tức',
  illustrative: 'Tin này nói về dữ liệu minh họa của bản trình diễn.',
  /** The news item's language and the list's, said on English pages only. */
  inVietnamese: '',
  listInVietnamese: '',
  /** The page's description: the item's summary (the English page says it in English). */
  itemDescription: (summary: string) => summary,
} as const;

export const search = {
  title: 'Tìm kiếm',
  description: 'Tìm xã, phường, huyện, hồ sơ điển hình và tin tức; gõ có dấu hoặc không dấu đều được.',
  label: 'Tìm xã, huyện, điển hình, tin tức',
  /** One example, as in the place finder's box: two were cut off at 320 px. */
  placeholder: 'Ví dụ: dinh lap',
  submit: 'Tìm',
  headerLabel: 'Tìm kiếm trên trang',
  hint: 'Gõ không dấu cũng tìm được: “dinh lap” ra Đình Lập. Tên xã cũ trước khi sáp nhập cũng dẫn tới xã mới.',
  noJsHeading: 'Tìm kiếm cần JavaScript',
  noJs:
    'Ô tìm kiếm chạy ngay trên máy của bạn và cần JavaScript. Khi không có JavaScript, bạn vẫn tìm được địa bàn của mình trong danh sách dưới đây, hoặc xem',
  noJsLinks: [
    { href: '/ban-do/', text: 'bản đồ và bảng số liệu' },
    { href: '/dien-hinh/', text: 'điển hình tiên tiến' },
    { href: '/tin-tuc/', text: 'tin tức' },
  ],
  noJsOr: ' hoặc ',
  unitsHeading: 'Các xã, phường từ 01/7/2025',
  districtsHeading: 'Các huyện, thành phố trước 01/7/2025',
  loading: 'Đang tải chỉ mục tìm kiếm…',
  failed: 'Không tải được chỉ mục tìm kiếm. Hãy thử lại sau.',
  results: (n: number, q: string) => (n === 0 ? `Không tìm thấy kết quả cho “${q}”.` : `${n} kết quả cho “${q}”`),
  more: 'Xem thêm kết quả',
  placesHeading: 'Xã, phường, huyện',
  pagesHeading: 'Bài viết, điển hình, tin tức',
} as const;

/** Values of the pagefind `kind` meta and filter: what a search result is. */
export const searchKind = {
  profile: 'Điển hình',
  update: 'Tin tức',
  page: 'Giới thiệu',
  plan: 'Kế hoạch',
} as const;

export const og = {
  site: 'Vì người nghèo Lạng Sơn',
  illustrative: 'Số liệu minh họa',
  sample: 'Hồ sơ mẫu – minh họa',
  update: 'Tin tức',
  profile: 'Điển hình tiên tiến',
  unit: 'Địa bàn',
  poorRate: (year: number) => `Tỷ lệ hộ nghèo cuối năm ${year}`,
  poorRateCarried: (year: number) => `Tỷ lệ hộ nghèo cuối năm ${year}, quy đổi từ các đơn vị cũ`,
  carried: 'Số liệu quy đổi',
  illustrativeCarried: 'Minh họa · quy đổi',
  noFigures: 'Chưa có số liệu',
  /** A boundary period: ended (`to`), or the one in force ("nay"). */
  boundaries: (from: string, to = 'nay') => `Địa giới ${from} – ${to}`,
  /** A unit's parent and the boundaries in force. */
  parentAndBoundaries: (parent: string, from: string) => `${parent} · địa giới ${from} – nay`,
  /** The card of an ended boundary period's unit pages. */
  formerUnits: 'Số liệu, kết quả theo tiêu chí và khen thưởng của từng huyện, xã theo địa giới khi đó.',
} as const;

export const contentPages = {
  updated: 'Cập nhật',
} as const;

/** The English summary of a story or news item: said on English pages only (src/components/content/EnglishSummary.astro). */
export const englishSummary = {
  heading: '',
  none: '',
} as const;
