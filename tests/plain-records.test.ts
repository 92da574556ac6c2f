import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { observation, observationsFile, unit, unitsFile } from '../src/domain/schemas/index.ts';
import { isPlainObservation, isPlainUnit, observationsShell, unitsShell } from '../src/domain/validation/plain-records.ts';
import { miniFiles } from './fixtures/mini.ts';

/**
 * The fast path may only say "plain" for a record zod accepts and gives back unchanged
 * (same keys, same order): otherwise the validator would pass a record zod refuses, or
 * build pages from a record in another shape than before.
 */
function agrees(schema: z.ZodType, plain: (v: unknown) => boolean, value: unknown): void {
  if (!plain(value)) return;
  const parsed = schema.safeParse(value);
  expect(parsed.success, JSON.stringify(value)).toBe(true);
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(value));
}

const goodObservation = { vintage: '2020-01', unit: '10001', year: 2021, households: 1000, poor: 400, nearPoor: 100, ethnicMinority: { households: 950, poor: 380 }, source: 's-minh-hoa' };
const goodUnit = { code: '10001', level: 'commune', parent: '101', name: 'Hoàng Đồng', type: 'xã', classifications: [{ kind: 'zone', value: 'III', from: 2021, to: null, source: 's-phan-loai', checked: '2025-06-30' }] };

/** [what, the change]: each breaks the schema, or the key order, or both. */
const observationChanges: [string, (o: any) => void][] = [
  ['vintage not YYYY-MM', (o) => { o.vintage = '2020-1'; }],
  ['vintage a number', (o) => { o.vintage = 202001; }],
  ['empty unit', (o) => { o.unit = ''; }],
  ['year below 2000', (o) => { o.year = 1999; }],
  ['year above 2100', (o) => { o.year = 2101; }],
  ['year a string', (o) => { o.year = '2021'; }],
  ['negative count', (o) => { o.poor = -1; }],
  ['fractional count', (o) => { o.households = 1000.5; }],
  ['count beyond a safe integer', (o) => { o.nearPoor = 2 ** 53; }],
  ['count as text', (o) => { o.poor = '400'; }],
  ['count null', (o) => { o.poor = null; }],
  ['a count missing', (o) => { delete o.nearPoor; }],
  ['source missing', (o) => { delete o.source; }],
  ['source with capitals', (o) => { o.source = 'S-Minh-Hoa'; }],
  ['an extra key', (o) => { o.note = 'x'; }],
  ['an extra key named __proto__', (o) => { Object.defineProperty(o, '__proto__', { value: {}, enumerable: true }); }],
  ['keys in another order', (o) => { const { vintage, ...rest } = o; for (const k of Object.keys(o)) delete o[k]; Object.assign(o, rest, { vintage }); }],
  ['ethnic minority null', (o) => { o.ethnicMinority = null; }],
  ['ethnic minority an array', (o) => { o.ethnicMinority = [950, 380]; }],
  ['ethnic minority with an extra key', (o) => { o.ethnicMinority.nearPoor = 1; }],
  ['ethnic minority negative', (o) => { o.ethnicMinority.poor = -1; }],
  ['ethnic minority keys in another order', (o) => { o.ethnicMinority = { poor: 380, households: 950 }; }],
  ['without ethnic minority (valid)', (o) => { delete o.ethnicMinority; }],
];

const unitChanges: [string, (u: any) => void][] = [
  ['empty code', (u) => { u.code = ''; }],
  ['unknown level', (u) => { u.level = 'hamlet'; }],
  ['unknown type', (u) => { u.type = 'quận'; }],
  ['empty parent', (u) => { u.parent = ''; }],
  ['parent null', (u) => { u.parent = null; }],
  ['empty name', (u) => { u.name = ''; }],
  ['an extra key', (u) => { u.population = 1; }],
  ['keys in another order', (u) => { const { code, ...rest } = u; for (const k of Object.keys(u)) delete u[k]; Object.assign(u, rest, { code }); }],
  ['classifications not an array', (u) => { u.classifications = {}; }],
  ['unknown kind', (u) => { u.classifications[0].kind = 'remote'; }],
  ['zone without value', (u) => { delete u.classifications[0].value; }],
  ['zone value IV', (u) => { u.classifications[0].value = 'IV'; }],
  ['value on another kind', (u) => { u.classifications[0].kind = 'especially-difficult'; }],
  ['year before 1900', (u) => { u.classifications[0].from = 1899; }],
  ['to a string', (u) => { u.classifications[0].to = '2025'; }],
  ['to missing', (u) => { delete u.classifications[0].to; }],
  ['checked on 29 February of a common year', (u) => { u.classifications[0].checked = '2025-02-29'; }],
  ['checked not a date', (u) => { u.classifications[0].checked = '30/06/2025'; }],
  ['source with a space', (u) => { u.classifications[0].source = 's phan loai'; }],
  ['poor district (valid)', (u) => { u.level = 'district'; u.type = 'huyện'; u.classifications = [{ kind: 'poor-district', from: 2021, to: 2024, source: 's-x' }]; }],
  ['without classifications (valid)', (u) => { delete u.classifications; }],
  ['without parent (valid)', (u) => { delete u.parent; }],
];

describe('the fast path of the schema pass', () => {
  it('takes the usual records', () => {
    expect(isPlainObservation(goodObservation)).toBe(true);
    expect(isPlainUnit(goodUnit)).toBe(true);
    agrees(observation, isPlainObservation, goodObservation);
    agrees(unit, isPlainUnit, goodUnit);
  });

  it.each(observationChanges)('observation: %s', (what, change) => {
    const o = structuredClone(goodObservation);
    change(o);
    agrees(observation, isPlainObservation, o);
    expect(isPlainObservation(o)).toBe(what.endsWith('(valid)'));
  });

  it.each(unitChanges)('unit: %s', (what, change) => {
    const u = structuredClone(goodUnit);
    change(u);
    agrees(unit, isPlainUnit, u);
    expect(isPlainUnit(u)).toBe(what.endsWith('(valid)'));
  });

  it('gives the files of the mini release back as zod does, records and all', () => {
    const files = miniFiles();
    for (const [schema, shellOf, value] of [
      [observationsFile, observationsShell, files.observations],
      [unitsFile, unitsShell, files.units],
    ] as const) {
      const fast = shellOf(structuredClone(value) as never)!;
      expect(fast).toBeDefined();
      const viaShell = fast.attach(schema.parse(fast.shell) as never);
      expect(JSON.stringify(viaShell)).toBe(JSON.stringify(schema.parse(value)));
    }
  });

  it('leaves a file with one odd record to zod', () => {
    const files = miniFiles();
    files.observations.observations[3].poor = -1;
    files.units.vintages[1].units[1].extra = true;
    expect(observationsShell(files.observations)).toBeUndefined();
    expect(unitsShell(files.units)).toBeUndefined();
  });
});
