import { existsSync } from 'node:fs';
import { contentBeside } from '../../config.ts';
import { Failure, shownPath } from '../failure.ts';
import { CriteriaEngine, type Evaluation, type TargetResult } from '../criteria.ts';
import { compareReleaseIds, type Manifest } from '../schemas/index.ts';
import { Dataset } from '../dataset.ts';
import { releaseDate } from '../release/release-date.ts';
import { profileSlugs } from '../release/withdrawn-profiles.ts';
import { loadCriteria, loadManifest, loadReleaseFiles, manifestPath, releaseFilePath, toReleaseData, type LoadedFiles } from './load.ts';
import { ProblemCollector, type Problem } from './problems.ts';
import { checkCrosswalks } from './rules/crosswalks.ts';
import { checkManifest } from './rules/manifest.ts';
import { checkObservations } from './rules/observations.ts';
import { checkRecognitions } from './rules/recognitions.ts';
import { checkSources } from './rules/sources.ts';
import { checkStandardCited } from './rules/standard.ts';
import { checkManifestTexts, checkTexts } from './rules/text.ts';
import { checkUnits } from './rules/units.ts';

export interface ValidateOptions {
  dataRoot: string;
  /** Defaults to the manifest's `current` (or, with `preferDraft`, the newest draft). */
  releaseId?: string;
  /** A preview build (`--drafts`): the newest draft is the release the site is built from, when there is one. */
  preferDraft?: boolean;
  /** Where `profiles/` lives; defaults to `content/` beside the data root (src/config.ts). */
  contentRoot?: string;
  /** Most problems listed per kind; the rest are counted. */
  limit?: number;
  /**
   * The day a draft is judged at (YYYY-MM-DD): no review year after its year may have figures.
   * Today in Vietnam by default; `release publish` gives the publication date. A published
   * release is judged at its own publishedAt, whatever this says.
   */
  draftDate?: string;
}

/**
 * An evaluation as the JSON report gives it (docs/validation.md#command), without the
 * alternatives' detail. `basis` tells the official results ("reported") from the
 * indications on series completed by carried figures ("carried").
 */
export type EvaluationSummary = Pick<Evaluation, 'vintage' | 'unit' | 'criterion' | 'asOf' | 'met' | 'evaluable' | 'basis'>;

export interface ValidationReport {
  ok: boolean;
  release: string | null;
  errors: Problem[];
  warnings: Problem[];
  omittedErrors: number;
  omittedWarnings: number;
  evaluations: EvaluationSummary[];
  targets: TargetResult[];
}

export interface ValidationResult {
  report: ValidationReport;
  /** The loaded release, when its files could be read at all (pages build from it). */
  dataset?: Dataset;
  engine?: CriteriaEngine;
  /** The same criteria on series completed by carried figures: indications, not results. */
  carriedEngine?: CriteriaEngine;
  manifest?: Manifest;
}

/** A usage problem (exit 2), as opposed to a problem in the data (exit 1). */
class UsageError extends Failure {
  constructor(message: string) {
    super('usage', message);
  }
}

/** Validates one release of a data root. Reads only; never writes a file. */
export function validate(options: ValidateOptions): ValidationResult {
  const { dataRoot } = options;
  if (!existsSync(dataRoot)) throw new UsageError(`không có thư mục dữ liệu ${shownPath(dataRoot)}`);
  const problems = new ProblemCollector(options.limit);
  const manifest = loadManifest(dataRoot, problems);
  const releaseId = options.releaseId ?? (options.preferDraft && manifest ? newestDraft(manifest) : undefined) ?? manifest?.current;
  const entry = manifest?.releases.find((r) => r.id === releaseId);
  if (options.releaseId && manifest && !entry) {
    throw new UsageError(`không có phiên bản "${options.releaseId}" trong releases/index.json; có: ${manifest.releases.map((r) => r.id).join(', ')}`);
  }

  const files: LoadedFiles = releaseId ? loadReleaseFiles(dataRoot, releaseId, problems) : { bytes: {} };
  if (manifest) {
    checkManifest(dataRoot, manifest, problems, { releaseId: releaseId ?? '', bytes: files.bytes });
    checkManifestTexts(manifest, problems.forFile(manifestPath));
  }
  // A loop, not Math.min/max(...years): spreading 125,000 arguments overflows the stack.
  let years: { first: number; last: number } | undefined;
  for (const { year } of files.observations?.observations ?? []) {
    if (!years) years = { first: year, last: year };
    else if (year < years.first) years.first = year;
    else if (year > years.last) years.last = year;
  }
  const criteria = loadCriteria(dataRoot, problems, years);

  let dataset: Dataset | undefined;
  let engine: CriteriaEngine | undefined;
  let carriedEngine: CriteriaEngine | undefined;
  let evaluations: EvaluationSummary[] = [];
  let targets: TargetResult[] = [];
  if (entry && criteria && releaseId) {
    dataset = new Dataset(toReleaseData(entry, files, criteria.set));
    engine = new CriteriaEngine(dataset);
    carriedEngine = new CriteriaEngine(dataset, 'carried');
    const report = (name: Parameters<typeof releaseFilePath>[1]) => problems.forFile(releaseFilePath(releaseId, name));
    checkSources([
      { report: report('units.json'), sources: dataset.data.units.sources },
      { report: report('crosswalks.json'), sources: dataset.data.crosswalks.sources },
      { report: report('observations.json'), sources: dataset.data.observations.sources },
      { report: report('recognitions.json'), sources: dataset.data.recognitions.sources },
    ]);
    checkUnits(dataset, report('units.json'));
    checkCrosswalks(dataset, report('crosswalks.json'));
    checkObservations(dataset, report('observations.json'), releaseDate(entry, options.draftDate));
    checkTexts(dataset, { units: report('units.json'), crosswalks: report('crosswalks.json'), observations: report('observations.json'), recognitions: report('recognitions.json') });
    const contentRoot = options.contentRoot ?? contentBeside(dataRoot);
    checkRecognitions(dataset, engine, profileSlugs(contentRoot), report('recognitions.json'));
    checkStandardCited(criteria.set, contentRoot, problems.forFile(criteria.file));
    const summary = ({ vintage, unit, criterion, asOf, met, evaluable, basis }: Evaluation): EvaluationSummary => ({ vintage, unit, criterion, asOf, met, evaluable, basis });
    evaluations = [...engine.evaluateAll(), ...carriedEngine.evaluateCarried()].map(summary);
    targets = engine.evaluateTargets();
  }

  return {
    report: {
      ok: problems.errorCount === 0,
      release: releaseId ?? null,
      errors: problems.errors,
      warnings: problems.warnings,
      omittedErrors: problems.omittedErrors,
      omittedWarnings: problems.omittedWarnings,
      evaluations,
      targets,
    },
    dataset,
    engine,
    carriedEngine,
    manifest,
  };
}

/** The draft a preview build shows: the one with the highest id, if any. */
function newestDraft(manifest: Manifest): string | undefined {
  return manifest.releases.filter((r) => r.status === 'draft').map((r) => r.id).sort(compareReleaseIds).at(-1);
}
