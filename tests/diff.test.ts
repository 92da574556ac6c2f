import { describe, expect, it } from 'vitest';
import { diffJson, diffReleases } from '../src/domain/diff/diff.ts';
import { loadSnapshot } from '../src/domain/export/snapshot.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { NEW, OLD, writeTwoReleases } from './fixtures/releases-diff/two-releases.ts';
import path from 'node:path';

describe('diff of two releases', () => {
  const { root, dataRoot } = writeTwoReleases();
  const before = loadSnapshot(dataRoot, OLD);
  const after = loadSnapshot(dataRoot, NEW);
  const diff = diffReleases(before, after);

  it('the fixture releases are both valid', () => {
    for (const id of [OLD, NEW]) {
      const { report } = validate({ dataRoot, releaseId: id, contentRoot: path.join(root, 'content') });
      expect(report.errors).toEqual([]);
    }
  });

  it('finds the corrected figures, field by field, old → new', () => {
    expect(diff.observations.corrected).toEqual([
      { vintage: '2020-01', unit: '101', name: 'Bắc Khê', year: 2023, changes: [{ field: 'poor', from: 360, to: 350 }] },
      { vintage: '2020-01', unit: '10002', name: 'Quý Hòa', year: 2023, changes: [{ field: 'poor', from: 160, to: 150 }] },
    ]);
  });

  it('finds the added and the removed unit-year', () => {
    expect(diff.observations.added).toEqual([
      { vintage: '2020-01', unit: '20', name: 'Lạng Sơn', year: 2024, households: 5000, poor: 420, nearPoor: 450, source: 's-tinh-2024' },
    ]);
    expect(diff.observations.removed).toEqual([
      { vintage: '2020-01', unit: '102', name: 'Na Sầm', year: 2024, households: 3000, poor: 220, nearPoor: 250, source: 's-minh-hoa' },
    ]);
  });

  it('finds renamed units, new recognitions and sources, and counts them', () => {
    expect(diff.units).toEqual([
      { vintage: '2025-07', status: 'kept', added: [], removed: [], renamed: [{ code: '20002', from: 'Đình Lập', to: 'Đình Lập Mới' }], changed: [] },
    ]);
    expect(diff.recognitions.added.map((r) => r.id)).toEqual(['r-2025-002']);
    expect(diff.sources.added.map((s) => s.id)).toEqual(['s-tinh-2024']);
    expect(diff.summary).toMatchObject({ observationsAdded: 1, observationsCorrected: 2, observationsRemoved: 1, unitsRenamed: 1, recognitionsAdded: 1, sourcesAdded: 1, unitsAdded: 0 });
    expect(diff.from).toBe(OLD);
    expect(diff.to).toBe(NEW);
  });

  it('is empty against itself and for the first release, and deterministic', () => {
    const self = diffReleases(after, after);
    expect(Object.values(self.summary).every((n) => n === 0)).toBe(true);
    const first = diffReleases(undefined, before);
    expect(first.from).toBeNull();
    expect(first.observations).toEqual({ added: [], corrected: [], removed: [] });
    expect(diffJson(diffReleases(before, after))).toBe(diffJson(diff));
  });

  it('matches records by key, not by position', () => {
    const shuffled = { ...after, observations: { ...after.observations, observations: [...after.observations.observations].reverse() } };
    expect(diffReleases(before, shuffled).observations).toEqual(diff.observations);
  });
});
