/** Vietnamese text of /nhung/, the index of every chart and map that can be embedded. */
export const embedIndex = {
  title: 'Nhúng biểu đồ và bản đồ',
  description:
    'Mọi biểu đồ tiến độ và mọi bản đồ của trang đều nhúng được vào trang web khác: mã nhúng luôn theo số liệu mới nhất hoặc giữ nguyên một phiên bản dữ liệu, kèm xem trước.',
  intro:
    'Mỗi khung nhúng có hình, mô tả bằng lời, bảng số liệu, nguồn, giấy phép và liên kết về trang gốc; không cần JavaScript. Chọn mã “luôn theo số liệu mới nhất” cho trang tổng hợp, mã “giữ nguyên phiên bản” khi trích dẫn trong một bài viết.',
  chartsHeading: 'Biểu đồ tiến độ',
  provinceHeading: 'Toàn tỉnh',
  districtsHeading: 'Từng huyện, thành phố (địa giới trước 01/7/2025)',
  mapsHeading: 'Bản đồ',
  layerHeading: (name: string, period: string) => `${name}, ${period}`,
  codes: 'Mã nhúng',
  previewLive: 'Xem trước (mới nhất)',
  previewPinned: (id: string) => `Xem trước (phiên bản ${id})`,
  pageLink: 'Trang gốc',
  fitHeading: 'Khung nhúng tự vừa chiều cao',
  fitIntro:
    'Khung nhúng có sẵn chiều cao gợi ý và cuộn bên trong khi nội dung dài hơn. Muốn khung tự cao vừa nội dung, dán đoạn mã dưới đây một lần vào trang của bạn (ở bất cứ đâu, ngoài khung nhúng). Đoạn mã chỉ nhận tin từ trang này và chỉ đổi chiều cao của đúng khung đã gửi tin.',
  fitMessage: 'Tin khung nhúng gửi cho trang chứa nó (window.postMessage), mỗi khi chiều cao nội dung thay đổi:',
  fitLabel: 'Đoạn mã cho trang chứa khung nhúng',
} as const;
