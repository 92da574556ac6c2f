/** Vietnamese text of the share cards of map views, /tien-do/, /tieu-chi/ and releases (src/pages/og/). */
import { formatDate, formatInt } from '../format/vi.ts';

/** The figure a unit's share card shows, its rate already written in the page's language. */
export interface LeadFigure {
  year: number;
  rate: string;
  carried: boolean;
  illustrative: boolean;
}

/** " (a; b)" of the marks that apply, or nothing. */
export const notes = (marks: (string | false)[]): string => {
  const said = marks.filter((m): m is string => Boolean(m));
  return said.length > 0 ? ` (${said.join('; ')})` : '';
};

export const share = {
  map: 'Bản đồ',
  mapAlt: (heading: string, layer: string) => `Bản đồ ${heading.toLocaleLowerCase('vi')}: ${layer}`,
  /** What a unit's card shows: its name and the rate its page leads with, marked as on the card. */
  unitAlt: (unit: string, lead: LeadFigure | undefined) =>
    lead
      ? `${unit}: tỷ lệ hộ nghèo cuối năm ${lead.year} là ${lead.rate}${notes([lead.carried && 'quy đổi từ các đơn vị cũ', lead.illustrative && 'số liệu minh họa'])}`
      : `${unit}: chưa có số liệu`,
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
