import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from '../src/domain/slug.ts';
import { unitPath } from '../src/site/urls.ts';

describe('slugify', () => {
  it('folds tone marks and đ', () => {
    expect(slugify('Đình Lập')).toBe('dinh-lap');
    expect(slugify('Hoa Thám')).toBe('hoa-tham');
    expect(slugify('Thuỵ Hùng')).toBe('thuy-hung');
    expect(slugify('Quý Hoà')).toBe(slugify('Quý Hòa'));
    expect(foldVietnamese('Lạng Sơn đẹp')).toBe('Lang Son dep');
  });
  it('drops punctuation and collapses separators', () => {
    expect(slugify('  Nông trường  Thái Bình (cũ) ')).toBe('nong-truong-thai-binh-cu');
  });
  it('builds unit permalinks from vintage, code and name', () => {
    expect(unitPath('2020-01', { code: '189', name: 'Đình Lập' })).toBe('/dia-ban/2020-01/189-dinh-lap/');
  });
});
