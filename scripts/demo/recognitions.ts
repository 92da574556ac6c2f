/**
 * Recognitions of the demo release: the awards of the movement documented by the press,
 * and a few illustrative ones that show how the site checks an award's claims.
 *
 * Real awards carry their source (kind press or official), the decision number when it was
 * published (else null: "chưa rõ số quyết định") and no claim: the district and commune
 * figures of this release are synthetic and cannot support one.
 *
 * Illustrative awards go only to recipients that are plainly fictitious ("Tập thể minh
 * họa A", "ông Nông Văn A (tên giả định)"), never to a real collective; their decision
 * numbers say "minh họa", and each claim is one the engine confirms on the generated
 * figures (the validator checks the claims again).
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
    'Các khen thưởng mang mã r-minh-hoa-… do máy sinh ra để minh họa cách trang đối chiếu khen thưởng với tiêu chí: ' +
    'số quyết định ghi “minh họa”, người nhận là tập thể, hộ gia đình giả định (“Tập thể minh họa A”, “ông Nông Văn A”), không phải tổ chức hay người có thật, ' +
    'và mỗi tiêu chí được nêu đều đã được kiểm tra trên số liệu minh họa của địa bàn ghi kèm.',
};

/** Dân trí, 18/6/2025: xã Hải Yến's Bằng khen for the movement (the only award of the movement found in the press). */
const HAI_YEN_SOURCE: Source = {
  id: 's-dan-tri-2025-06-18-cao-loc',
  kind: 'press',
  title: 'Cao Lộc (Lạng Sơn) hỗ trợ người dân phát triển sinh kế, vươn lên thoát nghèo',
  issuer: 'Báo điện tử Dân trí',
  date: '2025-06-18',
  url: 'https://dantri.com.vn/lao-dong-viec-lam/cao-loc-lang-son-ho-tro-nguoi-dan-phat-trien-sinh-ke-vuon-len-thoat-ngheo-20250618173624875.htm',
  note:
    'Bài báo viết: “Tháng 4 xã Hải Yến vinh dự được nhận bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất sắc trong phong trào thi đua ' +
    '“Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025.” Bài không nêu số và ngày của quyết định; chưa tìm thấy quyết định trên trang của Ban Thi đua – Khen thưởng tỉnh.',
};

interface Inputs {
  units: string;
  crosswalks: string;
  observations: string;
  criteria: string;
}

const VINTAGE = '2020-01';
const AS_OF = 2024;
const CHAIRMAN = 'Chủ tịch UBND tỉnh Lạng Sơn';

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
  const evaluations = engine.evaluateAll();
  const firstMet = (criterion: string, how?: 'consecutive-reduction' | 'scale-reduction'): Evaluation => {
    const met = evaluations
      .filter((e) => e.vintage === VINTAGE && e.asOf === AS_OF && e.criterion === criterion && e.met)
      .filter((e) => !how || e.alternatives.some((a) => a.kind === how && a.met))
      .sort((a, b) => a.unit.localeCompare(b.unit));
    if (!met[0]) throw new Error(`no unit meets ${criterion} as of ${AS_OF}: the illustrative award needs one`);
    return met[0];
  };
  // Ids kept from release 2026.1, so its page shows these as corrected, the others as removed.
  const illustrative = (id: string, letter: string, e: Evaluation, award: Recognition['award'], issuer: string, date: string): Recognition => ({
    id,
    award,
    decision: `${id.slice(-2)}/QĐ-MH (minh họa)`,
    date,
    issuer,
    recipient: { kind: 'collective', vintage: VINTAGE, unit: e.unit, name: `Tập thể minh họa ${letter}` },
    claims: [e.criterion],
    grounds: [],
    source: RECOGNITIONS_SOURCE.id,
  });
  const zone = firstMet('commune-zone');
  const district = dataset.unit(VINTAGE, dataset.unit(VINTAGE, zone.unit)!.parent!)!;

  const recognitions: Recognition[] = [
    illustrative('r-minh-hoa-001', 'A', firstMet('district-poor'), 'provincial-certificate', CHAIRMAN, '2025-03-20'),
    illustrative('r-minh-hoa-003', 'B', firstMet('commune-especially-difficult', 'consecutive-reduction'), 'provincial-certificate', CHAIRMAN, '2025-03-20'),
    illustrative('r-minh-hoa-006', 'C', zone, 'certificate-of-merit', `Chủ tịch UBND ${district.type} ${district.name}`, '2025-01-15'),
    {
      id: 'r-minh-hoa-008',
      award: 'certificate-of-merit',
      decision: '08/QĐ-MH (minh họa)',
      date: '2025-01-15',
      issuer: 'Chủ tịch UBND huyện Bình Gia',
      recipient: { kind: 'household', name: 'Hộ gia đình ông Nông Văn A (tên giả định)' },
      claims: [],
      grounds: ['household'],
      source: RECOGNITIONS_SOURCE.id,
    },
    {
      id: 'r-2025-hai-yen',
      award: 'provincial-certificate',
      decision: null,
      date: '2025-04',
      issuer: CHAIRMAN,
      recipient: { kind: 'unit', vintage: '2024-12', unit: '06220', name: 'Xã Hải Yến (huyện Cao Lộc)' },
      claims: [],
      grounds: [],
      profile: 'xa-hai-yen-cao-loc',
      source: HAI_YEN_SOURCE.id,
    },
  ];
  return { recognitions, sources: [RECOGNITIONS_SOURCE, HAI_YEN_SOURCE] };
}
