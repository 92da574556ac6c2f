import type { CriteriaEngine } from '../../criteria.ts';
import type { Dataset } from '../../dataset.ts';
import { predecessors } from '../../lineage.ts';
import type { Unit } from '../../schemas/index.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';

/**
 * An award's claims must hold: the recipient unit meets each claimed criterion as of
 * some year whose review was over before the decision (CriteriaEngine.lastClaimYear). Its grounds (criteria assessed from dossiers)
 * must exist and be written for the kind of recipient it was given to. A draft's `profile` must
 * name a profile (a typo is caught before publishing); a published release's may name one since
 * withdrawn, which is only a warning, so that a withdrawal never waits for a new release.
 */
export function checkRecognitions(
  dataset: Dataset,
  engine: CriteriaEngine,
  profileSlugs: ReadonlySet<string>,
  report: FileReporter,
): void {
  // A published or demo release cannot change: a profile it links to that is gone was withdrawn (publishing checked that it existed), not mistyped.
  const immutable = dataset.data.release.status !== 'draft';
  const ids = new Map<string, number>();
  const criteria = new Map(dataset.data.criteria.criteria.map((c) => [c.id, c]));
  const dossierCriteria = new Map(dataset.data.criteria.dossierCriteria.map((c) => [c.id, c]));
  dataset.data.recognitions.recognitions.forEach((r, i) => {
    const at = (...rest: (string | number)[]) => ['recognitions', originalIndex(r, i), ...rest];
    const first = ids.get(r.id);
    if (first !== undefined) report.error(at('id'), 'recognition-duplicate', `mã khen thưởng "${r.id}" đã dùng ở /recognitions/${first}`, r.id);
    else ids.set(r.id, originalIndex(r, i));
    if (!dataset.source(r.source)) report.error(at('source'), 'source-unknown', `không có nguồn "${r.source}"`, r.source);
    if (r.profile !== undefined && !profileSlugs.has(r.profile)) {
      if (immutable) {
        report.warn(
          at('profile'),
          'profile-withdrawn',
          `hồ sơ điển hình "${r.profile}" không còn trong content/profiles (đã rút lại sự đồng ý, hoặc tệp đã đổi tên): trang hiện khen thưởng này không kèm liên kết tới hồ sơ; ` +
            `tệp recognitions.json của phiên bản đã công bố không sửa được và vẫn ghi mã "${r.profile}", còn các tệp CSV, Excel dựng lại mỗi lần thì bỏ mã này`,
          r.profile,
        );
      } else report.error(at('profile'), 'profile-unknown', `không có hồ sơ điển hình "${r.profile}" trong content/profiles`, r.profile);
    }

    const { recipient } = r;
    let unit = undefined;
    if (recipient.vintage !== undefined && recipient.unit !== undefined) {
      if (!dataset.vintage(recipient.vintage)) {
        report.error(at('recipient', 'vintage'), 'vintage-unknown', `không có thời kỳ địa giới "${recipient.vintage}"`, recipient.vintage);
      } else {
        unit = dataset.unit(recipient.vintage, recipient.unit);
        if (!unit) report.error(at('recipient', 'unit'), 'unit-unknown', `không có đơn vị mã "${recipient.unit}" trong thời kỳ ${recipient.vintage}`, recipient.unit);
      }
    } else if (recipient.kind === 'unit') {
      report.error(at('recipient'), 'recipient-unit-required', 'người nhận là địa bàn (kind "unit") phải có "vintage" và "unit"', recipient.name);
    }

    r.grounds.forEach((ground, gi) => {
      const criterion = dossierCriteria.get(ground);
      if (!criterion) {
        if (criteria.has(ground)) report.error(at('grounds', gi), 'ground-unknown', `"${ground}" là tiêu chí định lượng: ghi trong "claims" để được đối chiếu với số liệu`, ground);
        else report.error(at('grounds', gi), 'ground-unknown', `không có tiêu chí đánh giá theo hồ sơ "${ground}" (dossierCriteria của tệp tiêu chí)`, ground);
      } else if (!criterion.recipients.includes(recipient.kind)) {
        report.error(
          at('grounds', gi),
          'ground-recipient-mismatch',
          `tiêu chí "${ground}" (mục ${criterion.section}) dành cho ${criterion.recipients.join(', ')}, không cho người nhận loại "${recipient.kind}"`,
          ground,
        );
      }
    });

    const decisionYear = Number(r.date.slice(0, 4));
    r.claims.forEach((claim, ci) => {
      const criterion = criteria.get(claim);
      if (!criterion) {
        report.error(at('claims', ci), 'criterion-unknown', `không có tiêu chí "${claim}"`, claim);
        return;
      }
      if (!unit || !recipient.vintage) {
        report.error(at('claims', ci), 'claim-unsupported', `tiêu chí "${claim}" chỉ xét được khi khen thưởng gắn với một địa bàn`, claim);
        return;
      }
      const lastYear = engine.lastClaimYear(decisionYear);
      const evaluations = [];
      for (let year = engine.baselineYear + 1; year <= lastYear; year++) {
        if (engine.applies(criterion, unit, year)) evaluations.push(engine.evaluate(criterion, recipient.vintage, unit, year));
      }
      if (evaluations.some((e) => e.met)) return;
      // Name the cut-off: the decision's year has no approved review yet, and the plan ends in its period's last year.
      const before = lastYear === decisionYear - 1 ? ` (năm cuối có kết quả rà soát trước quyết định năm ${decisionYear})` : ' (năm cuối của Kế hoạch)';
      const why =
        lastYear <= engine.baselineYear
          ? `quyết định năm ${decisionYear} chỉ dựa được vào số liệu rà soát đến năm ${lastYear}, chưa có năm nào sau năm gốc ${engine.baselineYear}`
          : evaluations.length === 0
            ? `tiêu chí không áp dụng cho ${unit.type} ${unit.name} trong các năm đến ${lastYear}`
            : evaluations.some((e) => e.evaluable)
              ? `${unit.type} ${unit.name} chưa đạt tiêu chí ở năm nào đến ${lastYear}${before}`
              : engine.figures(recipient.vintage, unit.code, engine.baselineYear) === undefined
                ? withoutBaseline(dataset, engine, recipient.vintage, unit, claim)
                : `chưa đủ số liệu để đánh giá ${unit.type} ${unit.name} đến ${lastYear}${before}`;
      report.error(at('claims', ci), 'claim-unsupported', `số liệu không chứng minh tiêu chí "${claim}": ${why}`, claim);
    });
  });
}

/**
 * Why a unit formed after the baseline (a commune of 1 July 2025) cannot carry a claim, and
 * what to write instead: the plan's criteria are judged officially on units with a baseline
 * of their own, and indications on carried figures never support a claim (docs/criteria.md).
 * An award of the movement's final review (2026) to today's commune meets this first.
 */
function withoutBaseline(dataset: Dataset, engine: CriteriaEngine, vintage: string, unit: Unit, claim: string): string {
  const atBaseline = predecessors(dataset, vintage, unit.code).at(-1);
  const names = (atBaseline?.links ?? []).flatMap((l) => {
    const old = dataset.unit(l.vintage, l.code);
    return old ? [`${old.type} ${old.name} (mã ${old.code})`] : [];
  });
  const forToday = `khen thưởng cho ${unit.type} ${unit.name} hiện nay thì bỏ "${claim}" khỏi "claims"`;
  const instead = atBaseline && names.length > 0
    ? `Khen thưởng cho một đơn vị cũ (${names.join(', ')}) thì ghi người nhận là đơn vị đó, "vintage": "${atBaseline.vintage}"; ${forToday}`
    : `${forToday[0]!.toUpperCase()}${forToday.slice(1)}`;
  return (
    `${unit.type} ${unit.name} (địa giới ${vintage}) không có số liệu năm gốc ${engine.baselineYear} của riêng mình, nên không có kết quả đánh giá chính thức; ` +
    `ước tính trên số liệu quy đổi từ các đơn vị cũ không dùng để chứng minh khen thưởng. ${instead}`
  );
}
