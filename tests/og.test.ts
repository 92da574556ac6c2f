import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../src/config.ts';

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') throw new Error('no IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

let renderCard: typeof import('../src/site/images/og-card.ts').renderCard;
let titleSize: typeof import('../src/site/images/og-card.ts').titleSize;
let cacheDir: string;
const runCache = process.env['BUILD_CACHE_DIR'];

afterAll(() => {
  process.env['BUILD_CACHE_DIR'] = runCache;
});

beforeAll(async () => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
  process.env['BUILD_CACHE_DIR'] = cacheDir;
  ({ renderCard, titleSize } = await import('../src/site/images/og-card.ts'));
});

const card = {
  eyebrow: 'Địa bàn',
  title: 'Huyện Đình Lập — tỷ lệ hộ nghèo giảm nhanh, Đồng Đăng, Thất Khê, Lộc Bình',
  place: 'huyện Đình Lập · địa giới 01/01/2020 – 30/11/2024',
  figure: { value: '8,38%', label: 'Tỷ lệ hộ nghèo cuối năm 2024' },
  badge: 'Số liệu minh họa',
  host: new URL(SITE_URL).host,
};

/** Cards are drawn on image worker threads, which load satori, resvg and sharp on their first card. */
const DRAWING = 30_000;

describe('share cards', () => {
  it('are 1200×630 PNG', async () => {
    expect(pngSize(await renderCard(card))).toEqual({ width: 1200, height: 630 });
  }, DRAWING);

  it('are the same bytes every time, drawn or read from the cache', async () => {
    const first = await renderCard({ ...card, title: 'Xã Hoa Thám' });
    expect(readdirSync(path.join(cacheDir, 'png')).length).toBeGreaterThan(0);
    process.env['BUILD_CACHE_DIR'] = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    const redrawn = await renderCard({ ...card, title: 'Xã Hoa Thám' });
    const cached = await renderCard({ ...card, title: 'Xã Hoa Thám' });
    expect(redrawn.equals(first)).toBe(true);
    expect(cached.equals(first)).toBe(true);
  }, DRAWING);

  it('draws every Vietnamese letter, in the title (bold) and the place line (regular)', async () => {
    // A letter the font lacks is left out or drawn as the "missing glyph" box: the card then
    // equals the one without the letter, or the one with a character no font has.
    const title = 'Huyện Đình Lập — tỷ lệ hộ nghèo 8,38%';
    const place = 'ệ ậ ỹ Ứ';
    const draw = (change: (s: string) => string) => renderCard({ ...card, title: change(title), place: change(place), badge: undefined, figure: undefined });
    const whole = await draw((s) => s);
    for (const letter of ['ệ', 'Đ', 'ậ', 'ỹ', 'Ứ', 'ỷ', 'è']) {
      expect(whole.equals(await draw((s) => s.replaceAll(letter, ''))), letter).toBe(false);
      expect(whole.equals(await draw((s) => s.replaceAll(letter, '\uE000'))), letter).toBe(false);
    }
  }, DRAWING);

  it('cut a title and a summary at three lines: words after the third do not reach the picture', async () => {
    const long = 'Mô hình nuôi trâu sinh sản giúp hộ nghèo thoát nghèo bền vững ở các thôn vùng cao biên giới của huyện Cao Lộc, Lộc Bình, Đình Lập và những xã khó khăn nhất tỉnh';
    // Twice the sentence: too long for three lines even at the smallest title size.
    const draw = (more: string) => renderCard({ ...card, title: long + long + more, text: long + long + more, figure: undefined });
    const clamped = await draw(' giai đoạn 2021–2025');
    expect(clamped.equals(await draw(' giai đoạn 2021–2025 theo kế hoạch của Ủy ban nhân dân tỉnh'))).toBe(true);
    expect(clamped.equals(await draw(''))).toBe(true);
  }, DRAWING);

  it('keep a title whole where the size its length asks for would cut it: the year of a map view beside its drawing', async () => {
    const mapTitle = (year: number) => `Kết quả đánh giá theo tiêu chí của Phong trào năm ${year}`;
    const art = { svg: '<rect width="10" height="10" fill="#8c1d18"/>', width: 10, height: 10 };
    const view = (year: number) => renderCard({ eyebrow: 'Bản đồ', title: mapTitle(year), place: 'Xã, phường, thị trấn', host: card.host, art });
    // 55 letters ask for 54 px; beside the drawing that is four lines, and the year went to the ellipsis.
    expect(await titleSize(mapTitle(2022), true)).toBeLessThan(54);
    expect(await titleSize(mapTitle(2022), false)).toBe(54);
    expect((await view(2022)).equals(await view(2023))).toBe(false);
  }, DRAWING);

  it('size a short title large and an overlong one at the smallest size, where it is cut', async () => {
    expect(await titleSize('Xã Hoa Thám', true)).toBe(64);
    const overlong = 'Mô hình nuôi trâu sinh sản giúp hộ nghèo thoát nghèo bền vững ở các thôn vùng cao biên giới '.repeat(3);
    expect(await titleSize(overlong, false)).toBe(34);
  }, DRAWING);
});
