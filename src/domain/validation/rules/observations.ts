import type { Dataset } from '../../dataset.ts';
import { vietnameseDate } from '../../release/dates.ts';
import { lastReviewYear, type ReleaseDate } from '../../release/release-date.ts';
import { vintageYears } from '../../vintage-years.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';

type Observation = Dataset['data']['observations']['observations'][number];

export function checkObservations(dataset: Dataset, report: FileReporter, on: ReleaseDate): void {
  const observations = dataset.data.observations.observations;
  const lastYear = lastReviewYear(on.date);
  const day = vietnameseDate(on.date);
  // A published release cannot be corrected in place; a draft is.
  const [when, fix] = on.published
    ? [`vào ngày công bố phiên bản (${day})`, 'Phiên bản đã công bố không sửa được: sửa năm trong một bản nháp mới rồi công bố bản nháp đó']
    : [`vào ngày ${day} (bản nháp được xét theo ngày hôm nay ở Việt Nam, hoặc theo ngày công bố khi công bố)`, 'Sửa lại năm trong bản nháp: có thể là gõ nhầm (2062 thay cho 2026)'];
  const provinceYears = new Map<number, string>();
  const yearsByVintage = new Map<object, { from: number; to: number }>();
  // The dataset keeps the first record of each (vintage, unit, year): any other is a duplicate.
  // Where each record sits is looked up only when there is a duplicate to report.
  let positions: Map<Observation, number> | undefined;
  observations.forEach((o, i) => {
    const at = (...rest: (string | number)[]) => ['observations', originalIndex(o, i), ...rest];
    const first = dataset.record(o.vintage, o.unit, o.year);
    if (first !== o) {
      positions ??= new Map(observations.map((r, j) => [r, originalIndex(r, j)]));
      report.error(at(), 'observation-duplicate', `đã có số liệu của đơn vị ${o.unit} (${o.vintage}) năm ${o.year} ở /observations/${positions.get(first!)}`, `${o.vintage}|${o.unit}|${o.year}`);
    }

    const vintage = dataset.vintage(o.vintage);
    const unit = dataset.unit(o.vintage, o.unit);
    if (!vintage) report.error(at('vintage'), 'vintage-unknown', `không có thời kỳ địa giới "${o.vintage}"`, o.vintage);
    else if (!unit) report.error(at('unit'), 'unit-unknown', `không có đơn vị mã "${o.unit}" trong thời kỳ ${o.vintage}`, o.unit);
    if (!dataset.source(o.source)) report.error(at('source'), 'source-unknown', `không có nguồn "${o.source}"`, o.source);

    if (o.households === 0) {
      // No rate can be taken of no households, and poor + near-poor of 0 would count as the scale "giảm 100%": met.
      report.error(at('households'), 'households-zero', 'tổng số hộ bằng 0: số liệu rà soát của một đơn vị phải có hộ', o.households);
    }
    if (o.poor + o.nearPoor > o.households) {
      report.error(at('poor'), 'poor-within-households', `hộ nghèo + hộ cận nghèo = ${o.poor + o.nearPoor} vượt tổng số hộ ${o.households}`, o.poor + o.nearPoor);
    }
    const em = o.ethnicMinority;
    if (em) {
      if (em.households > o.households) {
        report.error(at('ethnicMinority', 'households'), 'ethnic-minority-within-unit', `số hộ DTTS ${em.households} vượt tổng số hộ ${o.households}`, em.households);
      }
      if (em.poor > o.poor) {
        report.error(at('ethnicMinority', 'poor'), 'ethnic-minority-within-unit', `số hộ nghèo DTTS ${em.poor} vượt số hộ nghèo ${o.poor}`, em.poor);
      } else if (em.poor > em.households) {
        report.error(at('ethnicMinority', 'poor'), 'ethnic-minority-within-unit', `số hộ nghèo DTTS ${em.poor} vượt số hộ DTTS ${em.households}`, em.poor);
      }
    }

    if (o.year > lastYear) {
      // Said instead of year-outside-vintage: for a typo (2062 for 2026), "its codes belong to another vintage" would send staff the wrong way.
      report.error(at('year'), 'year-in-future', `năm ${o.year} chưa tới ${when}: kết quả rà soát của một năm chỉ có từ cuối năm đó (rà soát vào các tháng cuối năm, phê duyệt vào tháng 12 hoặc tháng 1 năm sau). ${fix}`, o.year);
    } else if (vintage) {
      let years = yearsByVintage.get(vintage);
      if (!years) yearsByVintage.set(vintage, (years = vintageYears(vintage)));
      if (o.year < years.from || o.year > years.to) {
        // An error, not a warning: codes are reused across vintages (05977 is Vĩnh Trại in 2020-01, Đông Kinh in 2025-07),
        // so a figure filed under the wrong vintage silently belongs to another place.
        report.error(at('year'), 'year-outside-vintage', `năm ${o.year} nằm ngoài thời gian hiệu lực của thời kỳ ${o.vintage}: mã đơn vị của năm đó thuộc thời kỳ khác`, o.year);
      }
    }
    if (unit?.level === 'province') {
      const other = provinceYears.get(o.year);
      if (other !== undefined && other !== o.vintage) {
        report.error(at('year'), 'province-year-duplicate', `số liệu toàn tỉnh năm ${o.year} đã có ở thời kỳ ${other}: chuỗi số liệu tỉnh phải duy nhất mỗi năm`, o.year);
      }
      provinceYears.set(o.year, o.vintage);
    }
    if (unit) checkParentSum(dataset, o, at, report);
  });
}

function checkParentSum(dataset: Dataset, o: Observation, at: (...rest: (string | number)[]) => (string | number)[], report: FileReporter): void {
  const children = dataset.children(o.vintage, o.unit);
  if (children.length === 0) return;
  // Summed in one pass, without an array per record: a national release has 60,000 parent records.
  let households = 0;
  let poor = 0;
  let nearPoor = 0;
  let emHouseholds = 0;
  let emPoor = 0;
  let everyEthnicMinority = true;
  for (const c of children) {
    const f = dataset.figures(o.vintage, c.code, o.year);
    if (f === undefined) return;
    households += f.households;
    poor += f.poor;
    nearPoor += f.nearPoor;
    if (f.ethnicMinority) {
      emHouseholds += f.ethnicMinority.households;
      emPoor += f.ethnicMinority.poor;
    } else everyEthnicMinority = false;
  }
  // Compared in place, in the order of the record's fields: no list of pairs per parent record.
  const mismatch = (path: (string | number)[], value: number, total: number) =>
    report.error(at(...path), 'parent-sum-mismatch', `${value} khác tổng ${total} của ${children.length} đơn vị cấp dưới năm ${o.year}`, value);
  if (o.households !== households) mismatch(['households'], o.households, households);
  if (o.poor !== poor) mismatch(['poor'], o.poor, poor);
  if (o.nearPoor !== nearPoor) mismatch(['nearPoor'], o.nearPoor, nearPoor);
  if (o.ethnicMinority && everyEthnicMinority) {
    const em = o.ethnicMinority;
    if (em.households !== emHouseholds) mismatch(['ethnicMinority', 'households'], em.households, emHouseholds);
    if (em.poor !== emPoor) mismatch(['ethnicMinority', 'poor'], em.poor, emPoor);
  }
}
