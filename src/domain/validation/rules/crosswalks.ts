import type { Dataset } from '../../dataset.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';

const SHARE_TOLERANCE = 1e-9;

export function checkCrosswalks(dataset: Dataset, report: FileReporter): void {
  dataset.data.crosswalks.crosswalks.forEach((c, ci) => {
    const at = (...rest: (string | number)[]) => ['crosswalks', originalIndex(c, ci), ...rest];
    if (c.basis && !dataset.source(c.basis)) report.error(at('basis'), 'source-unknown', `không có nguồn "${c.basis}"`, c.basis);
    const from = dataset.vintage(c.from);
    const to = dataset.vintage(c.to);
    if (!from) report.error(at('from'), 'vintage-unknown', `không có thời kỳ địa giới "${c.from}"`, c.from);
    if (!to) report.error(at('to'), 'vintage-unknown', `không có thời kỳ địa giới "${c.to}"`, c.to);
    if (!from || !to) return;
    if (from.validFrom >= to.validFrom) {
      report.error(at('to'), 'crosswalk-direction', `thời kỳ "${c.to}" phải sau thời kỳ "${c.from}"`, c.to);
    }
    const shares = new Map<string, { total: number; first: number }>();
    c.links.forEach((link, li) => {
      if (!dataset.unit(c.from, link.from)) {
        report.error(at('links', originalIndex(link, li), 'from'), 'crosswalk-unit-unknown', `không có đơn vị "${link.from}" trong thời kỳ ${c.from}`, link.from);
      }
      if (!dataset.unit(c.to, link.to)) {
        report.error(at('links', originalIndex(link, li), 'to'), 'crosswalk-unit-unknown', `không có đơn vị "${link.to}" trong thời kỳ ${c.to}`, link.to);
      }
      const entry = shares.get(link.from) ?? { total: 0, first: originalIndex(link, li) };
      entry.total += link.share ?? 1;
      shares.set(link.from, entry);
    });
    for (const [code, { total, first }] of shares) {
      if (Math.abs(total - 1) > SHARE_TOLERANCE) {
        report.error(at('links', first, 'share'), 'crosswalk-shares-sum', `tỷ lệ chuyển của đơn vị "${code}" cộng lại bằng ${total}, phải bằng 1`, total);
      }
    }
    // Every unit whose level still exists in the later vintage must say where it went.
    const laterLevels = new Set(to.units.map((u) => u.level));
    for (const u of from.units) {
      if (laterLevels.has(u.level) && !shares.has(u.code)) {
        report.error(at('links'), 'crosswalk-incomplete', `đơn vị "${u.code}" (${u.name}) của thời kỳ ${c.from} không có trong bảng chuyển đổi`, u.code);
      }
    }
  });
}
