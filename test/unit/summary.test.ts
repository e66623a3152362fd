import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import type { MilestoneStep, ProgressSeries } from '../../src/lib/model/series.ts';
import type { Status } from '../../src/lib/model/status.ts';
import { barsSummary, milestoneSummary, progressSummary, statusCountSummary } from '../../src/lib/charts/summary.ts';

/** A reported figure; `target` is the figure in force on its date. */
const point = (asOf: string, value: number, expected: number | null, target: number | null = 9000) => ({ asOf, value, expected, target, source: { title: '来源' }, revisedDown: false });
const series = (over: Partial<ProgressSeries>): ProgressSeries => ({ unit: '户', target: 9000, startTarget: 9000, adjustments: [], start: '2024-01-01', deadline: '2024-12-31', scheduled: true, points: [], ...over });

describe('progressSummary', () => {
  it.each([
    {
      name: 'scheduled target (the issue’s own example)',
      series: series({ points: [point('2024-06-30', 4120, 4475)] }),
      written: '9000户',
      status: 'behind',
      text: '截至2024年6月30日，已完成4,120户，占全年目标的46%，按序时应达50%，状态：慢于序时。',
    },
    {
      name: 'a level against its target',
      series: series({ unit: '%', target: 90, scheduled: false, points: [point('2024-09-30', 91, null, 90)] }),
      written: '90%以上',
      status: 'on-track',
      text: '截至2024年9月30日，最新数值为91%，目标为90%以上，状态：按序时推进。',
    },
    {
      name: 'an external target without its figure',
      series: series({ unit: '微克/立方米', target: null, scheduled: false, points: [point('2024-12-31', 38, null, null)] }),
      written: undefined,
      status: 'unassessed',
      text: '截至2024年12月31日，最新数值为38微克/立方米，目标值尚未公布，状态：无法评估。',
    },
    {
      name: 'the latest of several points',
      series: series({ target: 100, unit: '座', points: [point('2024-03-31', 10, 25, 100), point('2024-12-31', 10, 100, 100)] }),
      written: '10座',
      status: 'not-met',
      text: '截至2024年12月31日，已完成10座，占全年目标的10%，按序时应达100%，状态：未完成。',
    },
    {
      name: 'a report before the target was adjusted, against the figure then in force',
      series: series({ target: 1800, unit: '间', startTarget: 2500, points: [point('2024-06-30', 1200, 1243, 2500)] }),
      written: '1800间',
      status: 'on-track',
      text: '截至2024年6月30日，已完成1,200间，占全年目标的48%，按序时应达50%，状态：按序时推进。',
    },
    {
      name: 'a level reported before its adjustment: the figure then in force, not today’s wording',
      series: series({ unit: '%', target: 85, startTarget: 90, scheduled: false, points: [point('2024-06-30', 86, null, 90)] }),
      written: '85%以上',
      status: 'unassessed',
      text: '截至2024年6月30日，最新数值为86%，目标为90%，状态：无法评估。',
    },
  ] as { name: string; series: ProgressSeries; written?: string; status: Status; text: string }[])('$name', ({ series: s, written, status, text }) => {
    expect(progressSummary(s, { written }, status, zhCN)).toBe(text);
  });
});

describe('other summaries', () => {
  it('milestone: latest state and how many reports', () => {
    const steps: MilestoneStep[] = [
      { asOf: '2024-03-31', state: 'planned', source: { title: 'a' } },
      { asOf: '2024-06-30', state: 'met', source: { title: 'b' } },
    ];
    expect(milestoneSummary(steps, zhCN)).toBe('截至2024年6月30日，该事项已完成（共2期报告）。');
  });

  it('bars: fastest and slowest', () => {
    const bars = [
      { id: 'a', label: '甲', share: 0.5, status: 'on-track' as const },
      { id: 'b', label: '乙', share: 0.9, status: 'ahead' as const },
      { id: 'c', label: '丙', share: 0.2, status: 'behind' as const },
    ];
    expect(barsSummary(bars, zhCN)).toBe('3项可度量的指标中，进度最快的是乙（90%），最慢的是丙（20%）。');
  });

  it('status counts', () => {
    expect(statusCountSummary([{ status: 'behind', count: 2 }, { status: 'no-data', count: 40 }], zhCN)).toBe('全部42项指标中，慢于序时2项、暂无数据40项。');
  });
});
