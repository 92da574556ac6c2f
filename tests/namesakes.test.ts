import { describe, expect, it } from 'vitest';
import { namesakes } from '../src/domain/namesakes.ts';

describe('namesakes', () => {
  it('are the items whose name another item of the list shares, every one of them, and no other', () => {
    const units = [
      { code: '06238', name: 'Mẫu Sơn' },
      { code: '06241', name: 'Yên Lỗ' },
      { code: '06532', name: 'Mẫu Sơn' },
      { code: '06466', name: 'Chi Lăng' },
      { code: '06523', name: 'Chi Lăng' },
      { code: '06034', name: 'Chi Lăng' },
    ];
    const same = namesakes(units, (u) => u.name);
    expect([...same].map((u) => u.code)).toEqual(['06238', '06532', '06466', '06523', '06034']);
    // By the name as printed: "thị trấn Chi Lăng" is not "xã Chi Lăng".
    expect([...namesakes([{ t: 'thị trấn', n: 'Chi Lăng' }, { t: 'xã', n: 'Chi Lăng' }], (u) => `${u.t} ${u.n}`)]).toEqual([]);
    expect(namesakes([], String).size).toBe(0);
  });
});
