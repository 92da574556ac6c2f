import { describe, expect, it } from 'vitest';
import { keptOn, markKeptCopy } from '../src/client/offline/kept-copy.ts';

const page = '<!doctype html><html lang="vi"><body><header></header><main id="main" class="container"><h1>Phường Đông Kinh</h1></main></body></html>';

describe('a page served from the service worker\'s caches', () => {
  it('says first in its content that it is a kept copy, of which release, downloaded which day, with the way to the saved pages', () => {
    const html = markKeptCopy(page, 'vi', '2026.2', '2026-12-03');
    expect(html).toContain('<main id="main" class="container"><p class="callout" role="note" data-kept-copy>Bản lưu trong máy, tải về ngày 03/12/2026 (không có mạng hoặc mạng quá chậm).');
    expect(html).toContain('Số liệu của phiên bản dữ liệu 2026.2, có thể đã có số liệu mới hơn.');
    expect(html).toContain('<a href="/ngoai-tuyen/">Xem các trang đã lưu</a></p><h1>');
  });
  it('in English on an English page', () => {
    const html = markKeptCopy(page, 'en', '2026.2', null);
    expect(html).toContain('A copy kept on this device (no network, or too slow). Its figures are from data release 2026.2 and may have been updated since.');
    expect(html).not.toContain('downloaded on');
    expect(html).toContain('<a href="/en/ngoai-tuyen/">See the saved pages</a>');
  });
  it('takes the day in Vietnam time from the Date header', () => {
    expect(keptOn('Wed, 03 Dec 2026 18:30:00 GMT')).toBe('2026-12-04');
    expect(keptOn(null)).toBeNull();
    expect(keptOn('not a date')).toBeNull();
  });
});
