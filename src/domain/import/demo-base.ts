/**
 * A draft made from a demo release keeps what is real and drops what was made up
 * (docs/embedded-data.md): units and crosswalks stay, and so do the figures, classifications and
 * awards whose source is official, press or derived; every record whose source is
 * `synthetic` goes, and then every synthetic source nothing refers to any more. Without
 * this, the first real import meets the demo's invented district figures and fails their
 * sums, and invented figures could end up in a published release.
 *
 * Works on the files as parsed JSON (already schema-checked), so the key order of what
 * stays is the file's own.
 */
type Json = Record<string, any>;

export interface DemoBaseFiles {
  units: Json;
  crosswalks?: Json;
  observations: Json;
  recognitions: Json;
}

export interface DemoStripped {
  files: DemoBaseFiles;
  kept: { observations: number; classifications: number; recognitions: number };
  dropped: { observations: number; classifications: number; recognitions: number; sources: number };
}

export function withoutSyntheticRecords(files: DemoBaseFiles): DemoStripped {
  const all = [files.units, files.crosswalks, files.observations, files.recognitions].filter((f): f is Json => f !== undefined);
  const kind = new Map<string, string>();
  for (const f of all) for (const s of (f['sources'] ?? []) as Json[]) if (!kind.has(s['id'])) kind.set(s['id'], s['kind']);
  const real = (sourceId: unknown) => typeof sourceId !== 'string' || kind.get(sourceId) !== 'synthetic';

  const observations = (files.observations['observations'] as Json[]).filter((o) => real(o['source']));
  const recognitions = (files.recognitions['recognitions'] as Json[]).filter((r) => real(r['source']));
  let classificationsBefore = 0;
  let classificationsAfter = 0;
  const vintages: Json[] = (files.units['vintages'] as Json[]).map((v) => ({
    ...v,
    units: (v['units'] as Json[]).map((u) => {
      if (!Array.isArray(u['classifications'])) return u;
      const kept = (u['classifications'] as Json[]).filter((c) => real(c['source']));
      classificationsBefore += u['classifications'].length;
      classificationsAfter += kept.length;
      const { classifications: _dropped, ...rest } = u;
      return kept.length > 0 ? { ...u, classifications: kept } : rest;
    }),
  }));

  const referenced = new Set<string>();
  for (const o of observations) referenced.add(o['source']);
  for (const r of recognitions) referenced.add(r['source']);
  for (const v of vintages) {
    if (v['basis']) referenced.add(v['basis']);
    for (const u of v['units'] as Json[]) for (const c of (u['classifications'] ?? []) as Json[]) referenced.add(c['source']);
  }
  for (const c of (files.crosswalks?.['crosswalks'] ?? []) as Json[]) if (c['basis']) referenced.add(c['basis']);
  let droppedSources = 0;
  const keepSources = (sources: Json[] | undefined) =>
    sources?.filter((s) => {
      const keep = s['kind'] !== 'synthetic' || referenced.has(s['id']);
      if (!keep) droppedSources++;
      return keep;
    });
  const withSources = (f: Json, rest: Json) => ({ ...f, ...rest, ...(f['sources'] ? { sources: keepSources(f['sources']) } : {}) });

  return {
    files: {
      units: withSources(files.units, { vintages }),
      ...(files.crosswalks ? { crosswalks: withSources(files.crosswalks, {}) } : {}),
      observations: withSources(files.observations, { observations }),
      recognitions: withSources(files.recognitions, { recognitions }),
    },
    kept: { observations: observations.length, classifications: classificationsAfter, recognitions: recognitions.length },
    dropped: {
      observations: files.observations['observations'].length - observations.length,
      classifications: classificationsBefore - classificationsAfter,
      recognitions: files.recognitions['recognitions'].length - recognitions.length,
      sources: droppedSources,
    },
  };
}
