import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  releaseFileNames,
  type CrosswalksFile,
  type ObservationsFile,
  type RecognitionsFile,
  type ReleaseFileName,
  type Source,
  type UnitsFile,
} from '../schemas/index.ts';
import { loadReleaseFiles } from '../validation/load.ts';
import { ProblemCollector } from '../validation/problems.ts';

/** The parsed files of one release, with their bytes exactly as stored. */
export interface ReleaseSnapshot {
  id: string;
  units: UnitsFile;
  crosswalks: CrosswalksFile;
  observations: ObservationsFile;
  recognitions: RecognitionsFile;
  /** Bytes of each file present on disk (crosswalks.json may be absent). */
  bytes: Partial<Record<ReleaseFileName, Buffer>>;
}

/**
 * Reads one release for downloads and diffs. Only the current release is validated in
 * full by the build; any other must at least parse, or this throws with the problems.
 */
export function loadSnapshot(dataRoot: string, releaseId: string): ReleaseSnapshot {
  if (!existsSync(path.join(dataRoot, 'releases', releaseId))) {
    throw new Error(`không có thư mục releases/${releaseId} trong ${dataRoot}`);
  }
  const problems = new ProblemCollector(20);
  const files = loadReleaseFiles(dataRoot, releaseId, problems);
  if (problems.errorCount > 0 || !files.units || !files.observations || !files.recognitions) {
    const lines = problems.errors.map((p) => `${p.file}:${p.path || '/'}  ${p.rule}  ${p.message}`);
    throw new Error(`Phiên bản ${releaseId} không đọc được:\n${lines.join('\n')}`);
  }
  const bytes: ReleaseSnapshot['bytes'] = {};
  for (const name of releaseFileNames) {
    const b = files.bytes[name];
    if (b) bytes[name] = b;
  }
  return {
    id: releaseId,
    units: files.units,
    crosswalks: files.crosswalks ?? { crosswalks: [], sources: [] },
    observations: files.observations,
    recognitions: files.recognitions,
    bytes,
  };
}

/** Every source of the release, first definition of an id wins (the validator checks they agree). */
export function snapshotSources(s: Pick<ReleaseSnapshot, 'units' | 'crosswalks' | 'observations' | 'recognitions'>): Map<string, Source> {
  const byId = new Map<string, Source>();
  for (const file of [s.units, s.crosswalks, s.observations, s.recognitions]) {
    for (const source of file.sources) if (!byId.has(source.id)) byId.set(source.id, source);
  }
  return byId;
}
