import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSections, parsePlan, sectionAnchor, type Plan, type PlanBlock } from '../src/domain/plan.ts';

const source = readFileSync('sources/plan/ke-hoach-phong-trao-thi-dua-2021-2025.txt', 'utf8');
const plan = parsePlan(source);
const byNumber = (n: string) => allSections(plan).find((s) => s.number === n)!;
const words = (b: PlanBlock) => (b.kind === 'paragraph' ? [b.text] : b.items);

/** Every word of the model, in order. */
function modelText(p: Plan): string {
  const out: string[] = [...p.title, ...p.preamble.flatMap(words)];
  for (const s of allSections(p)) out.push(s.heading ?? '', ...s.blocks.flatMap(words));
  out.push(...p.closing.flatMap(words));
  return out.join(' ').replace(/\s+/g, ' ');
}

describe('the plan as parsed from sources/plan/', () => {
  it('has the six parts I–VI with their titles', () => {
    expect(plan.sections.map((s) => [s.anchor, s.heading])).toEqual([
      ['i', 'MỤC ĐÍCH, YÊU CẦU'],
      ['ii', 'NỘI DUNG THI ĐUA'],
      ['iii', 'GIẢI PHÁP THỰC HIỆN PHONG TRÀO THI ĐUA'],
      ['iv', 'TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG'],
      ['v', 'TIẾN ĐỘ THỰC HIỆN'],
      ['vi', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(plan.title).toEqual(['KẾ HOẠCH', expect.stringContaining('giai đoạn 2021 - 2025')]);
    expect(plan.preamble.map((b) => (b.kind === 'paragraph' ? b.text.slice(0, 20) : ''))).toEqual(['Căn cứ Quyết định số', 'Căn cứ Nghị quyết số', 'Nhằm tiếp tục phát h']);
  });

  it('numbers every item and sub-item with a stable anchor', () => {
    expect(byNumber('II').children.map((s) => s.anchor)).toEqual(['ii-1', 'ii-2', 'ii-3', 'ii-4', 'ii-5', 'ii-6', 'ii-7', 'ii-8']);
    expect(byNumber('IV.1').children.map((s) => [s.anchor, s.number])).toEqual([
      ['iv-1-a', 'IV.1.a'],
      ['iv-1-b', 'IV.1.b'],
      ['iv-1-c', 'IV.1.c'],
      ['iv-1-d', 'IV.1.d'],
      ['iv-1-dd', 'IV.1.đ'],
      ['iv-1-e', 'IV.1.e'],
      ['iv-1-g', 'IV.1.g'],
    ]);
    expect(byNumber('V').children.map((s) => s.anchor)).toEqual(['v-1', 'v-2', 'v-3']);
    expect(byNumber('VI').children.map((s) => s.anchor)).toEqual(['vi-1', 'vi-2', 'vi-3', 'vi-4', 'vi-5', 'vi-6']);
    const anchors = allSections(plan).map((s) => s.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toHaveLength(6 + 2 + 4 + 3 + 8 + 4 + 2 + 7 + 2 + 3 + 6);
  });

  it('tells titles from items that are paragraphs', () => {
    expect(byNumber('I.1')).toMatchObject({ heading: 'Mục đích', blocks: [] });
    expect(byNumber('IV.1.b')).toMatchObject({ heading: 'Đối với cấp huyện' });
    expect(byNumber('IV.1.b').blocks).toEqual([{ kind: 'list', items: [expect.stringMatching(/^Huyện nghèo giảm/), expect.stringMatching(/^Các huyện còn lại/)] }]);
    expect(byNumber('II.1')).toMatchObject({ heading: undefined, blocks: [{ kind: 'paragraph', text: expect.stringMatching(/^Thực hiện duy trì .* ít nhất 01 huyện thoát nghèo\.$/) }] });
    expect(byNumber('IV.2.a').blocks).toEqual([
      { kind: 'list', items: ['Huân chương Lao động;', 'Bằng khen của Thủ tướng Chính phủ;', 'Bằng khen của Chủ tịch UBND tỉnh;', expect.stringMatching(/^Giấy khen của Thủ trưởng/)] },
    ]);
    expect(byNumber('IV.2.b').blocks).toEqual([{ kind: 'paragraph', strong: false, text: expect.stringMatching(/^Căn cứ thành tích/) }]);
  });

  it('joins the paragraph the page break cut (II.4: "giảm" / "nghèo bền vững")', () => {
    const text = (byNumber('II.4').blocks[0] as { text: string }).text;
    expect(text).toContain('dự án hiệu quả về giảm nghèo bền vững. Gắn Phong trào thi đua');
    expect(byNumber('II.4').blocks).toHaveLength(1);
  });

  it('keeps the closing paragraph, the recipients and the signature apart from VI.6', () => {
    expect(byNumber('VI.6').blocks).toHaveLength(1);
    expect(plan.closing[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^UBND tỉnh yêu cầu các cấp/) });
    expect(plan.closing[1]).toEqual({ kind: 'paragraph', text: 'Nơi nhận:', strong: false });
    expect(plan.closing[2]).toMatchObject({ kind: 'list', items: expect.arrayContaining(['C, PCVP UBND tỉnh, các phòng CM, ĐV trực thuộc;']) });
    expect(plan.closing.slice(3)).toEqual([
      { kind: 'paragraph', text: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', strong: true },
      { kind: 'paragraph', text: 'Hồ Tiến Thiệu', strong: false },
    ]);
  });

  it('loses no word of the document', () => {
    const model = modelText(plan);
    const strip = (line: string) => line.replace(/\*\*/g, '').replace(/^- /, '').replace(/^([IVX]+\.|\d{1,2}\.|[a-zđ]\)) /, '').trim();
    for (const line of source.split('\n').map(strip).filter((l) => l !== '')) expect(model, line).toContain(line);
  });
});

describe('parsePlan on small documents', () => {
  const LONG = 'Một câu dài hơn một dòng tiêu đề, kể về việc các cấp, các ngành cùng tổ chức thực hiện Phong trào thi đua trên địa bàn tỉnh, rồi';
  /** [case, text, what the sections and closing look like] */
  const cases: [string, string, (p: Plan) => void][] = [
    ['a page break inside a paragraph is joined', `I. PHẦN\n\n1. ${LONG} bị ngắt ở\n\ngiữa trang.`, (p) => expect(p.sections[0]!.children[0]!.blocks).toEqual([{ kind: 'paragraph', text: `${LONG} bị ngắt ở giữa trang.`, strong: false }])],
    ['a short line without a full stop is a title, not a broken paragraph', 'I. PHẦN\n\n1. Mục đích\n\ngiữa trang.', (p) => expect(p.sections[0]!.children[0]).toMatchObject({ heading: 'Mục đích', blocks: [{ kind: 'paragraph', text: 'giữa trang.' }] })],
    ['a title is not joined to the sub-item under it', 'I. PHẦN\n\n1. Mục đích\n\na) phát huy.', (p) => expect(p.sections[0]!.children[0]!.children.map((s) => s.anchor)).toEqual(['i-1-a'])],
    ['a bullet continued on the next line', 'I. PHẦN\n\n1. Tiêu đề\n\n- một,\nhai;\n- ba.', (p) => expect(p.sections[0]!.children[0]!.blocks).toEqual([{ kind: 'list', items: ['một, hai;', 'ba.'] }])],
    ['text after a paragraph item closes the document', 'I. PHẦN\n\n1. Việc một.\n\nKết luận.', (p) => expect([p.sections[0]!.children[0]!.blocks.length, p.closing]).toEqual([1, [{ kind: 'paragraph', text: 'Kết luận.', strong: false }]])],
    ['đ gets its own anchor', 'IV. PHẦN\n\n1. Tiêu chí\n\nd) Thôn\n\nđ) Hộ gia đình', (p) => expect(p.sections[0]!.children[0]!.children.map((s) => s.anchor)).toEqual(['iv-1-d', 'iv-1-dd'])],
  ];
  it.each(cases)('%s', (_, text, check) => check(parsePlan(text)));

  it('refuses an item outside a part', () => {
    expect(() => parsePlan('1. Mục lạc')).toThrow(/ngoài một phần/);
  });

  it('turns the plan\'s way of citing a section into its anchor', () => {
    expect(['II.1', 'IV.1.b', 'IV.1.đ', 'VI'].map(sectionAnchor)).toEqual(['ii-1', 'iv-1-b', 'iv-1-dd', 'vi']);
  });
});
