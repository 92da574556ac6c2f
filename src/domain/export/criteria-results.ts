/**
 * The criteria results of a release as data: every evaluation the criteria engine made
 * (a unit, a criterion, a year), with its reason in words, as a table (CSV, XLSX) and as
 * JSON with the engine's numbers. The words come from the caller (src/i18n/results.vi.ts),
 * so the domain holds no UI text and another language only passes other words.
 *
 * `basis` says what the figures behind an evaluation are: `reported` — the unit's own
 * figures, recorded or summed from its children; `carried` — figures of an older vintage
 * carried onto the unit through the crosswalks (docs/data-format.md#carried-series).
 * An evaluation without the field is reported.
 */
import { restsOnIllustrative, type Evaluation } from '../criteria.ts';
import type { Dataset } from '../dataset.ts';
import type { CsvValue } from './csv.ts';
import type { Field, Table } from './tables.ts';

export type EvaluationBasis = 'reported' | 'carried';

/** An evaluation as the engine gives it, or as a carried series gives it (with its basis). */
export type BasedEvaluation = Evaluation & { basis?: EvaluationBasis };

export interface CriteriaResultsInput {
  dataset: Dataset;
  evaluations: readonly BasedEvaluation[];
  /** The reason of one evaluation, in words ("Giảm 6,00; 5,99; 6,10 điểm (2022–2024): …"). */
  reason: (e: Evaluation) => string;
  /** The status in words: "Đạt", "Chưa đạt", "Chưa đủ số liệu"; on the carried basis, marked as an estimate. */
  status: (e: BasedEvaluation) => string;
}

export const CRITERIA_RESULTS_CSV = 'ket-qua-tieu-chi.csv';
export const CRITERIA_RESULTS_JSON = 'ket-qua-tieu-chi.json';

const BASES: readonly EvaluationBasis[] = ['reported', 'carried'];

interface Row {
  e: BasedEvaluation;
  unitName: string | null;
  unitType: string | null;
  level: string | null;
  parentCode: string | null;
  parentName: string | null;
  criterionName: string | null;
  illustrative: boolean;
}

function rowsOf(input: CriteriaResultsInput): Row[] {
  const { dataset } = input;
  const names = new Map(dataset.data.criteria.criteria.map((c) => [c.id, c.name]));
  return input.evaluations.map((e) => {
    const unit = dataset.unit(e.vintage, e.unit);
    const parent = unit?.parent ? dataset.unit(e.vintage, unit.parent) : undefined;
    return {
      e,
      unitName: unit?.name ?? null,
      unitType: unit?.type ?? null,
      level: unit?.level ?? null,
      parentCode: unit?.parent ?? null,
      parentName: parent?.name ?? null,
      criterionName: names.get(e.criterion) ?? null,
      illustrative: restsOnIllustrative(dataset, e),
    };
  });
}

const statusCode = (e: Evaluation): string => (!e.evaluable ? 'not-evaluable' : e.met ? 'met' : 'not-met');

const FIELDS: Field[] = [
  { name: 'vintage', type: 'string', title: 'Thời kỳ địa giới', description: 'Mã của bộ đơn vị hành chính (YYYY-MM); mã đơn vị chỉ duy nhất trong một thời kỳ.', constraints: { required: true } },
  { name: 'code', type: 'string', title: 'Mã đơn vị', constraints: { required: true } },
  { name: 'name', type: 'string', title: 'Tên đơn vị' },
  { name: 'type', type: 'string', title: 'Loại đơn vị' },
  { name: 'level', type: 'string', title: 'Cấp' },
  { name: 'parent_code', type: 'string', title: 'Mã đơn vị cấp trên' },
  { name: 'parent_name', type: 'string', title: 'Tên đơn vị cấp trên' },
  { name: 'criterion', type: 'string', title: 'Mã tiêu chí', description: 'Mã tiêu chí trong tệp tiêu chí của Kế hoạch (criteria/2021-2025.json).', constraints: { required: true } },
  { name: 'criterion_name', type: 'string', title: 'Tiêu chí' },
  { name: 'year', type: 'integer', title: 'Năm đánh giá', description: 'Đánh giá tính đến hết năm này.', constraints: { required: true } },
  { name: 'met', type: 'boolean', title: 'Đạt', description: 'true: đạt tiêu chí; false: chưa đạt hoặc chưa đủ số liệu (xem evaluable).', constraints: { required: true } },
  { name: 'evaluable', type: 'boolean', title: 'Đủ số liệu để đánh giá', description: 'false: thiếu số liệu, không bao giờ được tính là đạt.', constraints: { required: true } },
  { name: 'status', type: 'string', title: 'Kết quả', description: 'met: đạt; not-met: chưa đạt; not-evaluable: chưa đủ số liệu.', constraints: { required: true, enum: ['met', 'not-met', 'not-evaluable'] } },
  { name: 'status_text', type: 'string', title: 'Kết quả (bằng lời)' },
  { name: 'reason', type: 'string', title: 'Lý do', description: 'Các con số quyết định kết quả, bằng lời, như trang /tieu-chi/ ghi.' },
  { name: 'basis', type: 'string', title: 'Căn cứ số liệu', description: 'reported: số liệu của chính đơn vị (ghi nhận, hoặc cộng từ các đơn vị trực thuộc); carried: ước tính trên số liệu của thời kỳ địa giới trước chuyển sang đơn vị mới qua bảng chuyển đổi, để tham khảo, không phải kết quả đánh giá chính thức (status_text ghi “ước tính”).', constraints: { required: true, enum: BASES } },
  { name: 'illustrative', type: 'boolean', title: 'Minh họa', description: 'true: số liệu dùng để đánh giá có nguồn minh họa (synthetic), kết quả chỉ để trình diễn cách tính.', constraints: { required: true } },
];

/** One row per evaluation, in the engine's order (vintage, unit, criterion, year). */
export function criteriaResultsTable(input: CriteriaResultsInput): Table {
  const rows: CsvValue[][] = rowsOf(input).map((r) => [
    r.e.vintage, r.e.unit, r.unitName, r.unitType, r.level, r.parentCode, r.parentName,
    r.e.criterion, r.criterionName, r.e.asOf, String(r.e.met), String(r.e.evaluable), statusCode(r.e), input.status(r.e),
    input.reason(r.e), r.e.basis ?? 'reported', String(r.illustrative),
  ]);
  return {
    name: CRITERIA_RESULTS_CSV,
    title: 'Kết quả đánh giá tiêu chí thi đua theo đơn vị và năm',
    description:
      'Mỗi dòng là một lần đánh giá một đơn vị theo một tiêu chí của Kế hoạch (mục IV.1) tính đến hết một năm, do trang tính từ số liệu của phiên bản này, với lý do bằng lời. ' +
      'Đây là kết quả tính theo số liệu, không phải quyết định khen thưởng.',
    fields: FIELDS,
    primaryKey: ['vintage', 'code', 'criterion', 'year', 'basis'],
    foreignKeys: [{ fields: ['vintage', 'code'], reference: { resource: 'units', fields: ['vintage', 'code'] } }],
    rows,
  };
}

/**
 * The same evaluations as JSON, with the engine's numbers behind each one: rates and
 * reductions in hundredths (of a percent, of a point), as docs/criteria.md says.
 */
export function criteriaResultsJson(input: CriteriaResultsInput, release: { id: string }): string {
  const { dataset } = input;
  const criteria = dataset.data.criteria;
  const head = {
    release: release.id,
    criteria: criteria.id,
    baselineYear: criteria.baselineYear,
    units: 'Tỷ lệ, mức giảm và ngưỡng tính bằng phần trăm của điểm phần trăm (hundredths): 600 = 6,00 điểm.',
  };
  const evaluations = rowsOf(input).map((r) => ({
    vintage: r.e.vintage,
    unit: r.e.unit,
    unitName: r.unitName,
    criterion: r.e.criterion,
    criterionName: r.criterionName,
    year: r.e.asOf,
    met: r.e.met,
    evaluable: r.e.evaluable,
    status: statusCode(r.e),
    reason: input.reason(r.e),
    basis: r.e.basis ?? 'reported',
    illustrative: r.illustrative,
    alternatives: r.e.alternatives,
  }));
  // One evaluation a line: readable and diffable, a third of the size of indented JSON.
  const lines = evaluations.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "evaluations": [\n${lines}\n  ]\n}\n`;
}
