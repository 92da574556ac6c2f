/** Vietnamese text of charts and the progress page. */
export const charts = {
  hollowPoint: 'điểm rỗng: số liệu minh họa hoặc tính từ số liệu minh họa',
  carriedSegment: 'nét chấm, điểm nhạt: số liệu quy đổi từ các đơn vị cũ (trước khi sắp xếp địa giới), không phải số liệu báo cáo',
  poorRate: 'Tỷ lệ hộ nghèo',
  nearPoorRate: 'Tỷ lệ hộ cận nghèo',
  planBand: 'Lộ trình kế hoạch: giảm 2–3 điểm mỗi năm từ năm gốc',
  scale: 'Số hộ nghèo và cận nghèo',
  halfRule: (n: string) => `Một nửa quy mô năm gốc (${n} hộ)`,
  tableHeading: 'Bảng số liệu',
} as const;
