import type { TargetResult } from '../domain/criteria.ts';
import type { Source, Target } from '../domain/schemas/index.ts';
import { provinceSeries } from '../domain/progress.ts';
import { formatDate, formatInt } from '../format/local.ts';
import { criteriaPage as t } from '../i18n/criteria-page.ts';
import { statusClass, statusText, unitLabel } from '../i18n/results.ts';
import type { SiteData } from './site-data.ts';

export interface TargetRow {
  result: TargetResult;
  status: string;
  statusClass: string;
  /** The figures behind the result rest on synthetic data. */
  illustrative: boolean;
  /** What a reader must know beside the figure: the two years were reviewed on different boundaries. */
  caveat: string | undefined;
}

export interface TargetView {
  target: Target;
  /** Header of the value column: points for a reduction, a count for an exit. */
  valueHeader: string;
  rows: TargetRow[];
  /** What is known about a classification target, with its sources (the decision that lists the districts). */
  facts: string[];
  sources: Source[];
}

/**
 * The caveat of a comparison between two years whose province figures come from different
 * boundary vintages: the later review counted other units, maybe under another standard.
 */
export function crossVintageCaveat(site: SiteData, from: number, to: number): string | undefined {
  const series = provinceSeries(site.dataset);
  const now = series.find((s) => s.year === to)?.figures;
  const before = series.find((s) => s.year === from)?.figures;
  if (!now || !before || now.vintage === before.vintage) return undefined;
  const communes = (vintage: string) => site.dataset.vintage(vintage)?.units.filter((u) => u.level === 'commune').length ?? 0;
  const since = site.dataset.vintage(now.vintage)?.validFrom;
  return t.crossVintage(to, formatInt(communes(now.vintage)), since ? formatDate(since) : now.vintage, from, formatInt(communes(before.vintage)));
}

/** The facts and sources behind a classification-exit target: none recorded is not "not met", it is "no decision found". */
function exitFacts(site: SiteData, target: Extract<Target, { kind: 'classification-exit' }>, result: TargetResult | undefined) {
  const { dataset } = site;
  const classified = dataset.vintages.flatMap((v) =>
    v.units.flatMap((u) => (u.classifications ?? []).filter((c) => c.kind === target.classification).map((c) => ({ vintage: v, unit: u, c }))),
  );
  const sources = [...new Set(classified.map((x) => x.c.source))].flatMap((id) => dataset.source(id) ?? []);
  const checked = classified.map((x) => x.c.checked).filter((d): d is string => d !== undefined).sort()[0];
  const facts: string[] = [];
  const names = [...new Set(classified.map((x) => unitLabel(x.unit)))];
  if (names.length > 0) facts.push(t.exitListed(names.join(', ')));
  const level = classified[0]?.unit.level;
  const latest = dataset.vintages.at(-1);
  if (level && latest && !latest.units.some((u) => u.level === level)) facts.push(t.levelEnded(formatDate(latest.validFrom)));
  const none = result !== undefined && result.value === 0;
  return { sources, facts, status: none ? t.exitNone(checked ? formatDate(checked) : undefined) : undefined };
}

/** The province targets of the plan with their yearly results. */
export function targetViews(site: SiteData): TargetView[] {
  const series = provinceSeries(site.dataset);
  const illustrativeYear = (year: number, target: Target) => {
    const figures = series.find((s) => s.year === year)?.figures;
    if (!figures) return false;
    return target.kind === 'province-reduction' && target.indicator === 'ethnic-minority-poor-rate' ? figures.ethnicMinorityIllustrative : figures.illustrative;
  };
  const results = site.engine.evaluateTargets();
  return site.dataset.data.criteria.targets.map((target) => {
    const own = results.filter((r) => r.target === target.id);
    if (target.kind === 'classification-exit') {
      const exit = exitFacts(site, target, own[0]);
      return {
        target,
        valueHeader: t.targetColumns.exitValue,
        facts: exit.facts,
        sources: exit.sources,
        rows: own.map((result) => ({
          result,
          status: exit.status ?? statusText(result),
          statusClass: exit.status ? 'status-unknown' : statusClass(result),
          illustrative: false,
          caveat: undefined,
        })),
      };
    }
    return {
      target,
      valueHeader: t.targetColumns.value,
      facts: [],
      sources: [],
      rows: own.map((result) => ({
        result,
        status: statusText(result),
        statusClass: statusClass(result),
        illustrative: illustrativeYear(result.year, target) || illustrativeYear(result.year - 1, target),
        caveat: crossVintageCaveat(site, result.year - 1, result.year),
      })),
    };
  });
}
