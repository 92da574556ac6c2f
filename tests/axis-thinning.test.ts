import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hiddenTiers, labelStep, TIER_BOUNDS } from '../src/site/charts/axis-thinning.ts';

// The unit page's chart: five years, rates from 0 % to 30 % every 5, drawn 220 high for 340 wide.
const unitChart = {
  x: ['2021', '2022', '2023', '2024', '2025'],
  y: ['0%', '5%', '10%', '15%', '20%', '25%', '30%'],
  aspect: 220 / 340,
};
const tierNames = [...TIER_BOUNDS.map(String), 'wide'];
const shown = (hidden: string[][], tier: string) => hidden.flatMap((tiers, i) => (tiers.includes(tier) ? [] : [i]));

describe('labelStep', () => {
  it('shows every label when each has its room', () => {
    expect(labelStep(5, 3, 2.5)).toBe(1);
  });
  it('skips as many as the room needs, preferring a step that keeps both ends', () => {
    // 5 labels needing 2.5 gaps each: every 3rd would show 2022 and 2025; every 4th shows 2021 and 2025.
    expect(labelStep(5, 1, 2.5)).toBe(4);
    // 8 labels (7 gaps, prime): no step up to twice the need divides them, so the least that fits.
    expect(labelStep(8, 1, 2)).toBe(2);
  });
  it('keeps the two ends when only they have room, and the anchor alone when not even they do', () => {
    expect(labelStep(7, 1, 5)).toBe(6);
    expect(labelStep(7, 0.5, 5)).toBe(7);
    expect(labelStep(7, 0, 1)).toBe(7);
    expect(labelStep(1, 0, 1)).toBe(1);
  });
});

describe('hiddenTiers', () => {
  const hidden = hiddenTiers(unitChart);
  it('hides nothing on a container wider than 20 em (360 px at the default text size is 20.5)', () => {
    expect(shown(hidden.x, 'wide')).toEqual([0, 1, 2, 3, 4]);
    expect(shown(hidden.y, 'wide')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
  it('thins both axes on a container of 8–10 em (320 px with text at 200 % is 9)', () => {
    expect(shown(hidden.x, '10').length).toBeLessThan(5);
    expect(shown(hidden.y, '10').length).toBeLessThan(7);
  });
  it('always keeps the latest year and the bottom of the value axis', () => {
    for (const tier of tierNames) {
      expect(shown(hidden.x, tier)).toContain(4);
      expect(shown(hidden.y, tier)).toContain(0);
    }
  });
  it('never shows more labels on a narrower container', () => {
    for (let i = 1; i < tierNames.length; i++) {
      expect(shown(hidden.x, tierNames[i - 1]!).length).toBeLessThanOrEqual(shown(hidden.x, tierNames[i]!).length);
      expect(shown(hidden.y, tierNames[i - 1]!).length).toBeLessThanOrEqual(shown(hidden.y, tierNames[i]!).length);
    }
  });
  it('has a container rule in LineChart.astro for every tier it names', () => {
    const css = readFileSync(new URL('../src/components/charts/LineChart.astro', import.meta.url), 'utf8');
    for (const tier of tierNames) expect(css).toContain(`[data-hide~='${tier}']`);
  });
});
