import { carriedSeries } from '../carried.ts';
import type { Dataset, Figures } from '../dataset.ts';
import { rateHundredths } from '../rates.ts';
import { unitLevel, unitType } from '../schemas/index.ts';
import { hundredthsText, type CsvValue } from './csv.ts';
import type { Field, Table } from './tables.ts';

const CARRIED_TABLE = 'carried-series.csv';

const text = (name: string, title: string, description?: string, required = false): Field => ({
  name, type: 'string', title, ...(description ? { description } : {}), ...(required ? { constraints: { required: true } } : {}),
});
const count = (name: string, title: string, required = true): Field => ({
  name, type: 'integer', title, constraints: { ...(required ? { required: true } : {}), minimum: 0 },
});
// Typed boolean like the other tables' flags: the CSV still says "true"/"false", and the
// workbook writes TRUE/FALSE a spreadsheet can filter on, not two words of text.
const flag = (name: string, title: string, description: string): Field => ({
  name, type: 'boolean', title, description, constraints: { required: true },
});

/** "06613:1;06622:0.5": each old unit with the share of its households used. */
const partsText = (f: Figures): string | null => f.carried?.parts.map((p) => `${p.unit}:${p.share}`).join(';') ?? null;

/**
 * The series of the units of every vintage formed from earlier ones (2024-12, 2025-07),
 * year by year: the reported figure when the unit has one, and the figure carried from
 * its predecessors (src/domain/carried.ts) — both rows when both exist. Computed from
 * the release's own files, so the same release always gives the same bytes.
 */
export function carriedTable(dataset: Dataset): Table {
  const series = carriedSeries(dataset);
  const rows: CsvValue[][] = [];
  const row = (vintage: string, code: string, f: Figures): CsvValue[] => {
    const unit = dataset.unit(vintage, code);
    const parent = unit?.parent ? dataset.unit(vintage, unit.parent) : undefined;
    const em = f.ethnicMinority;
    return [
      vintage, code, unit?.name ?? null, unit?.type ?? null, unit?.level ?? null, unit?.parent ?? null, parent?.name ?? null,
      f.year, f.households, f.poor, f.nearPoor,
      hundredthsText(rateHundredths(f.poor, f.households)), hundredthsText(rateHundredths(f.nearPoor, f.households)),
      em?.households ?? null, em?.poor ?? null, em ? hundredthsText(rateHundredths(em.poor, em.households)) : null,
      String(Boolean(f.carried)), f.carried?.vintage ?? null, partsText(f), String(f.derived), String(f.illustrative), f.sources.join(';'),
    ];
  };
  for (const v of dataset.vintages) {
    if (series.shares.earlier(v.id).length === 0) continue;
    for (const u of v.units) {
      if (u.level === 'province') continue;
      for (const year of dataset.years()) {
        const { reported, carried } = series.both(v.id, u.code, year);
        if (reported) rows.push(row(v.id, u.code, reported));
        if (carried) rows.push(row(v.id, u.code, carried));
      }
    }
  }
  return {
    name: CARRIED_TABLE,
    title: 'Chuỗi số liệu theo địa giới sau sắp xếp, gồm số liệu quy đổi từ các đơn vị cũ',
    description:
      'Với mỗi đơn vị hành chính được hình thành sau một lần sắp xếp địa giới (thời kỳ 2024-12, 2025-07), mỗi năm: số liệu báo cáo của chính đơn vị (carried = false) ' +
      'và số liệu quy đổi (carried = true), là tổng số liệu của các đơn vị cũ đã hợp thành đơn vị; đơn vị cũ bị chia cho nhiều đơn vị mới thì mỗi phần nhận số hộ theo tỷ lệ ' +
      'trong bảng chuyển đổi, làm tròn thành số nguyên bằng phương pháp phần dư lớn nhất để các phần cộng lại đúng bằng đơn vị cũ. Số liệu quy đổi không phải số liệu báo cáo ' +
      'và không dùng cho kết quả đánh giá chính thức; khi đơn vị có cả hai, trang web hiển thị số liệu báo cáo.',
    fields: [
      text('vintage', 'Thời kỳ địa giới', undefined, true),
      text('code', 'Mã đơn vị', undefined, true),
      text('name', 'Tên đơn vị'),
      { name: 'type', type: 'string', title: 'Loại đơn vị', constraints: { enum: unitType.options } },
      { name: 'level', type: 'string', title: 'Cấp', constraints: { enum: unitLevel.options } },
      text('parent_code', 'Mã đơn vị cấp trên'),
      text('parent_name', 'Tên đơn vị cấp trên'),
      { name: 'year', type: 'integer', title: 'Năm', description: 'Năm của kỳ rà soát cuối năm.', constraints: { required: true } },
      count('households', 'Tổng số hộ'),
      count('poor', 'Số hộ nghèo'),
      count('near_poor', 'Số hộ cận nghèo'),
      { name: 'poor_rate', type: 'number', title: 'Tỷ lệ hộ nghèo (%)' },
      { name: 'near_poor_rate', type: 'number', title: 'Tỷ lệ hộ cận nghèo (%)' },
      count('em_households', 'Số hộ DTTS', false),
      count('em_poor', 'Số hộ nghèo DTTS', false),
      { name: 'em_poor_rate', type: 'number', title: 'Tỷ lệ hộ nghèo DTTS (%)' },
      flag('carried', 'Số liệu quy đổi', 'true: quy đổi từ các đơn vị cũ (from_vintage, from_units); false: số liệu báo cáo của chính đơn vị.'),
      text('from_vintage', 'Quy đổi từ thời kỳ', 'Thời kỳ địa giới của các đơn vị cũ; trống với số liệu báo cáo.'),
      text('from_units', 'Các đơn vị cũ và tỷ lệ', 'Mã đơn vị cũ và tỷ lệ số hộ của nó được cộng vào, cách nhau bằng dấu chấm phẩy: "06613:1;06622:0.5" (1 = toàn bộ).'),
      flag('derived', 'Tổng cấp dưới', 'true: số liệu báo cáo là tổng của các đơn vị trực thuộc, không phải bản ghi của chính đơn vị.'),
      flag('illustrative', 'Minh họa', 'true: số liệu (hoặc một số liệu cộng vào nó) có nguồn loại synthetic, không phải số liệu thật.'),
      text('source_ids', 'Mã nguồn', 'Các nguồn của số liệu (hoặc của các số liệu được cộng), cách nhau bằng dấu chấm phẩy; xem sources.csv.', true),
    ],
    primaryKey: ['vintage', 'code', 'year', 'carried'],
    foreignKeys: [{ fields: ['vintage', 'code'], reference: { resource: 'units', fields: ['vintage', 'code'] } }],
    rows,
  };
}
