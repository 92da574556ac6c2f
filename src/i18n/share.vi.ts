/** Vietnamese text of the share cards of map views, /tien-do/, /tieu-chi/ and releases (src/pages/og/). */
import { formatDate, formatInt } from '../format/vi.ts';

export const share = {
  map: 'Bản đồ',
  mapAlt: (heading: string, layer: string) => `Bản đồ ${heading.toLocaleLowerCase('vi')}: ${layer}`,
  progress: 'Tiến độ',
  progressTitle: 'Tiến độ giảm nghèo của tỉnh Lạng Sơn so với Kế hoạch 2021–2025',
  progressFigure: (year: number) => `Tỷ lệ hộ nghèo toàn tỉnh cuối năm ${year}`,
  criteria: 'Tiêu chí thi đua',
  criteriaTitle: 'Tiêu chí thi đua và kết quả đánh giá từng huyện, từng xã',
  criteriaFigure: (met: number, total: number) => `lượt đánh giá đạt tiêu chí, trên ${formatInt(total)} lượt`,
  release: 'Dữ liệu mở',
  releasePlace: (id: string, date: string | null | undefined) => `Phiên bản ${id}${date ? ` · công bố ${formatDate(date)}` : ''}`,
  releaseFigure: 'số liệu của các đơn vị theo năm, tải về CSV, Excel, JSON',
} as const;
