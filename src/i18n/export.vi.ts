/**
 * Vietnamese text of the Excel downloads: the rows above each sheet's header, the
 * workbook of every table, and how the release page tells CSV and Excel apart.
 */
import { formatDate } from '../format/vi.ts';

export const exportText = {
  /** First note row of every sheet. */
  releaseLine: (site: string, id: string, date: string | null | undefined, url: string) =>
    `${site}, phiên bản dữ liệu ${id}${date ? `, công bố ${formatDate(date)}` : ''}: ${url}`,
  sourceLine: (licence: string, withSourceColumns: boolean) =>
    `${withSourceColumns ? 'Nguồn của từng dòng ở các cột “Mã nguồn”, “Loại nguồn”, “Nguồn”; danh sách nguồn ở bảng sources.' : 'Nguồn của các văn bản ở bảng sources.'} Giấy phép dữ liệu: ${licence}.`,
  illustrativeLine:
    'DỮ LIỆU MINH HỌA: số liệu có loại nguồn “synthetic” (minh họa) và mọi kết quả tính từ chúng không phải số liệu chính thức.',
  draftLine: 'BẢN NHÁP, CHƯA CÔNG BỐ: không dùng để trích dẫn.',
  /** Under a sheet with rates: Excel's percentages hold a hundredth of what the CSV beside them writes. */
  percentLine: 'Tỷ lệ ghi theo kiểu phần trăm của Excel: ô hiện 8,36% chứa số 0,0836; tệp CSV cùng tên ghi 8.36.',
  xlsxTitle: (tableTitle: string) => `${tableTitle} (Excel)`,
  xlsxDescription: (csvName: string) =>
    `Cùng bảng với ${csvName}, định dạng Excel: mã là chữ (giữ số 0 ở đầu), số hộ là số nguyên, tỷ lệ là số hiển thị dạng phần trăm, ngày là ngày; hàng tiêu đề cố định; phiên bản, nguồn và dấu minh họa ở các dòng đầu trang tính.`,
  workbookName: (id: string) => `lang-son-ho-ngheo-${id}.xlsx`,
  workbookTitle: (id: string) => `Dữ liệu hộ nghèo, hộ cận nghèo tỉnh Lạng Sơn, phiên bản ${id}`,
  workbookPageTitle: 'Tất cả các bảng trong một tệp Excel, mỗi bảng một trang tính',
  workbookDescription:
    'Mọi bảng CSV của phiên bản trong một tệp Excel, mỗi bảng một trang tính (tên trang tính là tên tệp CSV), với kiểu dữ liệu đúng cho Excel; trang tính đầu tiên, “giai-thich”, giải thích từng cột.',
  /** The workbook's first sheet: what every column of the other sheets holds. */
  dictionary: {
    sheetName: 'giai-thich',
    title: 'Giải thích các cột của từng trang tính',
    notes: ['Mỗi dòng là một cột của một trang tính trong tệp này (cùng cột của tệp CSV cùng tên); mô tả giống datapackage.json của phiên bản.'],
    columns: ['Trang tính', 'Tên cột trong tệp CSV', 'Tên cột', 'Kiểu giá trị', 'Ý nghĩa', 'Các giá trị có thể có'],
    kind: { string: 'chữ', integer: 'số nguyên', number: 'số', date: 'ngày', year: 'năm', boolean: 'đúng/sai (TRUE/FALSE)' },
  },
  criteriaJsonTitle: 'Kết quả đánh giá tiêu chí, dạng máy đọc được (JSON), kèm các con số của từng cách tính',
  criteriaJsonDescription:
    'Cùng các lần đánh giá với ket-qua-tieu-chi.csv, kèm chi tiết từng cách đạt (mức giảm từng năm, quy mô hộ nghèo và cận nghèo) tính bằng phần trăm của điểm phần trăm.',
  /** The release page: which file to pick, one sentence each. */
  pickHeading: 'Nên tải tệp nào?',
  pickExcel:
    'Mở bằng Excel hoặc LibreOffice để đọc, lọc, vẽ biểu đồ: tải tệp .xlsx — mã đơn vị giữ nguyên số 0 ở đầu, tỷ lệ hiện đúng dạng phần trăm dù máy đặt tiếng Việt hay tiếng Anh.',
  pickCsv:
    'Đọc bằng chương trình (R, Python, cơ sở dữ liệu): tải tệp .csv — UTF-8 có BOM, dấu phẩy ngăn cột, dấu chấm thập phân, các cột mô tả trong datapackage.json. Mở thẳng tệp .csv bằng Excel hay LibreOffice thì mã đơn vị mất số 0 ở đầu (05977 thành 5977) và Excel đổi mã thời kỳ như 2020-01 thành ngày tháng.',
  pickCriteria:
    'Kết quả đánh giá tiêu chí của từng đơn vị qua từng năm, kèm lý do bằng lời: ket-qua-tieu-chi (.csv, .xlsx, .json).',
} as const;
