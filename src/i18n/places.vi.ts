/** Vietnamese text of the place finder ("Xã tôi") on the home, map and search pages. */
export const placeFinder = {
  heading: 'Xã tôi',
  label: 'Tìm xã, phường, thị trấn hoặc huyện của bạn',
  /** One example: the box is 140 px wide at 320 px, and two were cut off even at 360 px (“Ví dụ: binh xa, Đình Lậ”). */
  placeholder: 'Ví dụ: binh xa',
  hint: (since: string) => `Gõ có dấu hay không dấu đều được. Tên xã cũ trước ${since} dẫn tới xã, phường ngày nay.`,
  submit: 'Tìm',
  listSummary: (n: number, since: string) => `Hoặc chọn trong danh sách ${n} xã, phường từ ${since}`,
  formerHeading: 'Gồm',
  districtsHeading: (since: string) => `Huyện, thành phố trước ${since}`,
  /** Sent to the browser script (place-finder.ts): "{n}" and "{date}" are filled in there. */
  client: (since: string) => ({
    count: '{n} nơi phù hợp',
    enter: 'Bấm “Tìm” (hay Enter) để mở nơi đầu tiên.',
    none: 'Không thấy xã, phường hay huyện nào có tên này. Thử gõ ít chữ hơn, hoặc',
    near: 'Không có tên nào đúng như đã gõ. Có phải bạn tìm một trong những nơi sau?',
    searchAll: 'tìm trong toàn trang',
    more: 'Còn {n} nơi khác: gõ thêm để thu hẹp.',
    formerly: 'trước sáp nhập',
    formerDistrict: 'trước thuộc',
    nowIn: 'nay thuộc',
    districtEnded: `cấp huyện thôi hoạt động từ ${since}; nay là`,
    failed: 'Chưa tải được danh sách. Hãy chọn trong danh sách dưới đây.',
    /**
     * The kinds of unit in the page's language, written after the name ("Bính Xá commune"),
     * for a language other than the list's own: none here, the list is Vietnamese.
     */
    types: undefined as Readonly<Record<string, string>> | undefined,
  }),
} as const;

export type PlaceFinderText = ReturnType<typeof placeFinder.client>;
