import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { crosswalkLink, observation, unit } from '../src/domain/schemas/index.ts';

/**
 * Records are parsed by zod's compiled parser (z.compile in src/domain/schemas): it must
 * accept, give back and refuse exactly what the runtime parser does, since the
 * validator's schema problems (rule, path, message, value) come from it.
 */
function sameAsRuntime(compiled: z.ZodType, runtime: z.ZodType, value: unknown): void {
  const params = { reportInput: true, error: z.locales.vi().localeError };
  const a = compiled.safeParse(structuredClone(value), params);
  const b = runtime.safeParse(structuredClone(value), params);
  expect(a.success).toBe(b.success);
  expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
  expect(JSON.stringify(a.error?.issues)).toBe(JSON.stringify(b.error?.issues));
}

const goodUnit = { code: '10001', level: 'commune', parent: '101', name: 'Hoàng Đồng', type: 'xã', classifications: [{ kind: 'zone', value: 'III', from: 2021, to: null, source: 's-phan-loai', checked: '2025-06-30' }] };
const goodObservation = { vintage: '2020-01', unit: '10001', year: 2021, households: 1000, poor: 400, nearPoor: 100, ethnicMinority: { households: 950, poor: 380 }, source: 's-minh-hoa' };

/** [what, the change]: most break the schema; "(valid)" ones do not. */
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

const linkChanges: [string, (l: any) => void][] = [
  ['without share (valid)', (l) => { delete l.share; }],
  ['share as text', (l) => { l.share = '0,5'; }],
  ['empty to', (l) => { l.to = ''; }],
  ['an extra key', (l) => { l.note = 'x'; }],
  ['keys in another order (valid)', (l) => { const { from, ...rest } = l; for (const k of Object.keys(l)) delete l[k]; Object.assign(l, rest, { from }); }],
];

describe('compiled record schemas agree with the runtime parser', () => {
  const runtimeObservation = z.strictObject(observation.shape);
  const runtimeUnit = z.strictObject(unit.shape);
  const runtimeLink = z.strictObject(crosswalkLink.shape);

  it('on valid records', () => {
    expect(observation.safeParse(goodObservation).success).toBe(true);
    expect(unit.safeParse(goodUnit).success).toBe(true);
    sameAsRuntime(observation, runtimeObservation, goodObservation);
    sameAsRuntime(unit, runtimeUnit, goodUnit);
  });

  it.each(observationChanges)('observation: %s', (_, change) => {
    const o = structuredClone(goodObservation);
    change(o);
    sameAsRuntime(observation, runtimeObservation, o);
  });

  it.each(unitChanges)('unit: %s', (_, change) => {
    const u = structuredClone(goodUnit);
    change(u);
    sameAsRuntime(unit, runtimeUnit, u);
  });

  it.each(linkChanges)('crosswalk link: %s', (_, change) => {
    const l = { from: '10003', to: '20002', share: 0.5 };
    change(l);
    sameAsRuntime(crosswalkLink, runtimeLink, l);
  });
});
