/**
 * Illustrative recognitions for the demo release. No decision awarding this movement's
 * 2021–2025 prizes was found (sources/published-facts/facts.md §5), so every award here is marked as
 * illustrative, uses placeholder names, and claims only what the engine confirms on the
 * generated figures — the validator checks the claims again.
 */
import { CriteriaEngine, type Evaluation } from '../../src/domain/criteria.ts';
import { Dataset } from '../../src/domain/dataset.ts';
import { criteriaFile, crosswalksFile, observationsFile, unitsFile, type Recognition, type Source } from '../../src/domain/schemas/index.ts';

const RECOGNITIONS_SOURCE: Source = {
  id: 's-khen-thuong-minh-hoa',
  kind: 'synthetic',
  title: 'Quyết định khen thưởng minh họa (không phải quyết định có thật)',
  issuer: null,
  date: null,
  url: null,
  note:
    'Chưa tìm thấy quyết định khen thưởng nào của Phong trào giai đoạn 2021–2025 ở Lạng Sơn. Các khen thưởng trong bộ dữ liệu minh họa này do máy sinh ra: ' +
    'số quyết định ghi “minh họa”, người nhận là tên giả định, và mỗi tiêu chí được nêu đều đã được kiểm tra trên số liệu minh họa.',
};

interface Inputs {
  units: string;
  crosswalks: string;
  observations: string;
  criteria: string;
}

const VINTAGE = '2020-01';
const AS_OF = 2024;

export function buildRecognitions(inputs: Inputs): { recognitions: Recognition[]; sources: Source[] } {
  const dataset = new Dataset({
    release: { id: 'demo', title: 'demo', status: 'demo' },
    units: unitsFile.parse(JSON.parse(inputs.units)),
    crosswalks: crosswalksFile.parse(JSON.parse(inputs.crosswalks)),
    observations: observationsFile.parse(JSON.parse(inputs.observations)),
    recognitions: { recognitions: [], sources: [] },
    criteria: criteriaFile.parse(JSON.parse(inputs.criteria)),
  });
  const engine = new CriteriaEngine(dataset);
  const metIn2024 = (criterion: string, how?: 'consecutive-reduction' | 'scale-reduction') =>
    engine
      .evaluateAll()
      .filter((e) => e.vintage === VINTAGE && e.asOf === AS_OF && e.criterion === criterion && e.met)
      .filter((e) => !how || e.alternatives.some((a) => a.kind === how && a.met))
      .sort((a, b) => a.unit.localeCompare(b.unit));

  const recognitions: Recognition[] = [];
  let serial = 0;
  const unitAward = (e: Evaluation, award: Recognition['award'], issuer: string, date: string) => {
    const unit = dataset.unit(VINTAGE, e.unit)!;
    serial++;
    recognitions.push({
      id: `r-minh-hoa-${String(serial).padStart(3, '0')}`,
      award,
      decision: `${String(serial).padStart(2, '0')}/QĐ-MH (minh họa)`,
      date,
      issuer,
      recipient: { kind: 'unit', vintage: VINTAGE, unit: unit.code, name: `Cán bộ và Nhân dân ${unit.type} ${unit.name}` },
      claims: [e.criterion],
      source: RECOGNITIONS_SOURCE.id,
    });
  };
  const chairman = 'Chủ tịch UBND tỉnh Lạng Sơn';
  for (const e of metIn2024('district-poor')) unitAward(e, 'provincial-certificate', chairman, '2025-03-20');
  for (const e of metIn2024('district-other').slice(0, 1)) unitAward(e, 'pm-certificate', 'Thủ tướng Chính phủ', '2025-08-15');
  for (const e of metIn2024('commune-especially-difficult', 'consecutive-reduction').slice(0, 3)) unitAward(e, 'provincial-certificate', chairman, '2025-03-20');
  for (const e of metIn2024('commune-zone').slice(0, 2)) {
    const parent = dataset.unit(VINTAGE, dataset.unit(VINTAGE, e.unit)!.parent!)!;
    unitAward(e, 'certificate-of-merit', `Chủ tịch UBND ${parent.type} ${parent.name}`, '2025-01-15');
  }
  serial++;
  recognitions.push({
    id: `r-minh-hoa-${String(serial).padStart(3, '0')}`,
    award: 'certificate-of-merit',
    decision: `${String(serial).padStart(2, '0')}/QĐ-MH (minh họa)`,
    date: '2025-01-15',
    issuer: 'Chủ tịch UBND huyện Bình Gia',
    recipient: { kind: 'household', name: 'Hộ gia đình ông Nông Văn A (tên giả định)' },
    claims: [],
    source: RECOGNITIONS_SOURCE.id,
  });
  return { recognitions, sources: [RECOGNITIONS_SOURCE] };
}
