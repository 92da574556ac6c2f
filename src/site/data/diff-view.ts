/** The diff of a release in the words and numbers the page prints. */
import type { FieldChange, ObservationRecord, ReleaseDiff, UnitField } from '../../domain/diff/diff.ts';
import type { ReleaseSnapshot } from '../../domain/export/snapshot.ts';
import { snapshotSources } from '../../domain/export/snapshot.ts';
import { formatInt } from '../../format/local.ts';
import { releasePage as t } from '../../i18n/data.ts';
import { unitLabel } from '../../i18n/results.ts';
import type { Unit } from '../../domain/schemas/index.ts';

/**
 * Longest table printed as one: a longer one is split into folded sections, one per boundary
 * vintage and year (a review year is how staff check a release), each with every row.
 */
const MAX_ROWS = 200;

export interface UnitLabel {
  name: string;
  detail: string;
}

/** A change table: one untitled group when short, else one titled group per vintage and year. */
export interface RowGroups<T> {
  groups: { heading?: string; rows: T[] }[];
}

export interface ChangeRow {
  unit: UnitLabel;
  vintage: string;
  year: number;
  field: string;
  before: string;
  after: string;
}

/** Records whose source changed from one document to another, grouped by the pair. */
export interface SourceChange {
  from: string;
  to: string;
  units: string[];
}

export interface FigureRow {
  unit: UnitLabel;
  vintage: string;
  year: number;
  households: string;
  poor: string;
  nearPoor: string;
}

/** A line about a recognition or a source: its name (a recipient, a title) is the data's own words, kept as written. */
export interface KeptLine {
  before: string;
  kept: string;
  after: string;
}

export interface ListSection {
  heading: string;
  items: string[];
}

export interface DiffView {
  summary: string[];
  corrected: RowGroups<ChangeRow>;
  sourceChanges: SourceChange[];
  added: RowGroups<FigureRow>;
  removed: RowGroups<FigureRow>;
  units: ListSection[];
  crosswalks: ListSection[];
  recognitions: KeptLine[];
  sources: KeptLine[];
}

function unitLookup(...snapshots: (ReleaseSnapshot | undefined)[]) {
  const types = new Map<string, string>();
  for (const s of snapshots) for (const v of s?.units.vintages ?? []) for (const u of v.units) if (!types.has(`${v.id}|${u.code}`)) types.set(`${v.id}|${u.code}`, unitLabel(u));
  return (vintage: string, code: string, name: string | null): UnitLabel => ({
    name: types.get(`${vintage}|${code}`) ?? name ?? code,
    detail: t.codeVintage(code, vintage),
  });
}

/**
 * A unit's classifications in words, read from the release itself: the diff writes them with
 * the data's codes ("poor-district 2021–"), which a reader of the page does not know.
 */
function classificationWords(...snapshots: (ReleaseSnapshot | undefined)[]) {
  return (vintage: string, code: string): string | undefined => {
    for (const s of snapshots) {
      const unit = s?.units.vintages.find((v) => v.id === vintage)?.units.find((u) => u.code === code);
      if (!unit) continue;
      const cs = unit.classifications ?? [];
      return cs.length === 0 ? t.none : cs.map((c) => `${t.classification[c.kind](c.kind === 'zone' ? c.value : undefined)} ${t.classificationPeriod(c.from, c.to)}`).join('; ');
    }
    return undefined;
  };
}

/** "hình thức khen thưởng, nguồn" for the data's keys ["award", "source"]; a key without a name stays as written. */
const fieldNames = (names: Record<string, string>, keys: readonly string[]): string => keys.map((k) => names[k] ?? k).join(', ');

/** A unit of the diff by its kind and name; the diff keeps the kind as the release wrote it (a plain string). */
const summaryLabel = (u: { type: string; name: string }): string => unitLabel({ type: u.type as Unit['type'], name: u.name });

/** Every row, in its order; past MAX_ROWS grouped by (vintage, year), groups sorted by year then vintage. */
export function groupRows<T extends { vintage: string; year: number }>(list: readonly T[]): RowGroups<T> {
  if (list.length <= MAX_ROWS) return { groups: list.length > 0 ? [{ rows: [...list] }] : [] };
  const byKey = new Map<string, T[]>();
  for (const row of list) {
    const key = `${row.year}|${row.vintage}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return {
    groups: [...byKey]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, rows]) => ({ heading: t.rowGroup(rows[0]!.year, rows[0]!.vintage, formatInt(rows.length)), rows })),
  };
}

export function diffView(diff: ReleaseDiff, before: ReleaseSnapshot | undefined, after: ReleaseSnapshot): DiffView {
  const label = unitLookup(after, before);
  const sourcesBefore = before ? snapshotSources(before) : new Map();
  const sourcesAfter = snapshotSources(after);
  const value = (field: string, v: string | number | null, sources: Map<string, { title: string }>) =>
    v === null ? t.none : typeof v === 'number' ? formatInt(v) : field === 'source' ? (sources.get(v)?.title ?? v) : v;

  const counts = (Object.keys(diff.summary) as (keyof ReleaseDiff['summary'])[]).filter((k) => diff.summary[k] > 0);
  // A reader comparing two releases asks first whether the figures moved: say so when they did not.
  const figuresKept = before !== undefined && counts.length > 0 && !counts.some((k) => k.startsWith('observations'));
  const summary = [...(figuresKept ? [t.figuresUnchanged] : []), ...counts.map((k) => t.summary[k](formatInt(diff.summary[k])))];

  const corrected = diff.observations.corrected.flatMap((c) =>
    c.changes
      .filter((ch) => ch.field !== 'source')
      .map((ch) => ({
        unit: label(c.vintage, c.unit, c.name),
        vintage: c.vintage,
        year: c.year,
        field: t.fields[ch.field],
        before: value(ch.field, ch.from, sourcesBefore),
        after: value(ch.field, ch.to, sourcesAfter),
      })),
  );
  const bySourcePair = new Map<string, SourceChange>();
  for (const c of diff.observations.corrected) {
    for (const ch of c.changes.filter((x) => x.field === 'source')) {
      const from = value('source', ch.from, sourcesBefore);
      const to = value('source', ch.to, sourcesAfter);
      const key = `${from}\u0000${to}`;
      const entry = bySourcePair.get(key) ?? { from, to, units: [] };
      entry.units.push(t.unitYear(label(c.vintage, c.unit, c.name).name, c.year));
      bySourcePair.set(key, entry);
    }
  }
  const figure = (o: ObservationRecord): FigureRow => ({
    unit: label(o.vintage, o.unit, o.name),
    vintage: o.vintage,
    year: o.year,
    households: formatInt(o.households),
    poor: formatInt(o.poor),
    nearPoor: formatInt(o.nearPoor),
  });

  const wasClassified = classificationWords(before);
  const isClassified = classificationWords(after);
  const unitChange = (vintage: string, code: string, ch: FieldChange<UnitField>): string =>
    ch.field === 'classifications'
      ? `${t.unitFields[ch.field]} ${wasClassified(vintage, code) ?? ch.from ?? t.none} → ${isClassified(vintage, code) ?? ch.to ?? t.none}`
      : `${t.unitFields[ch.field]} ${ch.from ?? t.none} → ${ch.to ?? t.none}`;
  const units = diff.units.map((v) => ({
    heading: v.status === 'added' ? t.vintageAdded(v.vintage) : v.status === 'removed' ? t.vintageRemoved(v.vintage) : t.vintageKept(v.vintage),
    items: [
      ...v.added.map((u) => `${t.unitAdded}: ${summaryLabel(u)} (${u.code})`),
      ...v.removed.map((u) => `${t.unitRemoved}: ${summaryLabel(u)} (${u.code})`),
      ...v.renamed.map((r) => `${t.unitRenamed(r.from, r.to)} (${r.code})`),
      ...v.changed.map((c) => `${t.unitChanged}: ${c.name} (${c.code}): ${c.changes.map((ch) => unitChange(v.vintage, c.code, ch)).join('; ')}`),
    ],
  }));
  const crosswalks = diff.crosswalks.map((c) => ({
    heading: `${c.from} → ${c.to}`,
    items: [
      ...c.added.map((l) => t.linkAdded(l.from, l.to, t.share(l.share))),
      ...c.removed.map((l) => t.linkRemoved(l.from, l.to, t.share(l.share))),
      ...c.changed.map((l) => t.linkChanged(l.from, l.to, t.share(l.shareFrom), t.share(l.shareTo))),
    ],
  }));
  const recognition = (lead: string, r: { decision: string | null; recipient: string; id: string }): KeptLine =>
    r.decision === null
      ? { before: `${lead}: `, kept: r.recipient, after: ` — ${t.noDecisionNumber} (${r.id})` }
      : { before: `${lead}: `, kept: `${r.recipient} — ${r.decision}`, after: ` (${r.id})` };
  const source = (lead: string, s: { title: string; id: string }): KeptLine => ({ before: `${lead}: `, kept: s.title, after: ` (${s.id})` });
  return {
    summary,
    corrected: groupRows(corrected),
    sourceChanges: [...bySourcePair.values()],
    added: groupRows(diff.observations.added.map(figure)),
    removed: groupRows(diff.observations.removed.map(figure)),
    units,
    crosswalks,
    recognitions: [
      ...diff.recognitions.added.map((r) => recognition(t.recognitionAdded, r)),
      ...diff.recognitions.removed.map((r) => recognition(t.recognitionRemoved, r)),
      ...diff.recognitions.changed.map((r) => ({ before: `${t.recognitionChanged(fieldNames(t.recognitionFields, r.fields))}: `, kept: r.recipient, after: ` (${r.id})` })),
    ],
    sources: [
      ...diff.sources.added.map((s) => source(t.sourceAdded, s)),
      ...diff.sources.removed.map((s) => source(t.sourceRemoved, s)),
      ...diff.sources.changed.map((s) => ({ before: `${t.sourceChanged(fieldNames(t.sourceFields, s.fields))}: ${s.id}`, kept: '', after: '' })),
    ],
  };
}
