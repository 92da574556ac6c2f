/**
 * Every source the demo release cites. Real documents are `official` or
 * `press` with their addresses (from sources/published-facts/facts.md); figures we
 * computed are `derived`; illustrative figures are `synthetic` and say so.
 */
import { SEED, viNumber, viRate, viShare } from './common.ts';

export interface Source {
  id: string;
  kind: 'official' | 'press' | 'derived' | 'synthetic';
  title: string;
  issuer: string | null;
  date: string | null;
  url: string | null;
  note: string | null;
}

export const SOURCE_IDS = {
  nq818: 's-818-nq-ubtvqh14',
  merge2024: 's-sap-xep-2024-vov',
  nq1672: 's-1672-nq-ubtvqh15',
  qd353: 's-353-qd-ttg',
  zones2021: 's-phan-loai-minh-hoa-2021',
  zones2025: 's-phan-loai-minh-hoa-2025',
  composed: 's-chuyen-doi-ghep-2020-2025',
  province2021: 's-tinh-2021-dan-viet',
  province2024: 's-tinh-2024-dan-viet',
  qd83: 's-83-qd-ubnd-2026',
  synthetic: 's-so-lieu-minh-hoa',
} as const;

const URL = {
  vanphong818: 'https://vanphong.langson.gov.vn/index.php/en/node/58934',
  vov: 'https://vov.gov.vn/sau-khi-sap-xep-tinh-lang-son-co-11-don-vi-hanh-chinh-cap-huyen-mobiledtnew-1036491',
  baoPhapLuat: 'https://m.baophapluat.vn/sat-nhap-mot-so-don-vi-hanh-chinh-cap-xa-cua-tinh-lang-son-post531151.amp',
  thuVienNhaDat:
    'https://thuviennhadat.vn/phap-ly-nha-dat/huyen-loc-binh-lang-son-sau-sap-nhap-xa-ten-7-xa-moi-la-gi-cac-xa-huyen-loc-binh-thay-doi-ra-sao-sau-695404.html',
  quangNinh353: 'https://www.quangninh.gov.vn/so/sokhdt/Trang/ChiTietTinTuc.aspx?nid=1436',
  qd880: 'https://dulieuphapluat.vn/tin-tuc/tin-van-ban/ho-tro-22-huyen-thuoc-17-tinh-thoat-ngheo-365/',
  tvpl861: 'https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/36001/phe-duyet-danh-sach-xa-dac-biet-kho-khan-giai-doan-2021-2025',
  baoThanhHoa861: 'https://baothanhhoa.vn/doi-song-xa-hoi/giam-ngheo-hay-cau-chuyen-con-kien-leo-canh-da-bai-1-thoat-kho-co-thoat-ngheo/195904.htm',
  daklak353:
    'https://sotuphap.daklak.gov.vn/danh-sach-74-huyen-ngheo-va-54-xa-dac-biet-kho-khan-vung-bai-ngang-ven-bien-va-hai-dao-giai-doan-2021-2025-13271.html',
  toTheThao: 'http://tothethao.com/bong-da_khoi-sac-nong-thon-moi-tai-cac-vung-dan-toc-thieu-so-tinh-lang-son-2087622.html',
  danViet: 'https://trangtraiviet.danviet.vn/lang-son-giam-ngheo-ben-vung-quyet-tam-khong-de-ai-bi-bo-lai-phia-sau-d1363137.html',
  tapChiKtTc: 'https://tapchikinhtetaichinh.vn/tinh-lang-son-ty-le-ho-ngheo-chi-con-khoang-1-36.html',
  langson83: 'https://langson.gov.vn/thong-tin-chi-dao-dieu-hanh/phe-duyet-ket-qua-ra-soat-ho-ngheo-ho-can-ngheo-nam-2025-tren-dia-ban-tinh.html',
} as const;

const GENERATOR = 'scripts/generate-demo-release.ts';

export interface ProvinceDerivation {
  year: number;
  poor: number;
  nearPoor: number;
  poorRate: number; // hundredths
  nearPoorRate: number; // hundredths
  /** as printed in the article */
  poorRateText: string;
  nearPoorRateText: string;
  households: number;
  range: [number, number];
}

export interface SourceFacts {
  daiDongThatKhe: number; // ten-thousandths
  daiDongBounds: [number, number];
  daiDongRemainder: number; // people assumed
  province: Record<2021 | 2024, ProvinceDerivation>;
  zoneCounts: { III: number; II: number; I: number; none: number };
}

function src(s: Source): Source {
  return { id: s.id, kind: s.kind, title: s.title, issuer: s.issuer, date: s.date, url: s.url, note: s.note };
}

export function buildSources(f: SourceFacts): Record<keyof typeof SOURCE_IDS, Source> {
  const province = (d: ProvinceDerivation, id: string): Source =>
    src({
      id,
      kind: 'derived',
      title: `Số hộ nghèo, hộ cận nghèo toàn tỉnh năm ${d.year} (Dân Việt, 16/9/2025); tổng số hộ ước tính từ tỷ lệ đã công bố`,
      issuer: null,
      date: '2025-09-16',
      url: URL.danViet,
      note:
        `Số hộ nghèo (${viNumber(d.poor)} hộ, ${d.poorRateText}%) và hộ cận nghèo (${viNumber(d.nearPoor)} hộ, ${d.nearPoorRateText}%) năm ${d.year} ` +
        'theo bài "Lạng Sơn giảm nghèo bền vững, quyết tâm không để ai bị bỏ lại phía sau" (Dân Việt – Trang trại Việt, 16/9/2025), ' +
        'trích lời Phó Giám đốc Sở Nông nghiệp và Môi trường Đinh Thị Thu; Tạp chí Kinh tế Tài chính (2025) nêu cùng tỷ lệ ' +
        `(${URL.tapChiKtTc}). Tổng số hộ không được công bố: ${viNumber(d.households)} là do chúng tôi suy ra — ` +
        `số nguyên h gần ${viNumber(d.poor)} / ${viRate(d.poorRate)}% nhất sao cho ${viNumber(d.poor)} / h × 100 làm tròn đến 2 chữ số thập phân ` +
        `(nửa làm tròn xa số 0, tính chính xác bằng số nguyên) bằng đúng ${viRate(d.poorRate)} và ${viNumber(d.nearPoor)} / h × 100 bằng đúng ${viRate(d.nearPoorRate)}. ` +
        `Mọi h từ ${viNumber(d.range[0])} đến ${viNumber(d.range[1])} đều cho lại hai tỷ lệ này, nên tổng số hộ chỉ là ước lượng.`,
    });

  return {
    nq818: src({
      id: SOURCE_IDS.nq818,
      kind: 'official',
      title: 'Nghị quyết số 818/NQ-UBTVQH14 ngày 21/11/2019 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã thuộc tỉnh Lạng Sơn',
      issuer: 'Ủy ban Thường vụ Quốc hội',
      date: '2019-11-21',
      url: URL.vanphong818,
      note:
        'Đường dẫn là tin của Văn phòng UBND tỉnh Lạng Sơn về Nghị quyết (226 → 200 đơn vị hành chính cấp xã). ' +
        'Mã và tên 11 đơn vị cấp huyện, 200 đơn vị cấp xã lấy từ thanglequoc/vietnamese-provinces-database, phiên bản v2.2.0 (giấy phép MIT), ' +
        'dựa trên danh mục của cơ quan thống kê; tên được chuẩn hóa Unicode NFC, "NT" viết đầy đủ là "Nông trường".',
    }),
    merge2024: src({
      id: SOURCE_IDS.merge2024,
      kind: 'press',
      title: 'Sau khi sắp xếp, tỉnh Lạng Sơn có 11 đơn vị hành chính cấp huyện',
      issuer: 'Báo điện tử VOV (Đài Tiếng nói Việt Nam)',
      date: '2024-11-03',
      url: URL.vov,
      note:
        'Tin về Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp xã của tỉnh Lạng Sơn giai đoạn 2023–2025, ' +
        `có hiệu lực từ ngày 01/12/2024 (Báo Pháp luật Việt Nam: ${URL.baoPhapLuat}): 200 → 194 đơn vị cấp xã. ` +
        'Chưa tìm được số hiệu của Nghị quyết. Mã và tên 194 đơn vị lấy từ thanglequoc/vietnamese-provinces-database, phiên bản v2.4.1 (MIT). ' +
        'Thị trấn Thất Khê sau điều chỉnh mang mã 06040 (trước là mã của xã Đại Đồng). ' +
        'Tỷ lệ chia xã Đại Đồng trong bảng chuyển đổi là giả định của chúng tôi: theo tin, 8.527 người của xã Đại Đồng được điều chỉnh vào thị trấn Thất Khê, ' +
        'phần còn lại nhập vào xã Đội Cấn, và xã Đội Cấn sau khi nhập có 1.333 người, nên phần còn lại của Đại Đồng không quá 1.333 người. ' +
        `Giả định phần còn lại bằng một nửa số đó (${viNumber(f.daiDongRemainder)} người) và số hộ tỷ lệ với số dân: ` +
        `thị trấn Thất Khê nhận ${viShare(f.daiDongThatKhe)} số hộ của Đại Đồng, xã Đội Cấn ${viShare(10000 - f.daiDongThatKhe)} ` +
        `(8.527 / (8.527 + ${viNumber(f.daiDongRemainder)}), làm tròn 4 chữ số). Tỷ lệ thật nằm trong khoảng ${viShare(f.daiDongBounds[0])}–1.`,
    }),
    nq1672: src({
      id: SOURCE_IDS.nq1672,
      kind: 'official',
      title: 'Nghị quyết số 1672/NQ-UBTVQH15 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng Sơn',
      issuer: 'Ủy ban Thường vụ Quốc hội',
      date: null,
      url: URL.thuVienNhaDat,
      note:
        'Từ 01/07/2025: 194 → 65 đơn vị hành chính cấp xã (61 xã, 4 phường), không còn cấp huyện. Đường dẫn là trang thông tin pháp luật ' +
        '(Thư viện Nhà đất) trích Điều 1 của Nghị quyết; ngày ban hành chưa đối chiếu được với văn bản gốc. ' +
        'Mã và tên 65 đơn vị lấy từ thanglequoc/vietnamese-provinces-database, phiên bản v3.0.2 (MIT). ' +
        'Bảng chuyển đổi mã cũ → mã mới là "Bảng chuyển đổi ĐVHC mới – cũ" của cơ quan thống kê, bản phân phối lại trong sunshine-tech/VietnamProvinces (GPL-3.0). ' +
        'Hai xã cũ được chia cho hai xã mới ("Nhập một phần"): Bính Xá (06622) vào Đình Lập (06613) và Kiên Mộc (06625); ' +
        'Kiên Mộc (06625) vào Kiên Mộc (06625) và Châu Sơn (06637). Không có số liệu về phần dân số hay số hộ được chia, ' +
        'nên tỷ lệ 0,5 / 0,5 trong bảng chuyển đổi là giả định.',
    }),
    qd353: src({
      id: SOURCE_IDS.qd353,
      kind: 'official',
      title:
        'Quyết định số 353/QĐ-TTg ngày 15/3/2022 của Thủ tướng Chính phủ phê duyệt danh sách huyện nghèo, xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo giai đoạn 2021–2025',
      issuer: 'Thủ tướng Chính phủ',
      date: '2022-03-15',
      url: URL.quangNinh353,
      note:
        'Đường dẫn là tin "Phê duyệt danh sách huyện nghèo, xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo giai đoạn 2021 - 2025" ' +
        'của Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh (26/3/2022), đăng lại mục I của phụ lục Quyết định: ' +
        '"10. Huyện Bình Gia, tỉnh Lạng Sơn; 11. Huyện Văn Quan, tỉnh Lạng Sơn". Quyết định do Phó Thủ tướng Phạm Bình Minh ký ngày 15/3/2022, ' +
        `nên phân loại huyện nghèo trên trang tính từ năm 2022. Cùng nội dung: Sở Tư pháp Đắk Lắk, 22/3/2022 (${URL.daklak353}). ` +
        'Thoát nghèo: Quyết định số 880/QĐ-TTg ngày 22/7/2022 đưa huyện Văn Quan vào 22 huyện nghèo được hỗ trợ thoát khỏi tình trạng nghèo giai đoạn 2022–2025 ' +
        `(Dữ liệu pháp luật, 25/7/2022: ${URL.qd880}); chưa tìm thấy quyết định công nhận huyện Bình Gia hay Văn Quan thoát nghèo (kiểm tra đến 01/12/2026). ` +
        'Cấp huyện chấm dứt hoạt động từ 01/7/2025; việc đó không phải là thoát nghèo.',
    }),
    zones2021: src({
      id: SOURCE_IDS.zones2021,
      kind: 'synthetic',
      title: 'Phân loại minh họa xã khu vực I, II, III và xã đặc biệt khó khăn giai đoạn 2021–2025 (không phải danh sách chính thức)',
      issuer: null,
      date: null,
      url: null,
      note:
        'Minh họa, không phải phân loại thật: danh sách từng xã của Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ ' +
        '(phê duyệt danh sách các xã khu vực III, khu vực II, khu vực I thuộc vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021–2025) chưa tìm thấy. ' +
        `Chỉ số lượng được công bố: Lạng Sơn có ${f.zoneCounts.III} xã khu vực III (xã đặc biệt khó khăn) theo bản tin Thư Viện Pháp Luật ngày 08/6/2021 (${URL.tvpl861}) ` +
        `và báo Thanh Hóa (09/2023: 125 xã giai đoạn trước, thoát 37 xã; ${URL.baoThanhHoa861}); ${f.zoneCounts.II} xã khu vực II và ${f.zoneCounts.I} xã khu vực I ` +
        `theo một bài viết tái đăng, chưa kiểm chứng (${URL.toTheThao}). Bộ sinh dữ liệu ${GENERATOR} (hạt giống "${SEED}") xếp 200 xã theo mức nghèo minh họa năm 2021 ` +
        `và gán đúng các số lượng đó: ${f.zoneCounts.III} xã khu vực III, ${f.zoneCounts.II} xã khu vực II, ${f.zoneCounts.I} xã khu vực I, ${f.zoneCounts.none} xã không thuộc vùng dân tộc thiểu số và miền núi, ` +
        'giữ nguyên trong mọi năm 2021–2024 (chưa tìm thấy văn bản điều chỉnh danh sách đối với Lạng Sơn). ' +
        'Xã khu vực III là xã đặc biệt khó khăn (Quyết định số 33/2020/QĐ-TTg, Điều 3). Thôn đặc biệt khó khăn (các quyết định của Ủy ban Dân tộc): chưa tìm thấy danh sách. ' +
        'Các xã của thời kỳ 2024-12 giữ phân loại của xã cùng tên thời kỳ 2020-01.',
    }),
    zones2025: src({
      id: SOURCE_IDS.zones2025,
      kind: 'synthetic',
      title: 'Phân loại minh họa khu vực và xã đặc biệt khó khăn của các xã, phường từ 01/07/2025 (không phải danh sách chính thức)',
      issuer: null,
      date: null,
      url: null,
      note:
        `Minh họa, không phải phân loại thật. Bộ sinh dữ liệu ${GENERATOR} (hạt giống "${SEED}") lấy khu vực của mỗi xã, phường mới ` +
        'bằng khu vực bình quân của các xã cũ hợp thành (phân loại minh họa 2021–2025), gia quyền theo số hộ minh họa năm 2024 và tỷ lệ trong bảng chuyển đổi ghép 2020-01 → 2025-07, ' +
        'làm tròn đến khu vực gần nhất; xã khu vực III được coi là xã đặc biệt khó khăn. Không dùng danh sách chính thức nào.',
    }),
    composed: src({
      id: SOURCE_IDS.composed,
      kind: 'derived',
      title: 'Bảng chuyển đổi ghép 2020-01 → 2025-07, tính từ hai bảng chuyển đổi 2020-01 → 2024-12 và 2024-12 → 2025-07',
      issuer: null,
      date: null,
      url: null,
      note:
        `Tính bằng ${GENERATOR}: tỷ lệ của một đường đi là tích các tỷ lệ dọc đường, các đường song song được cộng lại, ` +
        'rồi tỷ lệ của mỗi đơn vị cũ được làm tròn đến 4 chữ số thập phân bằng phương pháp phần dư lớn nhất để tổng bằng đúng 1. ' +
        'Kế thừa các giả định về tỷ lệ chia xã Đại Đồng (2024) và các xã Bính Xá, Kiên Mộc (2025) nêu trong ghi chú của hai bảng gốc.',
    }),
    province2021: province(f.province[2021], SOURCE_IDS.province2021),
    province2024: province(f.province[2024], SOURCE_IDS.province2024),
    qd83: src({
      id: SOURCE_IDS.qd83,
      kind: 'official',
      title: 'Quyết định số 83/QĐ-UBND ngày 15/01/2026 phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025',
      issuer: 'UBND tỉnh Lạng Sơn',
      date: '2026-01-15',
      url: URL.langson83,
      note:
        'Theo tin "Phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn tỉnh" trên Cổng thông tin điện tử tỉnh Lạng Sơn: ' +
        'hộ nghèo 4.643/199.765 hộ (2,32%), hộ cận nghèo 13.578/199.765 hộ (6,80%). Trang tin không ghi ngày đăng ' +
        'và không nói cuộc rà soát năm 2025 áp dụng chuẩn nghèo nào.',
    }),
    synthetic: src({
      id: SOURCE_IDS.synthetic,
      kind: 'synthetic',
      title: 'Số liệu minh họa (không phải số liệu chính thức): số hộ, hộ nghèo, hộ cận nghèo và hộ dân tộc thiểu số của các huyện, xã',
      issuer: null,
      date: null,
      url: null,
      note:
        `Số liệu cấp huyện và cấp xã chưa được công bố; các số ở đây do ${GENERATOR} sinh ra với hạt giống cố định "${SEED}" ` +
        '(bộ sinh số giả ngẫu nhiên mulberry32, mỗi đơn vị một dòng số riêng), chạy lại cho kết quả giống hệt từng byte. ' +
        'Tổng toàn tỉnh năm 2021 và 2024 (thời kỳ địa giới 2020-01) và năm 2025 (thời kỳ 2025-07) là số đã công bố; ' +
        'tổng năm 2022 và năm 2023 chưa được công bố, nên là số minh họa nằm giữa năm 2021 và năm 2024 (các tổng này có trong bảng số liệu toàn tỉnh, ghi “minh họa”). Mỗi tổng được chia cho các huyện rồi cho các xã bằng phương pháp phần dư lớn nhất, ' +
        'trọng số là số hộ minh họa × tỷ lệ minh họa, nên các xã cộng lại đúng bằng huyện và các huyện đúng bằng tỉnh. ' +
        'Tỷ lệ minh họa cao hơn ở các huyện nghèo và vùng cao (Bình Gia, Văn Quan, Đình Lập…), thấp ở phường, thị trấn; ' +
        'mỗi xã có mức xuất phát và tốc độ giảm riêng. Hộ dân tộc thiểu số chiếm khoảng 78–96% số hộ và 82–100% số hộ nghèo của mỗi xã; số của huyện là tổng các xã. ' +
        'Năm 2025, tổng đã công bố được chia cho 65 xã, phường mới theo số liệu minh họa năm 2024 của các xã cũ hợp thành (bảng chuyển đổi ghép 2020-01 → 2025-07). ' +
        'Chỉ để minh họa cách trang web hoạt động; không dùng để trích dẫn.',
    }),
  };
}
