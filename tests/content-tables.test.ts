import { describe, expect, it } from 'vitest';
import { wrapTables } from '../src/domain/content/tables.ts';

const table = (head: string) => `<table><thead><tr><th>${head}</th><th>Hiệu lực</th></tr></thead><tbody><tr><td>Trước 01/12/2024</td><td>01/01/2020 – 30/11/2024</td></tr></tbody></table>`;

describe('tables written in Markdown become the site’s tables', () => {
  it('wraps the table in a scrolling region named by the heading it stands under', () => {
    const html = wrapTables(`<h2 id="thời-kỳ-địa-giới">Thời kỳ địa giới</h2><p>Trang giữ…</p>${table('Thời kỳ')}`);
    expect(html).toContain('<div class="table-wrap" tabindex="0" role="region" aria-labelledby="thời-kỳ-địa-giới"><table class="stack">');
  });

  it('stacks it on a phone: the first cell of a row is its header, the others carry their column’s label', () => {
    const html = wrapTables(`<h2 id="x">X</h2>${table('Thời kỳ')}`);
    expect(html).toContain('<thead><tr><th>Thời kỳ</th><th>Hiệu lực</th></tr></thead>');
    expect(html).toContain('<tr><th scope="row">Trước 01/12/2024</th><td data-label="Hiệu lực">01/01/2020 – 30/11/2024</td></tr>');
  });

  it('takes the nearest heading before each table', () => {
    const html = wrapTables(`<h2 id="mot">Một</h2>${table('A')}<h3 id="hai">Hai</h3>${table('B')}`);
    expect(html.match(/aria-labelledby="([^"]+)"/g)).toEqual(['aria-labelledby="mot"', 'aria-labelledby="hai"']);
  });

  it('names it by its header row when no heading comes before it, in the text’s own language', () => {
    expect(wrapTables(`<p>Ví dụ:</p>${table('Năm 2021')}`)).toContain('<div class="table-wrap" tabindex="0" role="region" aria-label="Năm 2021, Hiệu lực"><table class="stack">');
    expect(wrapTables(`<blockquote>${table('Period')}</blockquote>`)).toContain('<blockquote><div class="table-wrap" tabindex="0" role="region" aria-label="Period, Hiệu lực"><table class="stack">');
  });

  it('leaves HTML without a table exactly as it was', () => {
    const html = '<h2 id="x">X</h2>\n<p>Không có bảng &amp; không đổi.</p>\n';
    expect(wrapTables(html)).toBe(html);
  });
});
