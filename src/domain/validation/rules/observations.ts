import type { Dataset } from '../../dataset.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';

export function checkObservations(dataset: Dataset, report: FileReporter): void {
  const seen = new Map<string, number>();
  const provinceYears = new Map<number, string>();
  dataset.data.observations.observations.forEach((o, i) => {
    const at = (...rest: (string | number)[]) => ['observations', originalIndex(o, i), ...rest];
    const key = `${o.vintage}|${o.unit}|${o.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report.error(at(), 'observation-duplicate', `đã có số liệu của đơn vị ${o.unit} (${o.vintage}) năm ${o.year} ở /observations/${first}`, key);
    } else seen.set(key, originalIndex(o, i));

    const vintage = dataset.vintage(o.vintage);
    const unit = dataset.unit(o.vintage, o.unit);
    if (!vintage) report.error(at('vintage'), 'vintage-unknown', `không có thời kỳ địa giới "${o.vintage}"`, o.vintage);
    else if (!unit) report.error(at('unit'), 'unit-unknown', `không có đơn vị mã "${o.unit}" trong thời kỳ ${o.vintage}`, o.unit);
    if (!dataset.source(o.source)) report.error(at('source'), 'source-unknown', `không có nguồn "${o.source}"`, o.source);

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

    if (vintage) {
      const from = Number(vintage.validFrom.slice(0, 4));
      const to = vintage.validTo === null ? Infinity : Number(vintage.validTo.slice(0, 4));
      if (o.year < from || o.year > to) {
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

function checkParentSum(
  dataset: Dataset,
  o: Dataset['data']['observations']['observations'][number],
  at: (...rest: (string | number)[]) => (string | number)[],
  report: FileReporter,
): void {
  const children = dataset.children(o.vintage, o.unit);
  if (children.length === 0) return;
  const figures = children.map((c) => dataset.figures(o.vintage, c.code, o.year));
  if (figures.some((f) => f === undefined)) return;
  const sum = (pick: (f: NonNullable<(typeof figures)[number]>) => number | undefined) =>
    figures.reduce((total, f) => total + (pick(f!) ?? 0), 0);
  const fields = [
    ['households', o.households, sum((f) => f.households)],
    ['poor', o.poor, sum((f) => f.poor)],
    ['nearPoor', o.nearPoor, sum((f) => f.nearPoor)],
  ] as [string, number, number][];
  const compared = fields.map(([name, value, total]) => ({ path: at(name), value, total }));
  if (o.ethnicMinority && figures.every((f) => f!.ethnicMinority)) {
    compared.push(
      { path: at('ethnicMinority', 'households'), value: o.ethnicMinority.households, total: sum((f) => f.ethnicMinority?.households) },
      { path: at('ethnicMinority', 'poor'), value: o.ethnicMinority.poor, total: sum((f) => f.ethnicMinority?.poor) },
    );
  }
  for (const { path, value, total } of compared) {
    if (value !== total) {
      report.error(path, 'parent-sum-mismatch', `${value} khác tổng ${total} của ${children.length} đơn vị cấp dưới năm ${o.year}`, value);
    }
  }
}
