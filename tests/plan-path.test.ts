import { describe, expect, it } from 'vitest';
import { Dataset } from '../src/domain/dataset.ts';
import { planRatePath, provinceSeries } from '../src/domain/progress.ts';
import { embeddedRelease, realCriteria as criteria } from './helpers/build-dataset.ts';
import { afterPlan as afterPlanSentence } from '../src/i18n/results.vi.ts';
import { homeView } from '../src/site/home-view.ts';
import { afterPlan } from '../src/site/plan-period.ts';
import { provinceRateChart, provinceScaleChart } from '../src/site/progress-view.ts';
import type { SiteData } from '../src/site/site-data.ts';

/**
 * The plan's path ("giảm tỷ lệ hộ nghèo đa chiều 2 - 3%/năm", section II.1) is the plan's for
 * 2021–2025 only. A review of 2026 is published now (December 2026): the province chart shows
 * it, but must not draw the plan's path on into a year the plan says nothing about.
 */

/** The embedded release with the province's 2026 review added (its 2025 figures, 400 poor households fewer). */
const withReviewOf2026 = (): Dataset =>
  embeddedRelease((observations) => {
    const province2025 = observations.observations.find((o) => o.unit === '20' && o.year === 2025)!;
    observations.observations.push({ ...province2025, year: 2026, poor: province2025.poor - 400 });
  });

describe('the plan path of the province poverty rate', () => {
  it('runs from the baseline to the end of the plan period, 2 and 3 points a year below the baseline rate', () => {
    expect(criteria.period.to).toBe(2025);
    const path = planRatePath(criteria, { year: 2021, rate: 1220 }, [2021, 2022, 2023, 2024, 2025, 2026, 2027])!;
    expect(path.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    // 12,20 − 2 × 4 = 4,20 (the least the plan asks) and 12,20 − 3 × 4 = 0,20 (the most) in 2025.
    expect(path.at(-1)).toEqual({ year: 2025, low: 20, high: 420 });
    expect(path[0]).toEqual({ year: 2021, low: 1220, high: 1220 });
  });

  it('never goes below zero', () => {
    const path = planRatePath(criteria, { year: 2021, rate: 500 }, [2021, 2022, 2023, 2024, 2025])!;
    expect(path.at(-1)).toEqual({ year: 2025, low: 0, high: 500 - 800 });
  });

  it('is not drawn over the 2026 review on the province chart, which shows 2026 all the same', () => {
    const dataset = withReviewOf2026();
    expect(provinceSeries(dataset).at(-1)!.year).toBe(2026);
    const chart = provinceRateChart({ dataset } as SiteData)!;
    const tick = (year: number) => chart.model.xTicks.find((t) => t.label === String(year))!.x;
    expect(chart.model.xTicks.map((t) => t.label).at(-1)).toBe('2026');
    const bandXs = [...chart.model.band!.path.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.max(...bandXs)).toBe(tick(2025));
    expect(chart.model.band!.label).toBe('Lộ trình kế hoạch 2021–2025: giảm 2–3 điểm mỗi năm');
    expect(chart.description).toContain('từ 12,20% năm 2021 đến năm 2025.');
  });

  it('nor is the line of half the baseline households drawn over 2026 on the province scale chart', () => {
    const chart = provinceScaleChart({ dataset: withReviewOf2026() } as SiteData)!;
    expect(chart.model.xTicks.at(-1)!.label).toBe('2026');
    expect(chart.model.rule!.until).toBe(chart.model.xTicks.find((t) => t.label === '2025')!.x);
    expect(provinceScaleChart({ dataset: embeddedRelease() } as SiteData)!.model.rule!.until).toBeUndefined();
  });

  it('is the 2021–2025 plan the home page compares the yearly averages with, and no average reaches 2026', () => {
    // Nghị định 351/2025/NĐ-CP: the 2022–2025 standard holds to 31/12/2026, a new one from 2027;
    // which one the 2026 review used is not confirmed, so 2026 is shown, never compared.
    const view = homeView({ dataset: withReviewOf2026() } as SiteData);
    expect(view.averages.map((a) => `${a.from}–${a.to}`)).toEqual(['2021–2024', '2021–2025']);
    expect(view.latest!.year).toBe(2026);
    expect(view.planPeriod).toEqual({ from: 2021, to: 2025 });
  });
});

describe('the years a page shows that the plan does not judge', () => {
  it('are the years after 2025, said in one sentence beside the criteria and targets', () => {
    const after = afterPlan({ dataset: withReviewOf2026() } as SiteData)!;
    expect(after).toEqual({ years: [2026], period: { from: 2021, to: 2025 }, notCompared: [2026], compared: { from: 2021, to: 2025 } });
    expect(afterPlanSentence(after)).toBe(
      'Số liệu năm 2026 được công bố nhưng không được đánh giá theo tiêu chí và chỉ tiêu: đó là tiêu chí, chỉ tiêu của Kế hoạch giai đoạn 2021–2025. Năm 2026 cũng không được so sánh với các năm trước: chỉ các năm 2021–2025 được xác nhận cùng một chuẩn nghèo.',
    );
  });

  it('say nothing of comparing a year the province confirmed under the plan\'s standard (standardThrough): it is compared', () => {
    const reviewed = withReviewOf2026();
    const confirmed = new Dataset({
      ...reviewed.data,
      criteria: { ...criteria, standardThrough: { year: 2026, quote: 'Rà soát năm 2026 theo chuẩn nghèo giai đoạn 2022–2025.', source: { id: 'qd-2026', kind: 'official', title: 'Quyết định phê duyệt kết quả rà soát năm 2026' } } },
    });
    const after = afterPlan({ dataset: confirmed } as SiteData)!;
    expect(after).toEqual({ years: [2026], period: { from: 2021, to: 2025 }, notCompared: [], compared: { from: 2021, to: 2026 } });
    expect(afterPlanSentence(after)).toBe('Số liệu năm 2026 được công bố nhưng không được đánh giá theo tiêu chí và chỉ tiêu: đó là tiêu chí, chỉ tiêu của Kế hoạch giai đoạn 2021–2025.');
    // The home page's averages reach the confirmed year, still beside the plan's own period.
    const view = homeView({ dataset: confirmed } as SiteData);
    expect(view.averages.map((a) => `${a.from}–${a.to}`)).toEqual(['2021–2024', '2021–2025', '2021–2026']);
    expect(view.planPeriod).toEqual({ from: 2021, to: 2025 });
  });

  it('are none while every year shown lies in the plan period, and none of a unit whose series stops in it', () => {
    const dataset = withReviewOf2026();
    expect(afterPlan({ dataset } as SiteData, [2021, 2022, 2025])).toBeUndefined();
    const embedded = new Dataset({ ...dataset.data, observations: { ...dataset.data.observations, observations: dataset.data.observations.observations.filter((o) => o.year <= 2025) } });
    expect(afterPlan({ dataset: embedded } as SiteData)).toBeUndefined();
  });
});
