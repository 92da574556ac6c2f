/** Vietnamese text of the criteria page (/tieu-chi/). */

/** A target's or a criterion's name as the page shows it: in Vietnamese, the data's own. */
export const criterionName = (c: { id: string; name: string }): string => c.name;

/** A translation beside each quotation of the plan for a target or criterion (by id): none in Vietnamese. */
export const planGloss: (id: string) => readonly string[] = () => [];

export const criteriaPage = {
  title: 'Tiêu chí thi đua và kết quả đánh giá',
  description:
    'Các tiêu chí thi đua của Kế hoạch “Lạng Sơn cùng cả nước chung tay vì người nghèo” 2021–2025 và kết quả đánh giá từng huyện, từng xã qua các năm.',
  intro:
    'Kế hoạch tổ chức thực hiện Phong trào thi đua đặt ra tiêu chí riêng cho huyện, xã và thôn (mục IV.1). Trang này nêu nguyên văn từng tiêu chí, cách chúng tôi tính, và kết quả đánh giá mọi đơn vị qua từng năm.',
  howHeading: 'Cách tính',
  how: [
    'Tỷ lệ hộ nghèo = số hộ nghèo / tổng số hộ × 100, làm tròn 2 chữ số thập phân (từ 5 trở lên làm tròn lên), đúng như báo cáo chính thức in ra.',
    '“Giảm 6%/năm” nghĩa là tỷ lệ hộ nghèo giảm 6 điểm phần trăm mỗi năm: mức giảm năm y = tỷ lệ năm y−1 − tỷ lệ năm y.',
    'Năm 2021 là năm gốc (đầu kỳ), năm đầu tiên rà soát theo chuẩn nghèo đa chiều giai đoạn 2022–2025 (Nghị định 07/2021/NĐ-CP). Không tính mức giảm vượt qua năm gốc, nên “3 năm liên tục” sớm nhất là các năm 2022, 2023, 2024.',
    '“Quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ”: số hộ nghèo + hộ cận nghèo năm đánh giá phải ít hơn một nửa số đó của năm 2021 (đúng một nửa là chưa đạt).',
    'Tiêu chí có hai cách đạt (“hoặc”) được tính là đạt khi một cách đạt. Đơn vị được xếp loại (huyện nghèo, xã đặc biệt khó khăn, xã khu vực I–III) theo quyết định còn hiệu lực trong năm đánh giá.',
    'Thiếu số liệu thì ghi “Chưa đủ số liệu”, không bao giờ ghi là đạt. Mỗi đơn vị chỉ được đánh giá trên số liệu của chính nó trong cùng một thời kỳ địa giới: các xã mới từ 01/7/2025 chưa có số liệu năm gốc 2021 theo địa giới mới.',
  ],
  targetsHeading: 'Chỉ tiêu chung của tỉnh (mục II.1)',
  criteriaHeading: 'Tiêu chí và kết quả theo đơn vị',
  planSection: (section: string) => `Kế hoạch, mục ${section}`,
  /** Before the translation of a quotation (shown on English pages only). */
  glossLabel: 'Dịch nghĩa:',
  appliesHeading: 'Áp dụng cho',
  resultHeading: 'Kết quả',
  /** `units` in words (vintage.vi.ts): "Huyện và xã trước 01/12/2024". */
  vintageHeading: (units: string, period: string) => `${units} (${period})`,
  now: 'nay',
  /** After a count of units: the word, in the count's number. */
  units: (() => 'đơn vị') as (n: number) => string,
  met: 'lượt đạt',
  notMet: 'lượt chưa đạt',
  unknown: 'lượt chưa đủ số liệu',
  caption: (criterion: string, units: string) => `Tiêu chí “${criterion}”, ${units.charAt(0).toLocaleLowerCase('vi')}${units.slice(1)}: kết quả theo năm đánh giá`,
  unitColumn: 'Đơn vị',
  asOf: (year: number) => `Năm ${year}`,
  notApplicable: 'Không áp dụng trong năm này',
  parentOf: (parent: string) => `thuộc ${parent}`,
  earlierCaption: (target: string) => `${target}: các năm trước`,
  earlierYears: (years: readonly number[]) => `Các năm trước (${years.join(', ')})`,
  partsHeading: 'Kết quả từng đơn vị, theo huyện',
  partsIntro: 'Mỗi huyện, thành phố (và các xã, phường trực thuộc tỉnh) có một trang riêng, ghi kết quả năm gần nhất của từng đơn vị; các năm trước bấm để xem.',
  partsCaption: (units: string, year: number) => `${units}: số lượt đánh giá năm ${year} theo huyện`,
  partColumn: 'Huyện, nhóm xã',
  resultsIn: (year: number) => `Kết quả năm ${year}`,
  allUnitsPart: 'Các xã, phường trực thuộc tỉnh',
  pagePart: (first: string, last: string) => `Các xã, phường trực thuộc tỉnh, từ ${first} đến ${last}`,
  partsLink: 'Xem kết quả từng đơn vị theo huyện',
  partTitle: (part: string, period?: string) => `Kết quả tiêu chí: ${part}${period ? ` (${period})` : ''}`,
  /** A vintage in readers' words, from its dates: no vintage code on a page title. */
  period: (from: string, to: string | undefined) => (to ? `địa giới đến ${to}` : `địa giới từ ${from}`),
  partDescription: (district: string | undefined) =>
    `Kết quả đánh giá theo các tiêu chí thi đua của ${district ? `từng đơn vị thuộc ${district}` : 'các xã, phường trực thuộc tỉnh'}, năm gần nhất trước, các năm trước kèm theo.`,
  partIntro: 'Mỗi dòng ghi kết quả năm gần nhất; bấm “Các năm trước” để xem các năm trước. Nguyên văn tiêu chí và cách tính ở trang',
  backToAll: 'Tiêu chí thi đua và kết quả đánh giá',
  criterionExplained: 'Nguyên văn và cách tính tiêu chí này',
  unitPage: (unit: string) => `Trang của ${unit}`,
  noEvaluations: 'Bộ dữ liệu này không có đơn vị nào thuộc diện áp dụng tiêu chí này.',
  illustrative: 'Số liệu cấp huyện, cấp xã của bộ dữ liệu này là số liệu minh họa: kết quả đánh giá dưới đây chỉ để trình diễn cách tính.',
  targetColumns: { year: 'Năm', value: 'Mức giảm (điểm %)', exitValue: 'Số huyện có quyết định thoát nghèo', result: 'Kết quả' },
  exceeding: 'vượt mức kế hoạch',
  exitValue: (count: number) => `${count} huyện`,
  exitNone: (checked: string | undefined) => `Chưa có quyết định công nhận thoát nghèo${checked ? ` (kiểm tra đến ${checked})` : ''}`,
  exitListed: (names: string) => `Huyện nghèo giai đoạn 2021–2025 của tỉnh: ${names}.`,
  levelEnded: (date: string) => `Từ ${date} không còn cấp huyện; việc đó không phải là thoát nghèo, nên không được tính.`,
  crossVintage: (year: number, communes: string, since: string, previous: number, before: string) =>
    `Năm ${year} rà soát trên ${communes} xã, phường của địa giới từ ${since}; năm ${previous} trên ${before} xã, phường, thị trấn của địa giới trước đó. Chưa xác nhận hai năm dùng cùng một chuẩn nghèo: mức giảm này chỉ để tham khảo.`,
  factsHeading: 'Điều đã biết',
  caveatLabel: (year: number) => `Lưu ý năm ${year}:`,
  dossierHeading: 'Tiêu chí đánh giá theo hồ sơ',
  dossierIntro:
    'Với các sở, ngành, đoàn thể, Ngân hàng Chính sách xã hội, hộ gia đình, cán bộ làm công tác giảm nghèo và doanh nghiệp, Kế hoạch đặt tiêu chí về cách làm, không về con số (mục IV.1.a, đ, e, g). Số liệu rà soát không đo được các tiêu chí này: cơ quan khen thưởng đánh giá theo hồ sơ, và trang chỉ ghi khen thưởng nào nêu tiêu chí nào.',
  dossierRecipients: 'Dành cho',
  dossierCited: 'Khen thưởng nêu tiêu chí này',
  dossierNone: 'Chưa có khen thưởng nào trong dữ liệu nêu tiêu chí này.',
  derivedNote: 'số liệu tỉnh năm này là tổng của các huyện (minh họa)',
} as const;
