/** Vietnamese text of the unit pages (/dia-ban/…). */
export const unitPage = {
  /** `years`: the years the page has figures for ("2021–2024"), empty when it has none. */
  description: (label: string, years: string) => `Số liệu hộ nghèo, hộ cận nghèo và kết quả đánh giá tiêu chí thi đua của ${label}${years && `, ${years}`}.`,
  vintage: (from: string, to: string | null) =>
    to ? `Đơn vị trước sáp nhập: địa giới có hiệu lực từ ${from} đến ${to}.` : `Địa giới hiện nay, có hiệu lực từ ${from}.`,
  /** Beside the name of a unit of an earlier period. */
  formerly: 'trước sáp nhập',
  endedNotice: (until: string) => `Thời kỳ địa giới này đã kết thúc ngày ${until}; số liệu trên trang là của đơn vị theo địa giới cũ.`,
  otherVintages: 'Cùng đơn vị ở các thời kỳ địa giới khác',
  partOf: 'Thuộc',
  latestHeading: (year: number) => `Số liệu năm ${year}`,
  figuresHeading: 'Số liệu',
  /** `period` in words (vintage.vi.ts): "từ 01/7/2025". */
  locator: (label: string, period: string) => `Vị trí của ${label} trong tỉnh Lạng Sơn (địa giới ${period})`,
  unitColumn: 'Đơn vị',
  noFigures: 'Chưa có số liệu hộ nghèo, hộ cận nghèo của đơn vị này trong bộ dữ liệu.',
  derivedFrom: (n: number) => `Tổng của ${n} đơn vị cấp dưới`,
  illustrativeNote: 'Số liệu minh họa, không phải số liệu chính thức.',
  poor: 'Hộ nghèo',
  nearPoor: 'Hộ cận nghèo',
  households: 'Tổng số hộ',
  ofHouseholds: (n: string, total: string) => `${n} / ${total} hộ`,
  trendHeading: 'Diễn biến qua các năm',
  trendTitle: (label: string) => `Tỷ lệ hộ nghèo và cận nghèo của ${label}`,
  trendDescription: (label: string, parts: string) => `Tỷ lệ hộ nghèo và cận nghèo của ${label} theo năm: ${parts}.`,
  trendYear: (year: number, poor: string, nearPoor: string) => `${year}: hộ nghèo ${poor}, cận nghèo ${nearPoor}`,
  tableCaption: (label: string) => `Số liệu của ${label} theo năm`,
  columns: { year: 'Năm', households: 'Tổng số hộ', poor: 'Hộ nghèo', poorRate: 'Tỷ lệ nghèo', nearPoor: 'Hộ cận nghèo', nearPoorRate: 'Tỷ lệ cận nghèo', reduction: 'Mức giảm (điểm %)', basis: 'Căn cứ' },
  noReductionNotCompared: (years: readonly number[], from: number, to: number) =>
    `Năm ${years.join(', ')} không có mức giảm: trang chỉ so sánh các năm ${from}–${to}, được xác nhận cùng một chuẩn nghèo.`,
  standardLink: 'Chuẩn nghèo các năm',
  compareHeading: 'So sánh',
  compareStart: (year: number, label: string) => `Năm ${year}, tỷ lệ hộ nghèo của ${label} là`,
  comparedTo: (relation: 'higher' | 'lower' | 'equal', label: string) =>
    `${relation === 'higher' ? 'cao hơn' : relation === 'lower' ? 'thấp hơn' : 'bằng'} ${label}`,
  /**
   * The rates the sentence compares (the unit's, its parent's, the province's), each with its
   * basis: carried from the former units, or the unit's own. "Own", not "reported": a demo figure
   * or a sum of the communes is the unit's own too, and says so in its own mark beside it.
   */
  compareBasis: (sides: readonly { label: string; carried: boolean }[]) => {
    const carried = sides.filter((s) => s.carried).map((s) => s.label);
    const reported = sides.filter((s) => !s.carried).map((s) => s.label);
    const list = (labels: string[]) => (labels.length > 1 ? `${labels.slice(0, -1).join(', ')} và ${labels.at(-1)}` : labels[0]);
    if (carried.length > 0 && reported.length > 0) {
      return `Số liệu của ${list(carried)} là số liệu quy đổi từ các đơn vị cũ${carried.length > 1 ? ' theo cùng một cách' : ''}; số liệu của ${list(reported)} là số liệu của chính ${reported.length > 1 ? 'từng ' : ''}đơn vị đó trong năm đó.`;
    }
    const all = sides.length === 2 ? 'Cả hai' : sides.length === 3 ? 'Cả ba' : `Cả ${sides.length} số`;
    return reported.length > 0
      ? `${all} đều là số liệu của chính từng đơn vị trong năm đó, không quy đổi.`
      : `${all} đều là số liệu quy đổi từ các đơn vị cũ theo cùng một cách, của năm đó.`;
  },
  /** Before the source of a compared figure (the province's): "Nguồn số liệu của tỉnh Lạng Sơn". */
  compareSource: (label: string) => `Nguồn số liệu của ${label}`,
  and: 'và',
  carriedNote:
    'Số liệu quy đổi: cộng số liệu của các đơn vị cũ đã hợp thành đơn vị này; đơn vị cũ bị chia thì lấy phần số hộ theo tỷ lệ trong bảng chuyển đổi, làm tròn thành số hộ nguyên. Đây không phải số liệu báo cáo của đơn vị.',
  methodLink: 'Cách quy đổi',
  carriedSource: (units: number, period: string) =>
    `Số liệu quy đổi từ ${units} đơn vị theo địa giới ${period}, không phải số liệu báo cáo của đơn vị.`,
  bothHeading: 'Số liệu báo cáo và số liệu quy đổi cùng năm',
  bothLine: (year: number, reported: string, carried: string, difference: string) =>
    `Năm ${year}: số liệu báo cáo ${reported}, số liệu quy đổi từ các đơn vị cũ ${carried}, chênh lệch ${difference} điểm.`,
  cannotCarryAbolished: (year: number, date: string, last: number) =>
    `Số liệu năm ${year} được báo cáo theo các xã, phường từ ngày ${date}, khi không còn cấp huyện; không có tỷ lệ để chia ngược số liệu đó về các đơn vị cũ, nên số liệu ở đây dừng ở năm ${last}.`,
  cannotCarryBack: (year: number, into: string[], last: number) =>
    `Số liệu năm ${year} được báo cáo theo địa giới mới (${into.join(', ')}); không có tỷ lệ để chia ngược số liệu đó về đơn vị cũ, nên số liệu ở đây dừng ở năm ${last}.`,
  officialNone:
    'Chưa có kết quả đánh giá chính thức: đơn vị này không có số liệu năm gốc 2021 của riêng mình. Các tiêu chí của Kế hoạch được đánh giá chính thức trên các đơn vị hành chính năm 2021.',
  officialNoneCarried:
    'Chưa có kết quả đánh giá chính thức: đơn vị này không có số liệu báo cáo của riêng mình, các số liệu trên trang là số liệu quy đổi. Ước tính theo tiêu chí trên số liệu quy đổi có ở trang của các xã, phường hiện nay mà đơn vị này đã nhập vào.',
  indicationsHeading: 'Ước tính theo địa giới hiện nay',
  indicationsNote: (years: string, classYear: number) =>
    `Tính trên chuỗi số liệu có các năm ${years} quy đổi từ các đơn vị cũ; với các năm trước khi đơn vị được thành lập, áp dụng phân loại của đơn vị từ năm ${classYear}. Đây là ước tính để tham khảo, không phải kết quả đánh giá chính thức.`,
  criteriaHeading: 'Tiêu chí thi đua',
  criteriaNone: 'Không có tiêu chí định lượng nào của Kế hoạch áp dụng cho đơn vị này.',
  criteriaLink: 'Cách đánh giá tiêu chí',
  mapPartLink: (part: string) => `Xem trên bản đồ: ${part}`,
  criteriaPartLink: (part: string) => `Kết quả tiêu chí của mọi đơn vị: ${part}`,
  classificationsHeading: 'Phân loại',
  classification: {
    'poor-district': 'Huyện nghèo',
    zone: (value: string) => `Xã khu vực ${value}`,
    'especially-difficult': 'Đặc biệt khó khăn',
  },
  /** Before the title of the decision a classification rests on (kept in Vietnamese on English pages). */
  classificationSource: 'theo',
  classificationChecked: (kind: string, date: string) =>
    kind === 'poor-district' ? `chưa có quyết định công nhận thoát nghèo, kiểm tra đến ${date}` : `chưa có quyết định chấm dứt, kiểm tra đến ${date}`,
  /** When a vintage was in force, its dates already written out: "01/01/2020 – 30/11/2024", "từ 01/7/2025". */
  boundaryPeriod: (from: string, to: string | null) => (to ? `${from} – ${to}` : `từ ${from}`),
  period: (from: number, to: number | null) => (to === null ? `từ ${from}` : from === to ? `năm ${from}` : `${from}–${to}`),
  childrenHeading: (level: string) => level,
  childrenCaption: (label: string, year: number) => `Các đơn vị trực thuộc ${label}, số liệu năm ${year}`,
  statusColumn: 'Tiêu chí',
  childStatus: { met: 'Đạt', 'not-met': 'Chưa đạt', unknown: 'Chưa đủ số liệu' },
  lineageHeading: 'Thay đổi địa giới',
  formedOn: (date: string) => `Hình thành ngày ${date} từ`,
  formedEarlier: (period: string) => `Các đơn vị đó, theo địa giới ${period}`,
  wentInto: (date: string) => `Từ ngày ${date}, địa bàn này thuộc`,
  levelEnded: (date: string) => `Từ ngày ${date}, không còn cấp huyện: các xã, phường trực thuộc tỉnh.`,
  share: (pct: string) => `${pct} số hộ`,
  whole: 'toàn bộ',
  provinceNote: 'Tỉnh Lạng Sơn là cùng một đơn vị qua mọi thời kỳ địa giới: chuỗi số liệu toàn tỉnh nối liền các thời kỳ.',
} as const;
