import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, matchPlaces, type Place } from '../src/client/place-match.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { placeGroups, placeList } from '../src/site/places.ts';
import { renderIn } from '../src/i18n/current.ts';

const { dataset } = validate({ dataRoot: path.resolve('data') });
const { places, covers } = placeList(dataset!);
const placeOf = (vintage: string, code: string): number => covers.findIndex((c) => c.includes(`${vintage}/${code}`));
const shown = (p: Place): string => `${p.t} ${p.n}${p.d ? ` (${p.d})` : ''}`;

describe('fold: what a reader may type', () => {
  it.each([
    ['Đình Lập', 'dinh lap'],
    ['Bính Xá', 'binh xa'],
    ['  Hoàng  Văn Thụ ', 'hoang van thu'],
    ['Thuỵ Hùng', 'thuy hung'],
    ['Thụy Hùng', 'thuy hung'],
    // a decomposed "ệ" (e + two combining marks), as some phone keyboards send it
    ['Bắc Sơn'.normalize('NFD'), 'bac son'],
    ['Na Sầm – Văn Lãng', 'na sam van lang'],
  ])('%s → %s', (typed, folded) => {
    expect(fold(typed)).toBe(folded);
  });
});

describe('matching', () => {
  const list: Place[] = [
    { t: 'xã', n: 'Đình Lập', c: 1, u: '/a/' },
    { t: 'xã', n: 'Tân Lập', c: 1, u: '/b/' },
    { t: 'thị trấn', n: 'Đình Lập', d: 'huyện Đình Lập', to: [0] },
    { t: 'xã', n: 'Đình Lập', d: 'huyện Đình Lập', to: [0] },
    { t: 'huyện', n: 'Đình Lập', h: 1, u: '/c/', to: [0, 1] },
    { t: 'xã', n: 'Bính Xá', d: 'huyện Đình Lập', to: [0] },
  ];
  const names = (q: string) => matchPlaces(list, q).map((m) => shown(list[m.i]!));

  it('puts exact names first, today before the old units, communes before districts', () => {
    expect(names('dinh lap')).toEqual(['xã Đình Lập', 'thị trấn Đình Lập (huyện Đình Lập)', 'xã Đình Lập (huyện Đình Lập)', 'huyện Đình Lập']);
  });
  it('finds a name typed without spaces, or only its start', () => {
    expect(names('binhxa')).toEqual(['xã Bính Xá (huyện Đình Lập)']);
    expect(names('binh')).toEqual(['xã Bính Xá (huyện Đình Lập)']);
  });
  it('takes a type typed before the name into account', () => {
    expect(names('thi tran dinh lap')[0]).toBe('thị trấn Đình Lập (huyện Đình Lập)');
    expect(names('huyen dinh lap')[0]).toBe('huyện Đình Lập');
    expect(names('tt dinh lap')[0]).toBe('thị trấn Đình Lập (huyện Đình Lập)');
  });
  it('finds words in any place of the name, after whole-name matches', () => {
    expect(names('lap').slice(0, 2)).toEqual(['xã Đình Lập', 'xã Tân Lập']);
    expect(names('xyz')).toEqual([]);
    expect(names('  ')).toEqual([]);
  });
  it('offers names a letter off (wrong, missing, extra, swapped) only when no name matches as typed, marked near', () => {
    for (const slip of ['dinh lpa', 'dinh lapp', 'dinh la p x', 'dihn lap', 'dinh lop']) {
      expect(names(slip), slip).toEqual(['xã Đình Lập', 'thị trấn Đình Lập (huyện Đình Lập)', 'xã Đình Lập (huyện Đình Lập)', 'huyện Đình Lập']);
    }
    expect(matchPlaces(list, 'dihn lap').every((m) => m.near)).toBe(true);
    expect(names('tt dihn lap')[0]).toBe('thị trấn Đình Lập (huyện Đình Lập)');
    // a real match hides the near ones ("tan lap" is one letter from "dan lap", not offered)
    expect(names('binh xa')).toEqual(['xã Bính Xá (huyện Đình Lập)']);
    expect(matchPlaces(list, 'binh xa')[0]!.near).toBeUndefined();
    // too short to guess, or too far
    expect(names('bnh')).toEqual([]);
    expect(names('din lapx')).toEqual([]);
    expect(names('dong dang')).toEqual([]);
  });
  it('lists the places of a type typed alone, after the names it is part of', () => {
    const typed = [...list, { t: 'phường', n: 'Kỳ Lừa', c: 1 as const, u: '/d/' }, { t: 'xã', n: 'Tri Phương', d: 'huyện Tràng Định', to: [0] }];
    const found = (q: string) => matchPlaces(typed, q).map((m) => shown(typed[m.i]!));
    expect(found('phường')).toEqual(['xã Tri Phương (huyện Tràng Định)', 'phường Kỳ Lừa']);
    expect(found('huyen')).toEqual(['huyện Đình Lập']);
  });
});

describe('the place list of the embedded release', () => {
  const newest = dataset!.vintages.at(-1)!;

  it('finds today\'s commune first when its name is typed a letter off', () => {
    const dongDang = placeOf(newest.id, '06184');
    for (const slip of ['dong dag', 'dong danh', 'ddong dang', 'Đồng Đăg', 'phuong dong dag']) {
      expect(matchPlaces(places, slip)[0]?.i, slip).toBe(dongDang);
    }
  });

  it('lists every commune of today first, each linking to its own page', () => {
    const today = newest.units.filter((u) => u.level === 'commune');
    expect(places.filter((p) => p.c)).toHaveLength(today.length);
    for (const u of today) {
      const p = places[placeOf(newest.id, u.code)]!;
      expect(p.c).toBe(1);
      expect(p.u).toMatch(new RegExp(`^/dia-ban/${newest.id}/${u.code}-`));
    }
  });

  it('covers every commune and district of every earlier vintage, with the communes of today it went into', () => {
    for (const v of dataset!.vintages.slice(0, -1)) {
      for (const u of v.units.filter((x) => x.level !== 'province')) {
        const i = placeOf(v.id, u.code);
        expect(i, `${v.id}/${u.code} ${u.name}`).toBeGreaterThanOrEqual(0);
        const p = places[i]!;
        expect(p.c).toBeUndefined();
        expect(p.to!.length, `${v.id}/${u.code} ${u.name} goes somewhere today`).toBeGreaterThan(0);
        for (const t of p.to!) expect(places[t]!.c).toBe(1);
      }
    }
  });

  it('lists every successor of a split commune (crosswalk links with shares)', () => {
    const cw = dataset!.data.crosswalks.crosswalks.find((c) => c.from === dataset!.vintages[0]!.id && c.to === newest.id)!;
    const split = cw.links.filter((l) => l.share !== undefined && l.share < 1);
    expect(split.length).toBeGreaterThan(0);
    for (const l of split) {
      const p = places[placeOf(cw.from, l.from)]!;
      expect(p.to).toContain(placeOf(newest.id, l.to));
    }
  });

  it('keeps one place for a unit unchanged between two earlier vintages', () => {
    const [first, second] = dataset!.vintages;
    const same = first!.units.find((u) => u.level === 'commune' && second!.units.some((w) => w.code === u.code && w.name === u.name))!;
    expect(placeOf(first!.id, same.code)).toBe(placeOf(second!.id, same.code));
  });

  it('groups the old communes under today’s communes for the list without JavaScript', () => {
    const groups = placeGroups(dataset!);
    expect(groups).toHaveLength(places.filter((p) => p.c).length);
    const dinhLap = groups.find((g) => g.label === 'xã Đình Lập')!;
    expect(dinhLap.former).toEqual(expect.arrayContaining(['xã Bính Xá (huyện Đình Lập)']));
  });
});

/**
 * Issue 13's acceptance test: every commune name of the oldest and the newest vintage, typed
 * without tone marks, finds its place among the first three results; a name shared by several
 * places finds all of them first, each with its district.
 */
describe('every commune name, typed without tone marks, finds its place', () => {
  const vintages = [dataset!.vintages[0]!, dataset!.vintages.at(-1)!];
  const cases = vintages.flatMap((v) => v.units.filter((u) => u.level === 'commune').map((u) => ({ vintage: v.id, code: u.code, name: u.name, typed: fold(u.name) })));

  it('has the lists it should (200 communes before 2024-12, 65 from 2025-07)', () => {
    expect(cases).toHaveLength(265);
  });

  it.each(cases.map((c) => [`${c.typed} (${c.vintage}/${c.code})`, c] as const))('%s', (_, c) => {
    const want = placeOf(c.vintage, c.code);
    const namesakes = places.map((p, i) => ({ p, i })).filter(({ p }) => fold(p.n) === c.typed);
    const results = matchPlaces(places, c.typed).map((m) => m.i);
    const within = Math.max(3, namesakes.length);
    expect(results.slice(0, within)).toContain(want);
    if (namesakes.length > 1) {
      expect(results.slice(0, namesakes.length).sort()).toEqual(namesakes.map(({ i }) => i).sort());
      // told apart by their districts: no two namesakes read the same
      const labels = namesakes.map(({ p }) => shown(p) + (p.c ? ' (nay)' : ''));
      expect(new Set(labels).size).toBe(labels.length);
      for (const { p } of namesakes) if (!p.c && !p.h) expect(p.d).toBeTruthy();
    }
  });
});

describe('the place finder in English', () => {
  const list: Place[] = [
    { t: 'xã', n: 'Đình Lập', c: 1, u: '/a/' },
    { t: 'thị trấn', n: 'Đình Lập', d: 'huyện Đình Lập', to: [0] },
    { t: 'huyện', n: 'Đình Lập', h: 1, u: '/c/', to: [0] },
  ];
  const names = (q: string) => matchPlaces(list, q).map((m) => shown(list[m.i]!));

  it('takes an English type typed after the name into account', () => {
    expect(names('dinh lap district')[0]).toBe('huyện Đình Lập');
    expect(names('Đình Lập township')[0]).toBe('thị trấn Đình Lập (huyện Đình Lập)');
    expect(names('dinh lap commune')[0]).toBe('xã Đình Lập');
  });

  it('lists the old communes in English words on an English page, and the shipped list stays Vietnamese', () => {
    const groups = renderIn('en', () => placeGroups(dataset!));
    const dinhLap = groups.find((g) => g.label === 'Đình Lập commune')!;
    expect(dinhLap.former).toEqual(expect.arrayContaining(['Bính Xá commune (Đình Lập district)']));
    expect(renderIn('en', () => placeList(dataset!)).places.find((p) => p.n === 'Bính Xá')).toMatchObject({ t: 'xã', d: 'huyện Đình Lập' });
    expect(placeGroups(dataset!).find((g) => g.label === 'xã Đình Lập')!.former).toEqual(expect.arrayContaining(['xã Bính Xá (huyện Đình Lập)']));
  });
});
