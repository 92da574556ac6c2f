/** Vietnamese text of the progress page (/tien-do/). */
export const progressPage = {
  title: 'Tiến độ so với kế hoạch',
  description: 'Tỷ lệ hộ nghèo, hộ cận nghèo của tỉnh Lạng Sơn so với lộ trình của Kế hoạch, kết quả các chỉ tiêu và tiêu chí thi đua, diễn biến từng huyện.',
  intro: 'Các biểu đồ dưới đây được vẽ sẵn khi dựng trang: đọc được cả khi tắt JavaScript. Dưới mỗi biểu đồ là mô tả bằng lời với đầy đủ số liệu.',
  provinceHeading: 'Toàn tỉnh',
  targetsHeading: 'Các chỉ tiêu của Kế hoạch (mục II.1)',
  criteriaHeading: 'Tiêu chí thi đua: tổng hợp lượt đánh giá',
  criteriaCaption: 'Số lượt đánh giá theo tiêu chí và thời kỳ địa giới (mỗi lượt là một đơn vị trong một năm)',
  criterion: 'Tiêu chí',
  vintage: 'Địa giới',
  met: 'Đạt',
  notMet: 'Chưa đạt',
  unknown: 'Chưa đủ số liệu',
  districtsHeading: 'Từng huyện, thành phố (2021–2024)',
  districtsIntro: 'Cùng một thang đo cho mọi biểu đồ để dễ so sánh. Số liệu cấp huyện của bộ dữ liệu này là số liệu minh họa.',
} as const;
