/**
 * Vietnamese text of the staff editor (/quan-tri/, Decap CMS): collection and field labels,
 * hints, list labels, and the few Decap messages we word ourselves. The build's own error
 * messages are not repeated here: the form takes them from the schemas and checks
 * (src/site/editor/config.ts, src/client/editor/).
 */
import type { ConsentScope } from '../domain/content/schemas.ts';
import type { SourceKind } from '../domain/schemas/index.ts';
import { formatDate, formatDateOrMonth } from '../format/vi.ts';

export const editor = {
  pageTitle: 'Quản trị nội dung — Vì người nghèo Lạng Sơn',
  /** Shown before Decap loads, and when JavaScript is off. */
  loading: 'Đang mở trình biên tập… Trình biên tập cần JavaScript.',
  collections: {
    profiles: { label: 'Hồ sơ điển hình', singular: 'hồ sơ', description: 'Cá nhân, hộ gia đình, tập thể, doanh nghiệp, mô hình, sáng kiến. Hồ sơ cá nhân, hộ gia đình phải có sự đồng ý.' },
    updates: { label: 'Tin tức', singular: 'tin', description: 'Tin, bài cập nhật của Ban Thi đua – Khen thưởng.' },
    pages: { label: 'Trang giới thiệu', singular: 'trang', description: 'Giới thiệu, phương pháp, giấy phép dữ liệu, quyền riêng tư. Tên tệp là địa chỉ trang.' },
    pagesEn: {
      label: 'Trang tĩnh (tiếng Anh)',
      singular: 'trang tiếng Anh',
      description:
        'Bản tiếng Anh của các trang giới thiệu, hiện ở /en/<tên-tệp>/; mỗi bản cùng tên tệp với trang tiếng Việt. Trang mới cần bản tiếng Anh: nhờ lập trình viên tạo tệp content/pages/en/<tên-tệp>.md.',
    },
    uploads: {
      label: 'Kết quả rà soát',
      singular: 'tệp kết quả rà soát',
      description: 'Tải bảng tính kết quả rà soát hộ nghèo, hộ cận nghèo (.xlsx hoặc .csv) lên. Máy chủ nhập tệp vào bản nháp, kiểm tra và ghi báo cáo ở mục “Báo cáo xử lý”.',
    },
    reports: { label: 'Báo cáo xử lý', singular: 'báo cáo', description: 'Kết quả nhập từng tệp đã tải lên: bản nháp đã tạo, hoặc các lỗi theo dòng, cột. Chỉ để đọc.' },
  },
  fields: {
    title: 'Tiêu đề',
    kind: 'Loại hồ sơ',
    place: 'Địa bàn',
    placeHint: 'Bỏ trống nếu hồ sơ nói về toàn tỉnh.',
    vintage: 'Thời kỳ địa giới',
    unit: 'Đơn vị hành chính',
    unitHint: 'Chọn thời kỳ địa giới trước; danh sách lấy từ phiên bản dữ liệu hiện hành.',
    summary: 'Tóm tắt',
    summaryHint: 'Tối đa 200 ký tự; dùng cho danh sách và ảnh chia sẻ.',
    // Decap adds "(không bắt buộc)" to an optional field's label itself.
    summaryEn: 'Tóm tắt tiếng Anh',
    summaryEnHint:
      'Một đến ba câu tiếng Anh dịch sát phần Tóm tắt, cho trang tiếng Anh (/en/); tối đa 200 ký tự. Không thêm sự việc, con số; địa danh giữ nguyên tiếng Việt có dấu, cơ quan, tổ chức dùng tên tiếng Anh chính thức. Bỏ trống thì trang tiếng Anh hiện tóm tắt tiếng Việt.',
    image: 'Ảnh',
    imageHint:
      'JPEG, PNG hoặc WebP; ảnh chụp thẳng từ điện thoại, máy ảnh dùng được (trang tự thu nhỏ). Ảnh HEIC của iPhone (IMG_….HEIC) không hiện trong danh sách và không dùng được: lưu ảnh thành JPEG trước (trên iPhone: Cài đặt → Camera → Định dạng → Tương thích nhất).',
    imageAlt: 'Mô tả ảnh (cho người không xem được ảnh)',
    imageCredit: 'Người chụp, nguồn ảnh',
    recognitions: 'Khen thưởng',
    recognitionsHint: 'Các khen thưởng trong phiên bản dữ liệu hiện hành.',
    publishedAt: 'Ngày đăng',
    updatedAt: 'Ngày cập nhật',
    sources: 'Nguồn',
    sourceId: 'Mã nguồn',
    sourceIdHint: 'Chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang; ví dụ p-dantoc-2025-11-14.',
    sourceKind: 'Loại nguồn',
    sourceTitle: 'Tên bài báo, văn bản',
    sourceIssuer: 'Cơ quan ban hành, tờ báo',
    sourceDate: 'Ngày đăng, ngày ban hành',
    sourceUrl: 'Địa chỉ (http:// hoặc https://)',
    sourceNote: 'Ghi chú (bắt buộc với nguồn suy ra, minh họa)',
    sample: 'Nội dung minh họa (tên giả định)',
    consent: 'Sự đồng ý công bố',
    consentHint: 'Bắt buộc với hồ sơ cá nhân, hộ gia đình: không có sự đồng ý thì không đăng.',
    obtained: 'Đã có sự đồng ý bằng văn bản',
    consentDate: 'Ngày đồng ý',
    scope: 'Được công bố',
    record: 'Nơi lưu biên bản đồng ý',
    recordHint: 'Ví dụ: Biên bản số 12/BB, lưu tại UBND xã Hoa Thám. Không chép nội dung giấy tờ tùy thân.',
    by: 'Người đồng ý',
    people: 'Người được nêu tên',
    peopleHint: 'Mỗi người được gọi tên trong bài (anh, chị, ông, bà…): có sự đồng ý của người đó, hoặc là người giữ chức vụ được nguồn nêu tên.',
    personName: 'Họ và tên',
    personConsent: 'Sự đồng ý của người này',
    personPublic: 'Vai trò công (thay cho sự đồng ý)',
    role: 'Chức vụ',
    roleSource: 'Mã nguồn nêu tên (một mã trong mục Nguồn)',
    body: 'Nội dung',
    description: 'Mô tả ngắn',
    tags: 'Chủ đề',
    milestones: 'Mốc của Kế hoạch',
    milestonesHint: 'Tin này thuật lại mốc nào của mục V Kế hoạch (trang /ke-hoach/ sẽ dẫn tới tin); để trống nếu không có.',
    release: 'Mã bản nháp',
    releaseHint: 'Dạng năm.số thứ tự, sau mọi phiên bản đã có; ví dụ 2027.1.',
    uploadVintage: 'Thời kỳ địa giới của mã đơn vị trong bảng tính',
    year: 'Năm rà soát',
    yearHint: 'Chỉ cần khi bảng tính không có cột Năm.',
    source: 'Văn bản nguồn của số liệu',
    sourceHint: 'Ví dụ: Quyết định số 83/QĐ-UBND ngày 15/01/2026 của UBND tỉnh.',
    notes: 'Ghi chú của bản nháp',
    notesHint: 'Đã thay đổi gì, vì sao.',
    workbook: 'Tệp bảng tính (.xlsx hoặc .csv)',
    sheet: 'Trang tính',
    sheetHint: 'Bỏ trống để đọc trang đầu tiên.',
    status: 'Kết quả',
    upload: 'Tệp tải lên',
  },
  scopes: { name: 'Tên', photo: 'Ảnh', story: 'Câu chuyện', location: 'Địa bàn' } satisfies Record<ConsentScope, string>,
  givers: { self: 'Chính người đó', 'household-head': 'Chủ hộ, thay mặt hộ', guardian: 'Người giám hộ' },
  sourceKinds: { official: 'Văn bản chính thức', press: 'Báo chí', derived: 'Suy ra từ nguồn khác', synthetic: 'Minh họa, không có thật' } satisfies Record<SourceKind, string>,
  reportStatus: { 'draft-written': 'Đã nhập vào bản nháp', refused: 'Chưa nhập: có lỗi' },
  vintage: (id: string, from: string, to: string | null | undefined, units: number) =>
    `${id}: ${units} đơn vị, ${to ? `${formatDate(from)} – ${formatDate(to)}` : `từ ${formatDate(from)}`}`,
  unit: (label: string, parent: string | undefined, code: string) => `${label}${parent ? `, ${parent}` : ''} — mã ${code}`,
  recognition: (award: string, recipient: string, decision: string | null, date: string, id: string) =>
    `${award} — ${recipient} — ${decision ?? 'chưa rõ số quyết định'} (${formatDateOrMonth(date)}) · ${id}`,
  chooseVintageFirst: '— chọn thời kỳ địa giới trước —',
  chooseUnit: '— chọn đơn vị —',
  staleUnit: (code: string, vintage: string) => `mã ${code}: không có trong thời kỳ ${vintage || 'đã chọn'}, hãy chọn lại`,
  /** The refusal before saving: the build's own messages follow. */
  refused: (n: number) => `bản dựng trang sẽ dừng ở ${n} lỗi sau; sửa rồi lưu lại.`,
  datePlaceholder: 'ngày/tháng/năm, ví dụ 15/01/2026',
  dateInvalid: (typed: string) => `“${typed}” không phải là một ngày: viết ngày/tháng/năm, năm đủ bốn chữ số, ví dụ 15/01/2026`,
  dateFuture: (typed: string, today: string) => `“${typed}” là một ngày chưa tới (hôm nay là ${today}): ngày đăng, ngày cập nhật, ngày của nguồn, ngày đồng ý đều đã qua; xem lại năm đã gõ`,
  workbookType: 'tệp bảng tính phải là .xlsx hoặc .csv (tệp .xls: mở bằng Excel, lưu thành .xlsx)',
  /** Decap's own Vietnamese phrases, where it has none or ours read better (path in Decap's locale → text). */
  decap: {
    'ui.toast.onFailToPersist': 'Chưa lưu: %{details}',
    'editor.editorControlPane.widget.regexPattern': '%{fieldLabel}: %{pattern}',
    'editor.editorWidgets.list.add': 'Thêm %{item}',
    'editor.editorWidgets.list.addType': 'Thêm %{item}',
    'editor.editorWidgets.object.expand': 'Mở ra',
    'editor.editorWidgets.object.collapse': 'Thu gọn',
    'mediaLibrary.mediaLibraryModal.chooseSelected': 'Dùng tệp đã chọn',
    'mediaLibrary.mediaLibraryCard.copyName': 'Chép tên tệp',
    // Decap writes "＋", a full-width sign many fonts lack (it shows as a box).
    'collection.collectionTop.newButton': 'Thêm %{collectionLabel}',
  } as Record<string, string>,
};
