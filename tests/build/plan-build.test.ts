import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { allSections, parsePlan } from '../../src/domain/plan.ts';
import { attr, elements, isElement, text, type Element } from './lib/html.ts';
import { builtSite } from './lib/sites.ts';

/** /ke-hoach/ as built from the embedded release: the whole plan, anchored, each part linked to its results. */
const plan = parsePlan(readFileSync('sources/plan/ke-hoach-phong-trao-thi-dua-2021-2025.txt', 'utf8'));
let out: string;
let page: Element[];
const read = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
const ids = (html: string) => new Set(elements(parse(html)).flatMap((e) => attr(e, 'id') ?? []));
const byId = (id: string) => page.find((e) => attr(e, 'id') === id)!;
const linksIn = (e: Element) => elements(e).flatMap((a) => (a.tagName === 'a' ? [attr(a, 'href')!] : []));
/** Links of a section's own results box, not of the sections inside it. */
const resultLinks = (anchor: string) => byId(anchor).childNodes.filter(isElement).filter((c) => c.tagName === 'aside').flatMap(linksIn);

beforeAll(async () => {
  out = (await builtSite('embedded')).out;
  page = elements(parse(read('ke-hoach')));
});

describe('/ke-hoach/', () => {
  it('carries every section of the plan under its stable anchor, with a table of contents', () => {
    const anchors = ids(read('ke-hoach'));
    for (const s of allSections(plan)) expect(anchors.has(s.anchor), s.anchor).toBe(true);
    const toc = linksIn(page.find((e) => e.tagName === 'nav' && attr(e, 'class') === 'plan-toc')!);
    for (const s of plan.sections) {
      expect(toc, s.anchor).toContain(`#${s.anchor}`);
      for (const c of s.children) expect(toc, c.anchor).toContain(`#${c.anchor}`);
    }
  });

  it('shows the whole text of the plan', () => {
    const body = text(page.find((e) => attr(e, 'class') === 'plan-document')!).replace(/\s+/g, ' ');
    const strip = (line: string) => line.replace(/\*\*/g, '').replace(/^- /, '').replace(/^([IVX]+\.|\d{1,2}\.|[a-zđ]\)) /, '').trim();
    for (const line of readFileSync('sources/plan/ke-hoach-phong-trao-thi-dua-2021-2025.txt', 'utf8').split('\n').map(strip).filter(Boolean)) {
      expect(body, line).toContain(line);
    }
  });

  it('links each target of II.1 to its yearly results on /tien-do/, and each exists there', () => {
    const links = resultLinks('ii-1');
    const progress = ids(read('tien-do'));
    for (const target of ['province-rate-reduction', 'province-ethnic-minority-reduction', 'poor-district-exit']) {
      expect(links).toContain(`/tien-do/#target-${target}`);
      expect(progress.has(`target-${target}`), target).toBe(true);
    }
    expect(text(byId('ii-1'))).toContain('Chưa có quyết định công nhận thoát nghèo (kiểm tra đến 01/12/2026)');
  });

  it('links each quantitative criterion (IV.1.b–d) to its evaluations on /tieu-chi/', () => {
    const criteria = ids(read('tieu-chi'));
    const expected: [string, string[]][] = [
      ['iv-1-b', ['district-poor', 'district-other']],
      ['iv-1-c', ['commune-especially-difficult', 'commune-zone']],
      ['iv-1-d', ['village']],
    ];
    for (const [anchor, list] of expected) {
      for (const id of list) {
        expect(resultLinks(anchor), `${anchor} ${id}`).toContain(`/tieu-chi/#tc-${id}`);
        expect(criteria.has(`tc-${id}`), id).toBe(true);
      }
    }
  });

  it('shows the qualitative criteria (IV.1.a, đ, e, g) as assessed from dossiers, with the recognitions that cite them', () => {
    const criteria = ids(read('tieu-chi'));
    const expected: [string, string[]][] = [
      ['iv-1-a', ['agency', 'social-policy-bank']],
      ['iv-1-dd', ['household']],
      ['iv-1-e', ['poverty-official']],
      ['iv-1-g', ['enterprise', 'credit-institution']],
    ];
    for (const [anchor, list] of expected) {
      expect(text(byId(anchor)), anchor).toContain('Đánh giá theo hồ sơ');
      for (const id of list) {
        expect(resultLinks(anchor), `${anchor} ${id}`).toContain(`/tieu-chi/#tc-${id}`);
        expect(criteria.has(`tc-${id}`), id).toBe(true);
      }
    }
    // The illustrative household award cites IV.1.đ, on /ke-hoach/ and on /tieu-chi/.
    expect(text(byId('iv-1-dd'))).toMatch(/Hộ gia đình ông Nông Văn A \(tên giả định\)[^]*\(minh họa\)/);
    const household = elements(parse(read('tieu-chi'))).find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'tc-household')!;
    expect(text(household)).toContain('Hộ gia đình ông Nông Văn A (tên giả định)');
  });

  it('links each form of award (IV.2.a) to the recognitions made under it', () => {
    const links = linksIn(byId('iv-2-a'));
    const awards = ids(read('khen-thuong'));
    for (const slug of ['huan-chuong-lao-dong', 'bang-khen-thu-tuong', 'bang-khen-chu-tich-tinh', 'giay-khen']) {
      expect(links).toContain(`/khen-thuong/#${slug}`);
      expect(awards.has(slug), slug).toBe(true);
    }
  });

  it('shows each milestone of V with what happened, or "Chưa có thông tin"', () => {
    const milestone = (id: string) => text(byId(`moc-${id}`));
    expect(milestone('tong-ket-2025')).toContain('Tháng 4/2025: xã Hải Yến được tặng Bằng khen');
    expect(linksIn(byId('moc-tong-ket-2025'))).toContain('/tin-tuc/bang-khen-xa-hai-yen-thang-4-2025/');
    expect(linksIn(byId('moc-tong-ket-ctmtqg-2025'))).toContain('/tin-tuc/tong-ket-chuong-trinh-giam-ngheo-tai-lang-son-2025/');
    for (const id of ['ke-hoach-trien-khai-2022', 'so-ket-2023']) expect(milestone(id), id).toContain('Chưa có thông tin');
  });

  it('tells who does what in VI, and where the result can be seen', () => {
    const table = page.find((e) => e.tagName === 'table' && attr(e, 'class') === 'plan-responsibilities')!;
    const rows = elements(table).filter((e) => e.tagName === 'tr').slice(1);
    expect(rows.map((r) => text(r.childNodes.filter(isElement)[0]!).trim())).toEqual(['VI.1', 'VI.2', 'VI.3', 'VI.4', 'VI.5', 'VI.6']);
    expect(linksIn(rows[5]!)).toEqual(['#vi-6', '/tien-do/', '/tieu-chi/', '/khen-thuong/']);
    expect(text(rows[4]!)).toContain('Chưa có trên trang');
  });

  it('is in the main navigation and in the search index', () => {
    for (const p of ['', 'tien-do']) expect(read(p)).toMatch(/<a href="\/ke-hoach\/"[^>]*>\s*Kế hoạch\s*<\/a>/);
    expect(read('ke-hoach')).toContain('data-pagefind-body');
    expect(read('ke-hoach')).toMatch(/aria-current="page"[^>]*>\s*Kế hoạch/);
  });
});
