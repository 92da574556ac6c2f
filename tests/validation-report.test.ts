// The validator's whole report, pinned: a seeded 1,000-commune release with two boundary
// reforms and a violation of many rules, and the embedded release. The validator is tuned
// for speed (issue 14: 10,000 communes × 5 years under 1 s); this proves a faster version
// finds the same problems in the same order with the same messages, and the same
// evaluations (official and carried) and targets. Regenerate only for a change meant to
// alter a report: UPDATE_GOLDEN=1 npx vitest run tests/validation-report.test.ts — and read the diff.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate, type ValidationReport } from '../src/domain/validation/validate.ts';
import { LARGE_RELEASE, writeLargeRelease } from '../scripts/bench/large-dataset.ts';

const goldenFile = path.resolve('tests/golden/validation-report.json');
const golden: Record<string, unknown> = existsSync(goldenFile) ? JSON.parse(readFileSync(goldenFile, 'utf8')) : {};
const update = process.env.UPDATE_GOLDEN === '1';
const scratch = mkdtempSync(path.join(tmpdir(), 'validation-report-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  if (update) writeFileSync(goldenFile, JSON.stringify(golden, null, 2) + '\n');
});

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * Problems and targets in full; the tens of thousands of evaluations as counts and a digest
 * of the exact list (every field, in order), so the golden stays small enough to read.
 */
function pinned(report: ValidationReport) {
  const { evaluations, ...rest } = report;
  const count = (basis: string, key?: 'met' | 'evaluable') => evaluations.filter((e) => e.basis === basis && (!key || e[key])).length;
  return {
    ...rest,
    evaluations: {
      reported: { all: count('reported'), evaluable: count('reported', 'evaluable'), met: count('reported', 'met') },
      carried: { all: count('carried'), evaluable: count('carried', 'evaluable'), met: count('carried', 'met') },
      sha256: sha256(JSON.stringify(evaluations)),
    },
  };
}

function check(name: string, report: ValidationReport) {
  const actual = pinned(report);
  if (update) golden[name] = actual;
  expect(actual).toEqual(golden[name]);
}

type Json = Record<string, any>;
const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file: string, value: unknown) => writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

/** The medium release, broken on purpose in every file: schema, sums, codes, texts, shares, JSON itself. */
function brokenMedium(): { dataRoot: string; contentRoot: string } {
  const { dataRoot, contentRoot } = writeLargeRelease(path.join(scratch, 'medium'), {
    communes: 1000, districts: 70, fromYear: 2021, toYear: 2025, seed: 20260101, reforms: true,
  });
  const dir = path.join(dataRoot, 'releases', LARGE_RELEASE);
  const file = (name: string) => path.join(dir, name);

  const units = readJson(file('units.json'));
  const first = units.vintages[0].units; // the province, 70 districts, then communes
  first[75].name = 'Xã  Tân Yên'; // two spaces
  first[77].name = 'Gọi 0912 345 678'; // a phone number
  first[79].parent = '999'; // no such district
  first[81].code = '1234'; // a commune code of four digits
  first[83].classifications = [{ kind: 'zone', value: 'III', from: 2023, to: 2022, source: 's-khong-co' }];
  first[85].type = 'quận'; // not a commune's type: the unit is dropped, and its records point nowhere
  first.push({ ...first[87] }); // the same code twice
  writeJson(file('units.json'), units);

  const observations = readJson(file('observations.json'));
  const list = observations.observations;
  const commune = list.findIndex((o: Json) => o.unit.length === 5 && o.year === 2023);
  list[commune].poor += 1; // its district no longer adds up
  list[commune + 1].households = -3; // a count below zero: the file is salvaged record by record
  list.push({ ...list[commune + 2] }); // the same record twice
  list.push({ ...list[commune + 3], unit: '99999' });
  list.push({ ...list[commune + 4], year: 2026, vintage: '2024-12' });
  list[commune + 5].ethnicMinority.poor = list[commune + 5].poor + 1;
  list[commune + 6].source = 's-khong-co';
  list[commune + 7].nearPoor = list[commune + 7].households;
  writeJson(file('observations.json'), observations);

  const crosswalks = readJson(file('crosswalks.json'));
  const split = crosswalks.crosswalks[0].links.find((l: Json) => l.share === 0.5);
  split.share = 0.6; // the pieces of a commune no longer add up to it
  crosswalks.crosswalks[1].links.push({ from: '77777', to: '50000' });
  writeJson(file('crosswalks.json'), crosswalks);

  // A key written twice, which only the text shows.
  const recognitions = readFileSync(file('recognitions.json'), 'utf8').replace('"recognitions": []', '"recognitions": [], "recognitions": []');
  writeFileSync(file('recognitions.json'), recognitions);

  const manifestFile = path.join(dataRoot, 'releases', 'index.json');
  const manifest = readJson(manifestFile);
  for (const name of ['units.json', 'observations.json', 'crosswalks.json']) manifest.releases[0].sha256[name] = sha256(readFileSync(file(name)));
  // recognitions.json keeps its old digest: a file changed after it was hashed.
  writeJson(manifestFile, manifest);
  return { dataRoot, contentRoot };
}

describe('the validation report', () => {
  it('is the same for a broken 1,000-commune release with two boundary reforms', () => {
    const { report } = validate(brokenMedium());
    const rules = new Set(report.errors.map((e) => e.rule));
    // The golden must hold a real mix of problems, not an empty list.
    expect(rules.size).toBeGreaterThanOrEqual(12);
    expect(report.evaluations.some((e) => e.basis === 'carried')).toBe(true);
    check('medium', report);
  });

  it('is the same for the embedded release', () => {
    const { report } = validate({ dataRoot: 'data', contentRoot: 'content' });
    expect(report.evaluations.length).toBeGreaterThan(0);
    check('embedded', report);
  });
});
