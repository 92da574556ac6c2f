/**
 * What changed between two releases, for people (the release page) and machines
 * (thay-doi.json). Records are matched by their keys — observations by (vintage, unit,
 * year), units by (vintage, code), recognitions and sources by id — never by position.
 * Plain data in, plain data out: no file system, no formatting.
 */
import type {
  Classification,
  CrosswalksFile,
  Observation,
  ObservationsFile,
  Recognition,
  RecognitionsFile,
  Source,
  Unit,
  UnitsFile,
} from '../schemas/index.ts';

export interface ReleaseFiles {
  id: string;
  units: UnitsFile;
  crosswalks: CrosswalksFile;
  observations: ObservationsFile;
  recognitions: RecognitionsFile;
}

const observationFields = ['households', 'poor', 'nearPoor', 'ethnicMinority.households', 'ethnicMinority.poor', 'source'] as const;
export type ObservationField = (typeof observationFields)[number];

export interface ObservationRecord {
  vintage: string;
  unit: string;
  /** The unit's name in that vintage (after the change; before it for a removal). */
  name: string | null;
  year: number;
  households: number;
  poor: number;
  nearPoor: number;
  ethnicMinority?: { households: number; poor: number };
  source: string;
}

export interface FieldChange<F extends string = string> {
  field: F;
  from: string | number | null;
  to: string | number | null;
}

export interface ObservationCorrection {
  vintage: string;
  unit: string;
  name: string | null;
  year: number;
  changes: FieldChange<ObservationField>[];
}

export interface UnitSummary {
  code: string;
  name: string;
  type: string;
  level: string;
  parent: string | null;
}

export type UnitField = 'type' | 'level' | 'parent' | 'classifications';

export interface VintageDiff {
  vintage: string;
  /** The whole vintage is new, gone, or present in both releases. */
  status: 'added' | 'removed' | 'kept';
  added: UnitSummary[];
  removed: UnitSummary[];
  renamed: { code: string; from: string; to: string }[];
  changed: { code: string; name: string; changes: FieldChange<UnitField>[] }[];
}

export interface CrosswalkDiff {
  from: string;
  to: string;
  added: { from: string; to: string; share: number }[];
  removed: { from: string; to: string; share: number }[];
  changed: { from: string; to: string; shareFrom: number; shareTo: number }[];
}

export interface RecognitionSummary {
  id: string;
  award: string;
  decision: string | null;
  date: string;
  recipient: string;
}

export interface ReleaseDiff {
  /** Version of this JSON shape. */
  format: 1;
  /** The release compared against; null for the first release (nothing to compare). */
  from: string | null;
  to: string;
  summary: {
    observationsAdded: number;
    observationsCorrected: number;
    observationsRemoved: number;
    unitsAdded: number;
    unitsRemoved: number;
    unitsRenamed: number;
    unitsChanged: number;
    crosswalkLinksChanged: number;
    recognitionsAdded: number;
    recognitionsRemoved: number;
    recognitionsChanged: number;
    sourcesAdded: number;
    sourcesRemoved: number;
    sourcesChanged: number;
  };
  observations: { added: ObservationRecord[]; corrected: ObservationCorrection[]; removed: ObservationRecord[] };
  units: VintageDiff[];
  crosswalks: CrosswalkDiff[];
  recognitions: {
    added: RecognitionSummary[];
    removed: RecognitionSummary[];
    changed: { id: string; recipient: string; fields: string[] }[];
  };
  sources: { added: Source[]; removed: Source[]; changed: { id: string; fields: string[] }[] };
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Codes of one level are compared as numbers when both are digits, so "181" sorts after "20". */
function compareCodes(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && a.length !== b.length) return a.length - b.length;
  return compareStrings(a, b);
}

function observationKey(o: Pick<Observation, 'vintage' | 'unit' | 'year'>): string {
  return `${o.vintage}|${o.unit}|${o.year}`;
}

function fieldValue(o: Observation, field: ObservationField): string | number | null {
  switch (field) {
    case 'ethnicMinority.households':
      return o.ethnicMinority?.households ?? null;
    case 'ethnicMinority.poor':
      return o.ethnicMinority?.poor ?? null;
    default:
      return o[field];
  }
}

function unitNames(files: ReleaseFiles): Map<string, string> {
  const names = new Map<string, string>();
  for (const v of files.units.vintages) for (const u of v.units) names.set(`${v.id}|${u.code}`, u.name);
  return names;
}

const byObservation = (a: { vintage: string; unit: string; year: number }, b: { vintage: string; unit: string; year: number }) =>
  compareStrings(a.vintage, b.vintage) || compareCodes(a.unit, b.unit) || a.year - b.year;

function record(o: Observation, names: Map<string, string>): ObservationRecord {
  return {
    vintage: o.vintage,
    unit: o.unit,
    name: names.get(`${o.vintage}|${o.unit}`) ?? null,
    year: o.year,
    households: o.households,
    poor: o.poor,
    nearPoor: o.nearPoor,
    ...(o.ethnicMinority ? { ethnicMinority: { households: o.ethnicMinority.households, poor: o.ethnicMinority.poor } } : {}),
    source: o.source,
  };
}

export function diffObservations(before: ReleaseFiles, after: ReleaseFiles): ReleaseDiff['observations'] {
  const namesBefore = unitNames(before);
  const namesAfter = unitNames(after);
  const old = new Map(before.observations.observations.map((o) => [observationKey(o), o]));
  const now = new Map(after.observations.observations.map((o) => [observationKey(o), o]));
  const added: ObservationRecord[] = [];
  const corrected: ObservationCorrection[] = [];
  const removed: ObservationRecord[] = [];
  for (const [key, o] of now) {
    const was = old.get(key);
    if (!was) {
      added.push(record(o, namesAfter));
      continue;
    }
    const changes = observationFields
      .map((field) => ({ field, from: fieldValue(was, field), to: fieldValue(o, field) }))
      .filter((c) => c.from !== c.to);
    if (changes.length > 0) {
      corrected.push({ vintage: o.vintage, unit: o.unit, name: namesAfter.get(`${o.vintage}|${o.unit}`) ?? null, year: o.year, changes });
    }
  }
  for (const [key, o] of old) if (!now.has(key)) removed.push(record(o, namesBefore));
  return { added: added.sort(byObservation), corrected: corrected.sort(byObservation), removed: removed.sort(byObservation) };
}

function summary(u: Unit): UnitSummary {
  return { code: u.code, name: u.name, type: u.type, level: u.level, parent: u.parent ?? null };
}

const classificationText = (cs: readonly Classification[] | undefined): string | null =>
  cs && cs.length > 0
    ? cs.map((c) => `${c.kind}${c.kind === 'zone' ? ` ${c.value}` : ''} ${c.from}–${c.to ?? ''}`).join('; ')
    : null;

function diffUnits(before: ReleaseFiles, after: ReleaseFiles): VintageDiff[] {
  const ids = [...new Set([...before.units.vintages.map((v) => v.id), ...after.units.vintages.map((v) => v.id)])].sort(compareStrings);
  const result: VintageDiff[] = [];
  for (const id of ids) {
    const old = before.units.vintages.find((v) => v.id === id);
    const now = after.units.vintages.find((v) => v.id === id);
    const oldUnits = new Map((old?.units ?? []).map((u) => [u.code, u]));
    const newUnits = new Map((now?.units ?? []).map((u) => [u.code, u]));
    const diff: VintageDiff = { vintage: id, status: !old ? 'added' : !now ? 'removed' : 'kept', added: [], removed: [], renamed: [], changed: [] };
    for (const [code, u] of newUnits) {
      const was = oldUnits.get(code);
      if (!was) {
        diff.added.push(summary(u));
        continue;
      }
      if (was.name.normalize('NFC') !== u.name.normalize('NFC')) diff.renamed.push({ code, from: was.name, to: u.name });
      const changes: FieldChange<UnitField>[] = [];
      for (const field of ['type', 'level', 'parent'] as const) {
        if ((was[field] ?? null) !== (u[field] ?? null)) changes.push({ field, from: was[field] ?? null, to: u[field] ?? null });
      }
      if (!same(was.classifications ?? [], u.classifications ?? [])) {
        changes.push({ field: 'classifications', from: classificationText(was.classifications), to: classificationText(u.classifications) });
      }
      if (changes.length > 0) diff.changed.push({ code, name: u.name, changes });
    }
    for (const [code, u] of oldUnits) if (!newUnits.has(code)) diff.removed.push(summary(u));
    const byCode = (a: { code: string }, b: { code: string }) => compareCodes(a.code, b.code);
    diff.added.sort(byCode);
    diff.removed.sort(byCode);
    diff.renamed.sort(byCode);
    diff.changed.sort(byCode);
    if (diff.status !== 'kept' || diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length > 0) result.push(diff);
  }
  return result;
}

function diffCrosswalks(before: ReleaseFiles, after: ReleaseFiles): CrosswalkDiff[] {
  const pairKey = (c: { from: string; to: string }) => `${c.from}→${c.to}`;
  const pairs = [...new Set([...before.crosswalks.crosswalks.map(pairKey), ...after.crosswalks.crosswalks.map(pairKey)])].sort(compareStrings);
  const result: CrosswalkDiff[] = [];
  for (const pair of pairs) {
    const [from = '', to = ''] = pair.split('→');
    const links = (file: CrosswalksFile) =>
      new Map(file.crosswalks.filter((c) => pairKey(c) === pair).flatMap((c) => c.links).map((l) => [`${l.from}|${l.to}`, l.share ?? 1]));
    const old = links(before.crosswalks);
    const now = links(after.crosswalks);
    const d: CrosswalkDiff = { from, to, added: [], removed: [], changed: [] };
    for (const [key, share] of now) {
      const [lf = '', lt = ''] = key.split('|');
      const was = old.get(key);
      if (was === undefined) d.added.push({ from: lf, to: lt, share });
      else if (was !== share) d.changed.push({ from: lf, to: lt, shareFrom: was, shareTo: share });
    }
    for (const [key, share] of old) {
      const [lf = '', lt = ''] = key.split('|');
      if (!now.has(key)) d.removed.push({ from: lf, to: lt, share });
    }
    const byLink = (a: { from: string; to: string }, b: { from: string; to: string }) => compareCodes(a.from, b.from) || compareCodes(a.to, b.to);
    d.added.sort(byLink);
    d.removed.sort(byLink);
    d.changed.sort(byLink);
    if (d.added.length + d.removed.length + d.changed.length > 0) result.push(d);
  }
  return result;
}

function recognitionSummary(r: Recognition): RecognitionSummary {
  return { id: r.id, award: r.award, decision: r.decision, date: r.date, recipient: r.recipient.name };
}

function diffRecognitions(before: RecognitionsFile, after: RecognitionsFile): ReleaseDiff['recognitions'] {
  const old = new Map(before.recognitions.map((r) => [r.id, r]));
  const now = new Map(after.recognitions.map((r) => [r.id, r]));
  const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);
  const changed = [...now.values()]
    .filter((r) => old.has(r.id))
    .map((r) => {
      const was = old.get(r.id)! as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(was), ...Object.keys(r)])].sort(compareStrings);
      return { id: r.id, recipient: r.recipient.name, fields: keys.filter((k) => !same(was[k], (r as Record<string, unknown>)[k])) };
    })
    .filter((c) => c.fields.length > 0);
  return {
    added: [...now.values()].filter((r) => !old.has(r.id)).map(recognitionSummary).sort(byId),
    removed: [...old.values()].filter((r) => !now.has(r.id)).map(recognitionSummary).sort(byId),
    changed: changed.sort(byId),
  };
}

function allSources(files: ReleaseFiles): Map<string, Source> {
  const byId = new Map<string, Source>();
  for (const f of [files.units, files.crosswalks, files.observations, files.recognitions]) for (const s of f.sources) if (!byId.has(s.id)) byId.set(s.id, s);
  return byId;
}

function diffSources(before: ReleaseFiles, after: ReleaseFiles): ReleaseDiff['sources'] {
  const old = allSources(before);
  const now = allSources(after);
  const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);
  const changed = [...now.values()]
    .filter((s) => old.has(s.id))
    .map((s) => {
      const was = old.get(s.id)! as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(was), ...Object.keys(s)])].sort(compareStrings);
      return { id: s.id, fields: keys.filter((k) => !same(was[k] ?? null, (s as Record<string, unknown>)[k] ?? null)) };
    })
    .filter((c) => c.fields.length > 0);
  return {
    added: [...now.values()].filter((s) => !old.has(s.id)).sort(byId),
    removed: [...old.values()].filter((s) => !now.has(s.id)).sort(byId),
    changed: changed.sort(byId),
  };
}

/** The diff of `after` against `before`; with no `before`, the first release: nothing compared. */
export function diffReleases(before: ReleaseFiles | undefined, after: ReleaseFiles): ReleaseDiff {
  const observations = before ? diffObservations(before, after) : { added: [], corrected: [], removed: [] };
  const units = before ? diffUnits(before, after) : [];
  const crosswalks = before ? diffCrosswalks(before, after) : [];
  const recognitions = before ? diffRecognitions(before.recognitions, after.recognitions) : { added: [], removed: [], changed: [] };
  const sources = before ? diffSources(before, after) : { added: [], removed: [], changed: [] };
  const total = <T>(list: readonly T[], pick: (t: T) => number) => list.reduce((n, t) => n + pick(t), 0);
  return {
    format: 1,
    from: before?.id ?? null,
    to: after.id,
    summary: {
      observationsAdded: observations.added.length,
      observationsCorrected: observations.corrected.length,
      observationsRemoved: observations.removed.length,
      unitsAdded: total(units, (v) => v.added.length),
      unitsRemoved: total(units, (v) => v.removed.length),
      unitsRenamed: total(units, (v) => v.renamed.length),
      unitsChanged: total(units, (v) => v.changed.length),
      crosswalkLinksChanged: total(crosswalks, (c) => c.added.length + c.removed.length + c.changed.length),
      recognitionsAdded: recognitions.added.length,
      recognitionsRemoved: recognitions.removed.length,
      recognitionsChanged: recognitions.changed.length,
      sourcesAdded: sources.added.length,
      sourcesRemoved: sources.removed.length,
      sourcesChanged: sources.changed.length,
    },
    observations,
    units,
    crosswalks,
    recognitions,
    sources,
  };
}

/** The diff as published beside the release page: stable key order, 2-space indent. */
export function diffJson(diff: ReleaseDiff): string {
  return JSON.stringify(diff, null, 2) + '\n';
}
