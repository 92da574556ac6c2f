import { rateHundredths } from '../rates.ts';
import { awardKind, recipientKind, sourceKind, unitLevel, unitType, type Source, type Unit } from '../schemas/index.ts';
import { hundredthsText, toCsv, type CsvValue } from './csv.ts';
import { snapshotSources, type ReleaseSnapshot } from './snapshot.ts';

/** A column, described once for the CSV header and the Frictionless table schema. */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'year' | 'boolean';
  /** Frictionless's format of a string: `uri`, a web address (a link in the workbooks). */
  format?: 'uri';
  title: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; enum?: readonly string[]; pattern?: string };
}

export interface Table {
  /** File name of the CSV, e.g. "observations.csv". */
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: CsvValue[][];
}

const count = (name: string, title: string, description: string, required = true): Field => ({
  name, type: 'integer', title, description, constraints: { ...(required ? { required: true } : {}), minimum: 0 },
});
const rate = (name: string, title: string, description: string): Field => ({ name, type: 'number', title, description });
const text = (name: string, title: string, description?: string, required = false): Field => ({
  name, type: 'string', title, ...(description ? { description } : {}), ...(required ? { constraints: { required: true } } : {}),
});
const enumField = (name: string, title: string, values: readonly string[], description?: string, required = true): Field => ({
  name, type: 'string', title, ...(description ? { description } : {}), constraints: { ...(required ? { required: true } : {}), enum: values },
});

/** Looks up units by (vintage, code), the only key that is unique (codes repeat across vintages). */
class UnitIndex {
  private readonly byKey = new Map<string, Unit>();
  constructor(snapshot: ReleaseSnapshot) {
    for (const v of snapshot.units.vintages) for (const u of v.units) this.byKey.set(`${v.id}|${u.code}`, u);
  }
  get(vintage: string | undefined, code: string | undefined): Unit | undefined {
    return vintage === undefined || code === undefined ? undefined : this.byKey.get(`${vintage}|${code}`);
  }
}

const sourceColumns: Field[] = [
  text('source_id', 'Mã nguồn', 'Mã của văn bản nguồn, xem sources.csv.', true),
  enumField('source_kind', 'Loại nguồn', sourceKind.options, 'official: văn bản của cơ quan có thẩm quyền; press: báo chí; derived: do trang tính từ nguồn khác; synthetic: số liệu minh họa, không có thật.'),
  text('source', 'Nguồn', 'Tên văn bản nguồn.'),
];
const sourceValues = (sources: Map<string, Source>, id: string): CsvValue[] => {
  const s = sources.get(id);
  return [id, s?.kind ?? null, s?.title ?? null];
};

/**
 * One row per recorded observation (a unit in a year), in the order of observations.json.
 * Figures a page shows as the sum of a parent's children are not records and are not
 * here: sum the communes to get them.
 */
export function observationsTable(snapshot: ReleaseSnapshot): Table {
  const units = new UnitIndex(snapshot);
  const sources = snapshotSources(snapshot);
  const rows = snapshot.observations.observations.map((o) => {
    const unit = units.get(o.vintage, o.unit);
    const parent = units.get(o.vintage, unit?.parent);
    const em = o.ethnicMinority;
    return [
      o.vintage, o.unit, unit?.name ?? null, unit?.type ?? null, unit?.level ?? null, unit?.parent ?? null, parent?.name ?? null,
      o.year, o.households, o.poor, o.nearPoor,
      hundredthsText(rateHundredths(o.poor, o.households)), hundredthsText(rateHundredths(o.nearPoor, o.households)),
      em?.households ?? null, em?.poor ?? null, em ? hundredthsText(rateHundredths(em.poor, em.households)) : null,
      ...sourceValues(sources, o.source),
    ];
  });
  return {
    name: 'observations.csv',
    title: 'Kết quả rà soát hộ nghèo, hộ cận nghèo theo đơn vị và năm',
    description:
      'Mỗi dòng là số liệu được ghi nhận của một đơn vị hành chính (theo thời kỳ địa giới) trong một năm rà soát cuối năm. ' +
      'Không có các dòng tổng suy ra: khi một huyện (hoặc tỉnh) không có số liệu riêng, trang web cộng số liệu của các đơn vị trực thuộc; tệp này chỉ chứa số liệu gốc. ' +
      'Tỷ lệ tính chính xác bằng số nguyên và làm tròn 2 chữ số thập phân (nửa đơn vị làm tròn lên), như báo cáo chính thức.',
    fields: [
      text('vintage', 'Thời kỳ địa giới', 'Mã của bộ đơn vị hành chính đang có hiệu lực (YYYY-MM); mã đơn vị chỉ duy nhất trong một thời kỳ.', true),
      text('code', 'Mã đơn vị', 'Mã thống kê của đơn vị hành chính.', true),
      text('name', 'Tên đơn vị'),
      enumField('type', 'Loại đơn vị', unitType.options),
      enumField('level', 'Cấp', unitLevel.options),
      text('parent_code', 'Mã đơn vị cấp trên'),
      text('parent_name', 'Tên đơn vị cấp trên'),
      { name: 'year', type: 'integer', title: 'Năm', description: 'Năm của kỳ rà soát cuối năm.', constraints: { required: true } },
      count('households', 'Tổng số hộ', 'Tổng số hộ dân của đơn vị.'),
      count('poor', 'Số hộ nghèo', 'Số hộ nghèo theo chuẩn nghèo đa chiều.'),
      count('near_poor', 'Số hộ cận nghèo', 'Số hộ cận nghèo.'),
      rate('poor_rate', 'Tỷ lệ hộ nghèo (%)', 'poor / households × 100, làm tròn 2 chữ số thập phân; trống khi không có hộ nào.'),
      rate('near_poor_rate', 'Tỷ lệ hộ cận nghèo (%)', 'near_poor / households × 100, làm tròn 2 chữ số thập phân.'),
      count('em_households', 'Số hộ DTTS', 'Số hộ đồng bào dân tộc thiểu số; trống khi không có số liệu.', false),
      count('em_poor', 'Số hộ nghèo DTTS', 'Số hộ nghèo là đồng bào dân tộc thiểu số; trống khi không có số liệu.', false),
      rate('em_poor_rate', 'Tỷ lệ hộ nghèo DTTS (%)', 'em_poor / em_households × 100, làm tròn 2 chữ số thập phân.'),
      ...sourceColumns,
    ],
    primaryKey: ['vintage', 'code', 'year'],
    foreignKeys: [
      { fields: ['vintage', 'code'], reference: { resource: 'units', fields: ['vintage', 'code'] } },
      { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
    ],
    rows,
  };
}

function unitsTable(snapshot: ReleaseSnapshot): Table {
  const rows: CsvValue[][] = [];
  for (const v of snapshot.units.vintages) {
    const byCode = new Map(v.units.map((u) => [u.code, u]));
    for (const u of v.units) {
      rows.push([v.id, v.validFrom, v.validTo, u.code, u.name, u.type, u.level, u.parent ?? null, u.parent ? (byCode.get(u.parent)?.name ?? null) : null]);
    }
  }
  return {
    name: 'units.csv',
    title: 'Đơn vị hành chính theo thời kỳ địa giới',
    description: 'Tỉnh, huyện, xã (và thôn nếu có) của từng thời kỳ địa giới, với đơn vị cấp trên. Mã đơn vị chỉ duy nhất trong một thời kỳ.',
    fields: [
      text('vintage', 'Thời kỳ địa giới', undefined, true),
      { name: 'vintage_valid_from', type: 'date', title: 'Hiệu lực từ ngày' },
      { name: 'vintage_valid_to', type: 'date', title: 'Hiệu lực đến ngày', description: 'Trống: còn hiệu lực.' },
      text('code', 'Mã đơn vị', undefined, true),
      text('name', 'Tên đơn vị', undefined, true),
      enumField('type', 'Loại đơn vị', unitType.options),
      enumField('level', 'Cấp', unitLevel.options),
      text('parent_code', 'Mã đơn vị cấp trên'),
      text('parent_name', 'Tên đơn vị cấp trên'),
    ],
    primaryKey: ['vintage', 'code'],
    rows,
  };
}

function classificationsTable(snapshot: ReleaseSnapshot): Table {
  const rows: CsvValue[][] = [];
  for (const v of snapshot.units.vintages) {
    for (const u of v.units) {
      for (const c of u.classifications ?? []) {
        rows.push([v.id, u.code, u.name, c.kind, c.kind === 'zone' ? c.value : null, c.from, c.to, c.source]);
      }
    }
  }
  return {
    name: 'classifications.csv',
    title: 'Phân loại đơn vị: huyện nghèo, xã khu vực I–III, xã đặc biệt khó khăn',
    description: 'Mỗi dòng là một phân loại của một đơn vị trong khoảng năm from–to (tính cả hai đầu; to trống là còn hiệu lực).',
    fields: [
      text('vintage', 'Thời kỳ địa giới', undefined, true),
      text('code', 'Mã đơn vị', undefined, true),
      text('name', 'Tên đơn vị'),
      enumField('kind', 'Loại phân loại', ['poor-district', 'zone', 'especially-difficult'], 'poor-district: huyện nghèo; zone: khu vực (value I, II, III) vùng đồng bào DTTS và miền núi; especially-difficult: xã, thôn đặc biệt khó khăn.'),
      enumField('value', 'Khu vực', ['I', 'II', 'III'], undefined, false),
      { name: 'from', type: 'integer', title: 'Từ năm', constraints: { required: true } },
      { name: 'to', type: 'integer', title: 'Đến năm', description: 'Trống: còn hiệu lực.' },
      text('source_id', 'Mã nguồn', 'Xem sources.csv.', true),
    ],
    foreignKeys: [{ fields: ['vintage', 'code'], reference: { resource: 'units', fields: ['vintage', 'code'] } }],
    rows,
  };
}

function crosswalksTable(snapshot: ReleaseSnapshot): Table {
  const units = new UnitIndex(snapshot);
  const rows: CsvValue[][] = [];
  for (const c of snapshot.crosswalks.crosswalks) {
    for (const l of c.links) {
      rows.push([c.from, c.to, l.from, units.get(c.from, l.from)?.name ?? null, l.to, units.get(c.to, l.to)?.name ?? null, l.share ?? 1, c.basis ?? null]);
    }
  }
  return {
    name: 'crosswalks.csv',
    title: 'Chuyển đổi đơn vị hành chính giữa các thời kỳ địa giới',
    description: 'Đơn vị của thời kỳ trước đi vào đơn vị nào của thời kỳ sau; share là tỷ lệ số hộ chuyển sang (1 = toàn bộ).',
    fields: [
      text('from_vintage', 'Thời kỳ trước', undefined, true),
      text('to_vintage', 'Thời kỳ sau', undefined, true),
      text('from_code', 'Mã đơn vị cũ', undefined, true),
      text('from_name', 'Tên đơn vị cũ'),
      text('to_code', 'Mã đơn vị mới', undefined, true),
      text('to_name', 'Tên đơn vị mới'),
      { name: 'share', type: 'number', title: 'Tỷ lệ số hộ chuyển sang', constraints: { required: true } },
      text('basis_source_id', 'Căn cứ (mã nguồn)'),
    ],
    rows,
  };
}

function recognitionsTable(snapshot: ReleaseSnapshot, options: TablesOptions): Table {
  const units = new UnitIndex(snapshot);
  // A profile withdrawn since the release was published keeps its slug in the release's JSON, which cannot change; this table is made at each build and drops it.
  const linked = (slug: string | undefined) => (slug !== undefined && (options.profiles?.has(slug) ?? true) ? slug : null);
  const sources = snapshotSources(snapshot);
  const rows = snapshot.recognitions.recognitions.map((r) => [
    r.id, r.award, r.class ?? null, r.decision, r.date, r.issuer,
    r.recipient.kind, r.recipient.name, r.recipient.vintage ?? null, r.recipient.unit ?? null,
    units.get(r.recipient.vintage, r.recipient.unit)?.name ?? null,
    r.claims.join(';'), r.grounds.join(';'), linked(r.profile),
    ...sourceValues(sources, r.source),
  ]);
  return {
    name: 'recognitions.csv',
    title: 'Khen thưởng trong Phong trào thi đua',
    description:
      'Mỗi dòng là một hình thức khen thưởng; claims là các tiêu chí định lượng (cách nhau bằng dấu chấm phẩy) mà khen thưởng dựa vào, đã được đối chiếu với số liệu; ' +
      'grounds là các tiêu chí đánh giá theo hồ sơ (không kiểm tra được bằng số liệu).',
    fields: [
      text('id', 'Mã khen thưởng', undefined, true),
      enumField('award', 'Hình thức', awardKind.options, 'labor-order: Huân chương Lao động; pm-certificate: Bằng khen của Thủ tướng Chính phủ; provincial-certificate: Bằng khen của Chủ tịch UBND tỉnh; certificate-of-merit: Giấy khen.'),
      { name: 'class', type: 'integer', title: 'Hạng (Huân chương Lao động)' },
      text('decision', 'Số quyết định', 'Trống khi nguồn không nêu số quyết định.'),
      { name: 'date', type: 'string', title: 'Ngày quyết định', description: 'YYYY-MM-DD, hoặc YYYY-MM khi nguồn chỉ nêu tháng.', constraints: { required: true, pattern: '\\d{4}-\\d{2}(-\\d{2})?' } },
      text('issuer', 'Cấp khen thưởng', undefined, true),
      enumField('recipient_kind', 'Loại đối tượng', recipientKind.options),
      text('recipient_name', 'Tên đối tượng', undefined, true),
      text('vintage', 'Thời kỳ địa giới'),
      text('unit_code', 'Mã đơn vị'),
      text('unit_name', 'Tên đơn vị'),
      text('claims', 'Tiêu chí căn cứ'),
      text('grounds', 'Tiêu chí đánh giá theo hồ sơ'),
      text('profile', 'Hồ sơ điển hình', 'Đường dẫn /dien-hinh/<profile>/; trống khi hồ sơ không có trang (đã rút lại sự đồng ý), dù tệp recognitions.json của phiên bản còn ghi mã.'),
      ...sourceColumns,
    ],
    primaryKey: ['id'],
    rows,
  };
}

function sourcesTable(snapshot: ReleaseSnapshot): Table {
  const rows = [...snapshotSources(snapshot).values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => [s.id, s.kind, s.title, s.issuer ?? null, s.date ?? null, s.url ?? null, s.note ?? null]);
  return {
    name: 'sources.csv',
    title: 'Nguồn của số liệu',
    description: 'Văn bản, bài báo hoặc cách tính đứng sau mỗi con số. Nguồn synthetic là số liệu minh họa, không có thật.',
    fields: [
      text('id', 'Mã nguồn', undefined, true),
      enumField('kind', 'Loại nguồn', sourceKind.options),
      text('title', 'Tên nguồn', undefined, true),
      text('issuer', 'Cơ quan ban hành'),
      { name: 'date', type: 'date', title: 'Ngày' },
      { name: 'url', type: 'string', format: 'uri', title: 'Địa chỉ', description: 'Trang web của văn bản hoặc bài báo; trong tệp Excel, ô là liên kết, bấm để mở.' },
      text('note', 'Ghi chú', 'Với nguồn derived, synthetic: cách tạo ra số liệu.'),
    ],
    primaryKey: ['id'],
    rows,
  };
}

export interface TablesOptions {
  /** Slugs of the profiles that have a page now; a recognition's `profile` outside it is left empty. Every slug when absent. */
  profiles?: ReadonlySet<string>;
}

/** Every CSV table of a release, in the order the page lists them. */
export function releaseTables(snapshot: ReleaseSnapshot, options: TablesOptions = {}): Table[] {
  return [observationsTable(snapshot), unitsTable(snapshot), classificationsTable(snapshot), crosswalksTable(snapshot), recognitionsTable(snapshot, options), sourcesTable(snapshot)];
}

export function tableCsv(table: Table): string {
  return toCsv(table.fields.map((f) => f.name), table.rows);
}
