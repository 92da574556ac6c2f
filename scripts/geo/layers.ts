/**
 * The boundary layers the site draws: which source file (in sources/boundaries/, see its
 * SOURCE.md) gives which level of which vintage, and how each is credited. A vintage
 * with no entry here (2024-12) has no boundaries; its pages say so.
 */
import type { GeoLevel } from '../../src/domain/map/geo.ts';

export interface LayerSource {
  vintage: string;
  level: GeoLevel;
  /** File name in the source directory. */
  source: string;
  /** Property of each source feature that holds the unit code. */
  codeProperty: string;
  credit: string;
  licence: string;
  /** Said in data/geo/README.md: what a user of the file should know. */
  caveat: string;
}

export const LAYER_SOURCES: readonly LayerSource[] = [
  {
    vintage: '2020-01',
    level: 'district',
    source: 'lang-son-districts-2020.geojson',
    codeProperty: 'code',
    credit: 'Ranh giới huyện: gis.chinhphu.vn qua daohoangson/dvhcvn (GPL-3.0).',
    licence: 'GPL-3.0',
    caveat:
      'Ranh giới tháng 10/2019, không đổi đến 30/6/2025. Là bản phái sinh của dữ liệu GPL-3.0 nên tệp này cũng theo GPL-3.0.',
  },
  {
    vintage: '2020-01',
    level: 'commune',
    source: 'lang-son-communes-2020.geojson',
    codeProperty: 'code',
    credit:
      'Ranh giới xã 2020–2024: censusVN2009 (M. Choisy, MIT), gộp lại theo các lần sáp nhập ngày 01/01/2020; 11 trường hợp sáp nhập là suy đoán theo đường ranh giới chung dài nhất.',
    licence: 'MIT',
    caveat:
      'Nguồn tỉ lệ 1:250.000, đã làm thưa: ranh giới giữa các xã có thể lệch vài trăm mét; chỉ dùng cho bản đồ toàn tỉnh. 11 xã bị giải thể năm 2020 được gán cho xã có đường ranh giới chung dài nhất (xem sources/boundaries/SOURCE.md, mục 4).',
  },
  {
    vintage: '2025-07',
    level: 'commune',
    source: 'lang-son-communes-2025.geojson',
    codeProperty: 'code',
    credit:
      'Ranh giới xã từ 01/7/2025: Bản đồ tham khảo ĐVHC Việt Nam (sapnhap.bando.com.vn), NXB Tài nguyên – Môi trường và Bản đồ Việt Nam; qua vietnamese-provinces-database (MIT).',
    licence: 'MIT (của kho dữ liệu; điều khoản của nơi phát hành gốc không được nêu)',
    caveat:
      'Nguồn khác với các lớp 2020: đường bao tỉnh lệch 0,6% diện tích, đừng chồng lên các lớp 2020 để so đường ranh giới.',
  },
];

/**
 * Simplification: Visvalingam on the topology (shared borders simplified once),
 * dropping every point whose effective triangle is smaller than this area. 5,000 m²
 * keeps every bend a reader can see on a province map 600 px wide, even zoomed 4×.
 */
export const MIN_TRIANGLE_KM2 = 0.005;

/** Grid of the quantised coordinates: 10,000 steps across the bounding box (≈ 13 m). */
export const QUANTIZATION = 10_000;
