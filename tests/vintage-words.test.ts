import { describe, expect, it } from 'vitest';
import { periodHeading, periodWords, plainVintageCodes, unitTitleSuffix } from '../src/i18n/vintage.vi.ts';

const v2020 = { id: '2020-01', validFrom: '2020-01-01', validTo: '2024-11-30' };
const v2024 = { id: '2024-12', validFrom: '2024-12-01', validTo: '2025-06-30' };
const v2025 = { id: '2025-07', validFrom: '2025-07-01', validTo: null };
const all = [v2020, v2024, v2025];

describe('boundary periods in words', () => {
  it('names a period by the day it began or the day the next one began', () => {
    expect(periodWords(v2025)).toBe('từ 01/7/2025');
    expect(periodWords(v2024)).toBe('trước 01/7/2025');
    expect(periodWords(v2020)).toBe('trước 01/12/2024');
    expect(periodHeading(v2025)).toBe('Các xã, phường từ 01/7/2025');
    expect(periodHeading(v2024)).toBe('Huyện và xã trước 01/7/2025');
  });

  it('titles old units “trước sáp nhập”, today’s by name alone', () => {
    expect(unitTitleSuffix(v2025)).toBe('');
    expect(unitTitleSuffix(v2020)).toBe(' (trước sáp nhập, đến 30/11/2024)');
    expect(unitTitleSuffix(v2024)).toBe(' (trước sáp nhập, đến 30/6/2025)');
  });

  it.each([
    ['Tổng năm 2024 (thời kỳ địa giới 2020-01) và năm 2025 (thời kỳ 2025-07).', 'Tổng năm 2024 (địa giới trước 01/12/2024) và năm 2025 (địa giới từ 01/7/2025).'],
    ['bảng chuyển đổi ghép 2020-01 → 2025-07', 'bảng chuyển đổi ghép địa giới trước 01/12/2024 → địa giới từ 01/7/2025'],
    ['Các xã của thời kỳ 2024-12 giữ phân loại', 'Các xã của địa giới trước 01/7/2025 giữ phân loại'],
    // dates, years, and codes the release has no vintage for stay as they are
    ['ngày 2025-07-01, năm 2021–2024, mã 1999-01', 'ngày 2025-07-01, năm 2021–2024, mã 1999-01'],
  ])('words a source note: %s', (text, words) => {
    expect(plainVintageCodes(text, all)).toBe(words);
  });
});
