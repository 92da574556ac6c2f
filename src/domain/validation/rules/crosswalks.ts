import { crosswalkShares, type ShareTable } from '../../crosswalk-shares.ts';
import type { Dataset } from '../../dataset.ts';
import type { Crosswalk } from '../../schemas/index.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';

const SHARE_TOLERANCE = 1e-9;
/** A direct crosswalk and the composition of its steps agree to 4 decimals: they differ by less than 0.0001. */
const COMPOSITION_TOLERANCE = 1e-4;

/** "0,5 + 0,4" in the message, as the file has them. */
const sharesText = (shares: readonly number[]): string => shares.map((s) => String(s).replace('.', ',')).join(' + ');

export function checkCrosswalks(dataset: Dataset, report: FileReporter): void {
  const crosswalks = dataset.data.crosswalks.crosswalks;
  crosswalks.forEach((c, ci) => {
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
    const shares = new Map<string, { values: number[]; first: number }>();
    const reached = new Set<string>();
    c.links.forEach((link, li) => {
      // Paths are built only for a problem: a large release has tens of thousands of links.
      const linkAt = (field: string) => at('links', originalIndex(link, li), field);
      if (!dataset.unit(c.from, link.from)) {
        report.error(linkAt('from'), 'crosswalk-unit-unknown', `không có đơn vị "${link.from}" trong thời kỳ ${c.from}`, link.from);
      }
      if (!dataset.unit(c.to, link.to)) {
        report.error(linkAt('to'), 'crosswalk-unit-unknown', `không có đơn vị "${link.to}" trong thời kỳ ${c.to}`, link.to);
      }
      if (link.share !== undefined && !(link.share > 0 && link.share <= 1)) {
        report.error(linkAt('share'), 'crosswalk-share-range', `tỷ lệ chuyển của đơn vị "${link.from}" sang "${link.to}" là ${link.share}, phải lớn hơn 0 và không quá 1`, link.share);
      }
      let entry = shares.get(link.from);
      if (!entry) shares.set(link.from, (entry = { values: [], first: originalIndex(link, li) }));
      entry.values.push(link.share ?? 1);
      reached.add(link.to);
    });
    for (const [code, { values, first }] of shares) {
      const total = values.reduce((t, s) => t + s, 0);
      if (Math.abs(total - 1) > SHARE_TOLERANCE) {
        const sum = values.length > 1 ? `${sharesText(values)} = ${sharesText([total])}` : sharesText(values);
        report.error(at('links', first, 'share'), 'crosswalk-shares-sum', `tỷ lệ chuyển của đơn vị "${code}" cộng lại: ${sum}, phải bằng 1`, values);
      }
    }
    // Every unit whose level still exists in the later vintage must say where it went,
    // and every unit of the later vintage whose level existed before must come from somewhere.
    const laterLevels = new Set(to.units.map((u) => u.level));
    for (const u of from.units) {
      if (laterLevels.has(u.level) && !shares.has(u.code)) {
        report.error(at('links'), 'crosswalk-incomplete', `đơn vị "${u.code}" (${u.name}) của thời kỳ ${c.from} không có trong bảng chuyển đổi`, u.code);
      }
    }
    const earlierLevels = new Set(from.units.map((u) => u.level));
    for (const u of to.units) {
      if (earlierLevels.has(u.level) && !reached.has(u.code)) {
        report.error(at('links'), 'crosswalk-no-predecessor', `đơn vị "${u.code}" (${u.name}) của thời kỳ ${c.to} không được hình thành từ đơn vị nào của thời kỳ ${c.from}`, u.code);
      }
    }
  });
  checkCycles(crosswalks, report);
  checkCompositions(dataset, report);
}

/** A chain of crosswalks that comes back to a vintage it left: reported at the crosswalk that closes it. */
function checkCycles(crosswalks: readonly Crosswalk[], report: FileReporter): void {
  const edges = new Map<string, string[]>();
  const pathBetween = (start: string, goal: string): string[] | undefined => {
    const queue: string[][] = [[start]];
    const seen = new Set([start]);
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (path.at(-1) === goal) return path;
      for (const next of edges.get(path.at(-1)!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push([...path, next]);
      }
    }
    return undefined;
  };
  crosswalks.forEach((c, ci) => {
    const back = pathBetween(c.to, c.from);
    if (back) {
      const chain = [c.from, ...back].join(' → ');
      report.error(['crosswalks', originalIndex(c, ci), 'to'], 'crosswalk-cycle', `các bảng chuyển đổi tạo thành vòng lặp: ${chain}`, chain);
    }
    edges.set(c.from, [...(edges.get(c.from) ?? []), c.to]);
  });
}

/** A crosswalk of the release and the composition of its steps must give the same shares. */
function checkCompositions(dataset: Dataset, report: FileReporter): void {
  const tables = crosswalkShares(dataset);
  dataset.data.crosswalks.crosswalks.forEach((c, ci) => {
    // Only the first crosswalk between two vintages counts (CrosswalkShares keeps that one).
    if (dataset.data.crosswalks.crosswalks.findIndex((x) => x.from === c.from && x.to === c.to) !== ci) return;
    const composed = tables.composed(c.from, c.to);
    const direct = tables.direct(c.from, c.to);
    if (!composed || !direct) return;
    const via = composed.path.slice(1, -1).join(', ');
    const shareIn = (table: ShareTable, from: string, to: string) => table.byFrom.get(from)?.find((l) => l.to === to)?.share ?? 0;
    // Every pair of either table, compared; the ones that differ are reported in the order of "from>to".
    const differing: { pair: string; from: string; to: string; d: number; k: number }[] = [];
    const compare = (from: string, to: string, d: number, k: number) => {
      if (!(Math.abs(d - k) < COMPOSITION_TOLERANCE)) differing.push({ pair: `${from}>${to}`, from, to, d, k });
    };
    for (const [from, links] of direct.byFrom) for (const l of links) compare(from, l.to, l.share, shareIn(composed, from, l.to));
    for (const [from, links] of composed.byFrom) {
      for (const l of links) if (!direct.byFrom.get(from)?.some((m) => m.to === l.to)) compare(from, l.to, 0, l.share);
    }
    differing.sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0));
    for (const { from, to, d, k } of differing) {
      const li = c.links.findIndex((l) => l.from === from && l.to === to);
      const link = c.links[li];
      const path = link === undefined ? ['links'] : link.share === undefined ? ['links', originalIndex(link, li)] : ['links', originalIndex(link, li), 'share'];
      const round = (n: number) => Math.round(n * 1e6) / 1e6;
      report.error(
        ['crosswalks', originalIndex(c, ci), ...path],
        'crosswalk-composition-mismatch',
        `đơn vị "${from}" sang "${to}": bảng ${c.from} → ${c.to} ghi tỷ lệ ${sharesText([round(d)])}, còn đi qua ${via} thì được ${sharesText([round(k)])}`,
        { from, to, direct: round(d), composed: round(k) },
      );
    }
  });
}
