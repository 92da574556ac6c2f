/**
 * The fast path of the schema pass for the two large arrays of a release: observation
 * records and units. zod builds an object, a result and an issue list per field, which
 * on a national release (46,000 records, 24,000 units) costs more than reading the
 * files; these tests answer "certainly valid" for a record in its usual form, reading
 * the bounds, enums, patterns and key order from the schemas themselves. A record that
 * does not pass them is not judged here: the whole file then goes through zod as before,
 * which reports every problem with its path and message (load.ts).
 *
 * "Certainly valid" must imply that zod accepts the record and gives back the same
 * value: keys in the schema's order (zod writes them in that order), nothing missing,
 * nothing extra. tests/plain-records.test.ts holds the two to that.
 */
import {
  observation,
  SOURCE_ID,
  unit,
  unitLevel,
  unitType,
  VINTAGE_ID,
  zoneValue,
  type Observation,
  type Unit,
} from '../schemas/index.ts';

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object's keys are some of `keys`, in that order (required ones are tested by their values). */
function keysInOrder(o: object, keys: readonly string[]): boolean {
  let next = 0;
  for (const k in o) {
    while (next < keys.length && keys[next] !== k) next++;
    if (next === keys.length) return false;
    next++;
  }
  return true;
}

const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const count = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const within = (min: number | null, max: number | null) => (v: unknown) =>
  Number.isSafeInteger(v) && (min === null || (v as number) >= min) && (max === null || (v as number) <= max);

const observationKeys = Object.keys(observation.shape);
const ethnicMinorityKeys = Object.keys(observation.shape.ethnicMinority.unwrap().shape);
const observationYear = within(observation.shape.year.minValue, observation.shape.year.maxValue);

export function isPlainObservation(o: unknown): o is Observation {
  if (!isObject(o) || !keysInOrder(o, observationKeys)) return false;
  if (typeof o.vintage !== 'string' || !VINTAGE_ID.test(o.vintage)) return false;
  if (!nonEmpty(o.unit) || !observationYear(o.year)) return false;
  if (!count(o.households) || !count(o.poor) || !count(o.nearPoor)) return false;
  const em = o.ethnicMinority;
  if (em !== undefined && !(isObject(em) && keysInOrder(em, ethnicMinorityKeys) && count(em.households) && count(em.poor))) return false;
  return typeof o.source === 'string' && SOURCE_ID.test(o.source);
}

const unitKeys = Object.keys(unit.shape);
const levels = new Set<unknown>(unitLevel.options);
const types = new Set<unknown>(unitType.options);
const zones = new Set<unknown>(zoneValue.options);
/** Each kind of classification: its keys in order and the schema of its `checked` date. */
const classificationKinds = new Map(
  unit.shape.classifications.unwrap().element.options.map((o) => [o.shape.kind.value as string, { keys: Object.keys(o.shape), shape: o.shape }]),
);

function isPlainClassification(c: unknown): boolean {
  if (!isObject(c)) return false;
  const kind = classificationKinds.get(c.kind as string);
  if (!kind || !keysInOrder(c, kind.keys)) return false;
  const year = within(kind.shape.from.minValue, kind.shape.from.maxValue);
  if (!year(c.from) || !(c.to === null || year(c.to))) return false;
  if (typeof c.source !== 'string' || !SOURCE_ID.test(c.source)) return false;
  if ('value' in kind.shape ? !zones.has(c.value) : false) return false;
  // A date is rare (a check of later decisions): its schema judges it, leap years and all.
  return c.checked === undefined || kind.shape.checked.safeParse(c.checked).success;
}

export function isPlainUnit(u: unknown): u is Unit {
  if (!isObject(u) || !keysInOrder(u, unitKeys)) return false;
  if (!nonEmpty(u.code) || !levels.has(u.level) || !nonEmpty(u.name) || !types.has(u.type)) return false;
  if (u.parent !== undefined && !nonEmpty(u.parent)) return false;
  const classifications = u.classifications;
  if (classifications === undefined) return true;
  if (!Array.isArray(classifications)) return false;
  for (const c of classifications) if (!isPlainClassification(c)) return false;
  return true;
}

/**
 * A file whose records are all plain, taken apart: `shell` is the file with empty record
 * arrays (zod checks it, a few objects), `attach` puts the records back into its parsed form.
 */
export interface Shell<T> {
  shell: unknown;
  attach(parsed: T): T;
}

/** observations.json: `{ observations: [...], sources: [...] }`. */
export function observationsShell<T extends { observations: Observation[] }>(value: unknown): Shell<T> | undefined {
  if (!isObject(value) || !Array.isArray(value.observations)) return undefined;
  const records = value.observations;
  for (const o of records) if (!isPlainObservation(o)) return undefined;
  return {
    shell: { ...value, observations: [] },
    attach: (parsed) => {
      parsed.observations = records as Observation[];
      return parsed;
    },
  };
}

/** units.json: `{ vintages: [{ …, units: [...] }], sources: [...] }`. */
export function unitsShell<T extends { vintages: { units: Unit[] }[] }>(value: unknown): Shell<T> | undefined {
  if (!isObject(value) || !Array.isArray(value.vintages)) return undefined;
  const vintages = value.vintages as unknown[];
  for (const v of vintages) {
    if (!isObject(v) || !Array.isArray(v.units)) return undefined;
    for (const u of v.units) if (!isPlainUnit(u)) return undefined;
  }
  return {
    shell: { ...value, vintages: vintages.map((v) => ({ ...(v as Fields), units: [] })) },
    attach: (parsed) => {
      parsed.vintages.forEach((v, i) => {
        v.units = (vintages[i] as { units: Unit[] }).units;
      });
      return parsed;
    },
  };
}
