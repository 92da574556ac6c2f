/** The diff of a release in the words and numbers the page prints. */
import type { ObservationRecord, ReleaseDiff } from '../../domain/diff/diff.ts';
import type { ReleaseSnapshot } from '../../domain/export/snapshot.ts';
import { snapshotSources } from '../../domain/export/snapshot.ts';
import { formatInt } from '../../format/vi.ts';
import { releasePage as t } from '../../i18n/data.vi.ts';

/** Longest table printed on the page; the rest is in thay-doi.json. */
const MAX_ROWS = 200;

export interface UnitLabel {
  name: string;
  detail: string;
}

export interface ChangeRow {
  unit: UnitLabel;
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
  year: number;
  households: string;
  poor: string;
  nearPoor: string;
}

export interface ListSection {
  heading: string;
  items: string[];
}

export interface DiffView {
  summary: string[];
  corrected: { rows: ChangeRow[]; more: number };
  sourceChanges: SourceChange[];
  added: { rows: FigureRow[]; more: number };
  removed: { rows: FigureRow[]; more: number };
  units: ListSection[];
  crosswalks: ListSection[];
  recognitions: string[];
  sources: string[];
}

function unitLookup(...snapshots: (ReleaseSnapshot | undefined)[]) {
  const types = new Map<string, string>();
  for (const s of snapshots) for (const v of s?.units.vintages ?? []) for (const u of v.units) if (!types.has(`${v.id}|${u.code}`)) types.set(`${v.id}|${u.code}`, `${u.type} ${u.name}`);
  return (vintage: string, code: string, name: string | null): UnitLabel => ({
    name: types.get(`${vintage}|${code}`) ?? name ?? code,
    detail: t.codeVintage(code, vintage),
  });
}

const cut = <T>(list: readonly T[]) => ({ rows: list.slice(0, MAX_ROWS), more: Math.max(0, list.length - MAX_ROWS) });

export function diffView(diff: ReleaseDiff, before: ReleaseSnapshot | undefined, after: ReleaseSnapshot): DiffView {
  const label = unitLookup(after, before);
  const sourcesBefore = before ? snapshotSources(before) : new Map();
  const sourcesAfter = snapshotSources(after);
  const value = (field: string, v: string | number | null, sources: Map<string, { title: string }>) =>
    v === null ? t.none : typeof v === 'number' ? formatInt(v) : field === 'source' ? (sources.get(v)?.title ?? v) : v;

  const summary = (Object.keys(diff.summary) as (keyof ReleaseDiff['summary'])[])
    .filter((k) => diff.summary[k] > 0)
    .map((k) => t.summary[k](formatInt(diff.summary[k])));

  const corrected = diff.observations.corrected.flatMap((c) =>
    c.changes
      .filter((ch) => ch.field !== 'source')
      .map((ch) => ({
        unit: label(c.vintage, c.unit, c.name),
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
    year: o.year,
    households: formatInt(o.households),
    poor: formatInt(o.poor),
    nearPoor: formatInt(o.nearPoor),
  });

  const units = diff.units.map((v) => ({
    heading: v.status === 'added' ? t.vintageAdded(v.vintage) : v.status === 'removed' ? t.vintageRemoved(v.vintage) : t.vintageKept(v.vintage),
    items: [
      ...v.added.map((u) => `${t.unitAdded}: ${u.type} ${u.name} (${u.code})`),
      ...v.removed.map((u) => `${t.unitRemoved}: ${u.type} ${u.name} (${u.code})`),
      ...v.renamed.map((r) => `${t.unitRenamed(r.from, r.to)} (${r.code})`),
      ...v.changed.map((c) => `${t.unitChanged}: ${c.name} (${c.code}): ${c.changes.map((ch) => `${t.unitFields[ch.field]} ${ch.from ?? t.none} → ${ch.to ?? t.none}`).join('; ')}`),
    ],
  }));
  const share = (n: number) => (n === 1 ? '100%' : `${String(Math.round(n * 10000) / 100).replace('.', ',')}%`);
  const crosswalks = diff.crosswalks.map((c) => ({
    heading: `${c.from} → ${c.to}`,
    items: [
      ...c.added.map((l) => t.linkAdded(l.from, l.to, share(l.share))),
      ...c.removed.map((l) => t.linkRemoved(l.from, l.to, share(l.share))),
      ...c.changed.map((l) => t.linkChanged(l.from, l.to, share(l.shareFrom), share(l.shareTo))),
    ],
  }));
  const recognition = (r: { decision: string | null; date: string; recipient: string; id: string }) => `${r.recipient} — ${r.decision ?? t.noDecisionNumber} (${r.id})`;
  return {
    summary,
    corrected: cut(corrected),
    sourceChanges: [...bySourcePair.values()],
    added: cut(diff.observations.added.map(figure)),
    removed: cut(diff.observations.removed.map(figure)),
    units,
    crosswalks,
    recognitions: [
      ...diff.recognitions.added.map((r) => `${t.recognitionAdded}: ${recognition(r)}`),
      ...diff.recognitions.removed.map((r) => `${t.recognitionRemoved}: ${recognition(r)}`),
      ...diff.recognitions.changed.map((r) => `${t.recognitionChanged(r.fields.join(', '))}: ${r.recipient} (${r.id})`),
    ],
    sources: [
      ...diff.sources.added.map((s) => `${t.sourceAdded}: ${s.title} (${s.id})`),
      ...diff.sources.removed.map((s) => `${t.sourceRemoved}: ${s.title} (${s.id})`),
      ...diff.sources.changed.map((s) => `${t.sourceChanged(s.fields.join(', '))}: ${s.id}`),
    ],
  };
}
