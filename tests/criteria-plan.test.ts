import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSections, parsePlan, type PlanBlock } from '../src/domain/plan.ts';
import type { Alternative, Criterion, Target } from '../src/domain/schemas/index.ts';
import { realCriteria } from './helpers/build-dataset.ts';

/**
 * The criteria file against the plan's own words (sources/plan/): each quote is the plan's
 * text under the section it cites, and each number, comparison, year count and level in the
 * data is the one its quote says. A threshold typed 5 instead of 6, "≥" where the plan says
 * "trên", or a criterion filed under the wrong level fails here, not in a council meeting.
 */

const plan = parsePlan(readFileSync('sources/plan/ke-hoach-phong-trao-thi-dua-2021-2025.txt', 'utf8'));
const words = (b: PlanBlock) => (b.kind === 'paragraph' ? [b.text] : b.items);
const sectionText = (number: string): string => {
  const section = allSections(plan).find((s) => s.number === number);
  expect(section, `mục ${number}`).toBeDefined();
  return section!.blocks.flatMap(words).join(' ');
};

/** How the plan writes a comparison: "từ 6%/năm trở lên" is ≥ 6, "trên 50%" is > 50. */
const phrase = (op: '>=' | '>', value: number, unit: string): string => (op === '>=' ? `từ ${value}${unit} trở lên` : `trên ${value}${unit}`);

function alternativeWords(a: Alternative): string[] {
  return a.kind === 'consecutive-reduction'
    ? [`giảm tỷ lệ nghèo đa chiều ${phrase(a.op, a.points, '%/năm')}`, `trong ${a.years} năm liên tục`]
    : [`quy mô hộ nghèo và hộ cận nghèo đa chiều giảm ${phrase(a.op, a.percent, '%')} so với đầu kỳ`];
}

/** The level each part of IV.1 is written for ("b) Đối với cấp huyện", "c) Đối với cấp xã", "d) Đối với thôn, bản"). */
const levelOfSection: Record<string, Criterion['appliesTo']['level']> = { 'IV.1.b': 'district', 'IV.1.c': 'commune', 'IV.1.d': 'village' };

describe('every quantitative criterion says what the plan says', () => {
  it.each(realCriteria.criteria.map((c) => [c.id, c] as const))('%s', (_, c) => {
    expect(sectionText(c.section)).toContain(c.quote);
    expect(c.appliesTo.level).toBe(levelOfSection[c.section]);
    const quote = c.quote.toLocaleLowerCase('vi');
    for (const a of c.alternatives) for (const w of alternativeWords(a)) expect(quote, `${c.id}: ${w}`).toContain(w);
    // "hoặc" in the plan, and only there, makes two ways to meet it
    expect(c.alternatives.length > 1).toBe(quote.includes('hoặc'));
  });

  it('writes the plan’s classes in the classification each criterion applies to', () => {
    const byId = new Map(realCriteria.criteria.map((c) => [c.id, c]));
    expect(byId.get('district-poor')!.quote).toMatch(/^Huyện nghèo /);
    expect(byId.get('district-poor')!.appliesTo.classification).toBe('poor-district');
    expect(byId.get('district-other')!.quote).toMatch(/^Các huyện còn lại /);
    expect(byId.get('district-other')!.appliesTo.withoutClassification).toBe('poor-district');
    expect(byId.get('commune-especially-difficult')!.quote).toMatch(/^Xã đặc biệt khó khăn /);
    expect(byId.get('commune-especially-difficult')!.appliesTo.classification).toBe('especially-difficult');
    expect(byId.get('commune-zone')!.quote).toContain('xã khu vực III, xã khu vực II, xã khu vực I');
    expect(byId.get('commune-zone')!.appliesTo.classification).toBe('zone');
  });
});

function targetWords(t: Target): string[] {
  if (t.kind === 'classification-exit') return [`đến ${t.byYear} có ít nhất ${String(t.atLeast).padStart(2, '0')} huyện thoát nghèo`];
  const band = t.bandTo === undefined ? phrase(t.op, t.points, '%/năm') : `ở mức ${t.points} - ${t.bandTo}%/năm`;
  return [t.indicator === 'poor-rate' ? 'giảm tỷ lệ hộ nghèo đa chiều' : 'tỷ lệ hộ nghèo dân tộc thiểu số giảm', band];
}

describe('every province target says what the plan says', () => {
  it.each(realCriteria.targets.map((t) => [t.id, t] as const))('%s', (_, t) => {
    expect(sectionText(t.section)).toContain(t.quote);
    for (const w of targetWords(t)) expect(t.quote, `${t.id}: ${w}`).toContain(w);
    // "2 - 3%/năm" is met from its lower end: the band's start is "≥"
    if (t.kind === 'province-reduction' && t.bandTo !== undefined) expect(t.op).toBe('>=');
  });
});

describe('the period', () => {
  it('is the plan’s own, with the baseline its first year', () => {
    const { from, to } = realCriteria.period;
    expect(plan.title.join(' ')).toContain(`giai đoạn ${from} - ${to}`);
    expect(realCriteria.baselineYear).toBe(from);
    expect(realCriteria.title).toContain(`giai đoạn ${from} - ${to}`);
  });
});
