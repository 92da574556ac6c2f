/** Vietnamese text of charts and the progress page. */
export const charts = {
  hollowPoint: 'điểm rỗng: số liệu minh họa hoặc tính từ số liệu minh họa',
  carriedSegment: 'nét chấm, điểm nhạt: số liệu quy đổi từ các đơn vị cũ (trước khi sắp xếp địa giới), không phải số liệu báo cáo',
  poorRate: 'Tỷ lệ hộ nghèo',
  nearPoorRate: 'Tỷ lệ hộ cận nghèo',
  /** The plan's path from its baseline to the end of its period (none after it). */
  planBand: (from: number, to: number) => `Lộ trình kế hoạch ${from}–${to}: giảm 2–3 điểm mỗi năm`,
  scale: 'Số hộ nghèo và cận nghèo',
  halfRule: (n: string) => `Một nửa quy mô năm gốc (${n} hộ)`,
  tableHeading: 'Bảng số liệu',
  /** Summary of the folded source lines under a chart: the documents its figures come from. */
  documents: (n: number) => (n === 1 ? 'Nguồn của số liệu trong biểu đồ' : `Nguồn của số liệu trong biểu đồ (${n} văn bản)`),
  /** Between a series' name and its last value in a chart's legend: "Tỷ lệ hộ nghèo năm 2025: 2,32%". */
  inYear: (year: number) => `năm ${year}`,
  /** The one key above a set of small multiples. */
  sharedLegend: 'Chú giải chung cho các biểu đồ dưới đây',
  /** The one row of downloads under a set of small multiples: each chart's files and embed page. */
  multiplesFiles: 'Tải số liệu, hình và mã nhúng của từng biểu đồ',
  embedPage: 'Nhúng',
} as const;
