import { describe, expect, it } from 'vitest';
import type { ContentData, PlaceRef, ProfileView, RecognitionView } from '../src/site/content/data.ts';
import { unitRecognitions } from '../src/site/content/unit-recognitions.ts';
import { siteData } from '../src/site/site-data.ts';

/**
 * A unit page's recognitions (issue: xã Công Sơn said "no recognition" while xã Hải Yến, merged
 * into it on 01/7/2025, holds a provincial certificate of April 2025).
 */
const site = siteData();
const place = (vintage: string, code: string): PlaceRef => {
  const unit = site.dataset.unit(vintage, code)!;
  return { vintage, unit, label: unit.name, shortLabel: unit.name, path: `/${vintage}/${code}/`, key: `${vintage}/${code}` };
};
const recognition = (id: string, p: PlaceRef | undefined) => ({ recognition: { id }, place: p }) as unknown as RecognitionView;
const profile = (slug: string, p: PlaceRef, hasPage = true) => ({ slug, place: p, path: hasPage ? `/dien-hinh/${slug}/` : undefined }) as unknown as ProfileView;
const content = (c: Partial<ContentData>): ContentData => ({ profiles: [], recognitions: [], updates: [], placeOptions: [], ...c });
const ids = (rs: readonly RecognitionView[]) => rs.map((r) => r.recognition.id);

describe('recognitions shown on a unit page', () => {
  const haiYen2024 = place('2024-12', '06220');
  const congSon = place('2025-07', '06220');
  const thuyHungOld = place('2020-01', '06208');
  const quangTrung = place('2020-01', '06088');

  it('shows those of the units a commune of today was formed from, by old unit, and not as its own', () => {
    const view = unitRecognitions(site, content({ recognitions: [recognition('hai-yen', haiYen2024), recognition('elsewhere', quangTrung), recognition('no-place', undefined)] }), '2025-07', '06220');
    expect(ids(view.own)).toEqual([]);
    expect(view.former.map((f) => [f.place.key, ids(f.recognitions)])).toEqual([['2024-12/06220', ['hai-yen']]]);
  });

  it('keeps the unit\'s own recognitions apart from its former units\'', () => {
    const view = unitRecognitions(site, content({ recognitions: [recognition('own', congSon), recognition('hai-yen', haiYen2024)] }), '2025-07', '06220');
    expect(ids(view.own)).toEqual(['own']);
    expect(view.former.flatMap((f) => ids(f.recognitions))).toEqual(['hai-yen']);
  });

  it('reaches back over every reform, and lists the former units\' profiles that have a page', () => {
    const view = unitRecognitions(site, content({ profiles: [profile('bo', thuyHungOld), profile('no-page', thuyHungOld, false)] }), '2025-07', '06184');
    expect(view.former.map((f) => [f.place.key, f.profiles.map((p) => p.slug)])).toEqual([['2020-01/06208', ['bo']]]);
  });

  it('shows those of the districts it or its former units belonged to, apart, as what was recognised near it', () => {
    const caoLoc = place('2020-01', '183');
    const province = place('2025-07', '20');
    const view = unitRecognitions(site, content({ recognitions: [recognition('district', caoLoc), recognition('province', province)], profiles: [profile('district-story', caoLoc)] }), '2025-07', '06184');
    expect(view.former).toEqual([]);
    expect(view.districts.map((f) => [f.place.key, ids(f.recognitions), f.profiles.map((p) => p.slug)])).toEqual([['2020-01/183', ['district'], ['district-story']]]);
    // an old commune's own district
    expect(unitRecognitions(site, content({ recognitions: [recognition('district', caoLoc)] }), '2020-01', '06208').districts.map((f) => f.place.key)).toEqual(['2020-01/183']);
  });

  it('says which former unit lay in a district the unit itself was never in', () => {
    // phường Đông Kinh of today: three communes of the city of Lạng Sơn and Yên Trạch of Cao Lộc
    const caoLoc = place('2020-01', '183');
    const view = unitRecognitions(site, content({ recognitions: [recognition('district', caoLoc)] }), '2025-07', '05977');
    expect(view.districts.map((d) => [d.place.key, d.through.map((u) => `${u.code} ${u.name}`)])).toEqual([['2020-01/183', ['06247 Yên Trạch']]]);
    // an old commune of Cao Lộc is in it itself: nothing to explain
    expect(unitRecognitions(site, content({ recognitions: [recognition('district', caoLoc)] }), '2020-01', '06247').districts[0]!.through).toEqual([]);
  });

  it('tells the same place under earlier boundaries from a merger', () => {
    const province = (v: string) => place(v, '20');
    const view = unitRecognitions(site, content({ recognitions: [recognition('2024', province('2024-12')), recognition('2020', province('2020-01'))] }), '2025-07', '20');
    expect(view.former.map((f) => f.place.key)).toEqual(['2024-12/20', '2020-01/20']);
    expect(view.formerContinues).toBe(true);
    expect(unitRecognitions(site, content({ recognitions: [recognition('hai-yen', haiYen2024)] }), '2025-07', '06220').formerContinues).toBe(false);
  });

  it('shows nothing of units it was not formed from, and no list link without a place filter', () => {
    const view = unitRecognitions(site, content({ recognitions: [recognition('hai-yen', haiYen2024)] }), '2025-07', '06184');
    expect(view.former).toEqual([]);
    expect(view.districts).toEqual([]);
    expect(view.listPath).toBeUndefined();
  });

  it('links the profile list filtered to the unit when there is one', () => {
    const view = unitRecognitions(site, content({ placeOptions: [congSon] }), '2025-07', '06220');
    expect(view.listPath).toBe('/dien-hinh/dia-ban/2025-07/06220-cong-son/');
  });
});
