import { describe, expect, it } from 'vitest';
import { reportChanges } from '../../src/lib/model/changes.ts';
import { progressChart, shareBarsChart, statusCountChart } from '../../src/lib/charts/chart-spec.ts';
import { latestBreakdown, milestoneSteps, progressSeries, statusCounts, targetProgressBars } from '../../src/lib/model/series.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { withJulyReport } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';

const plan = loadModel(withJulyReport(), '2024-11-29').plans[0];
const target = (id: string) => plan.targets.find((t) => t.id === id)!;

describe('progressSeries', () => {
  it('lists reported figures with the schedule line in the target’s unit', () => {
    const series = progressSeries(target('sample-points'), plan.plan.period.start)!;
    expect(series).toMatchObject({ unit: '个', target: 100, scheduled: true });
    expect(series.points.map((p) => [p.asOf, p.value, Math.round(p.expected!), p.revisedDown, p.corrects])).toEqual([
      ['2024-06-30', 40, 50, false, undefined],
      ['2024-07-31', 35, 58, true, '2024-06-30'],
    ]);
  });

  it.each([
    ['sample-coverage', { scheduled: false, target: 90 }],
    ['sample-plan', null],
    ['sample-inspections', null],
  ] as const)('%s → %j', (id, expected) => {
    const series = progressSeries(target(id), plan.plan.period.start);
    if (expected === null) expect(series).toBeNull();
    else expect(series).toMatchObject(expected);
  });
});

describe('milestoneSteps', () => {
  it('gives a milestone’s dated states and nothing for other kinds', () => {
    expect(milestoneSteps(target('sample-plan'))).toEqual([{ asOf: '2024-06-30', state: 'met', source: { title: '示例进度通报', url: 'https://example.org/report-2024-06' } }]);
    expect(milestoneSteps(target('sample-points'))).toBeNull();
  });
});

describe('latestBreakdown', () => {
  it('takes the newest report that breaks a target down by county', () => {
    expect(latestBreakdown(target('sample-points'))).toEqual({
      asOf: '2024-07-31',
      rows: [
        { county: 'county-a', value: 20, planned: undefined },
        { county: 'county-b', value: 15, planned: undefined },
      ],
    });
    expect(latestBreakdown(target('sample-coverage'))).toBeNull();
  });
});

describe('statusCounts and bars', () => {
  it('counts targets by status, worst first', () => {
    expect(statusCounts(plan.targets)).toEqual([
      { status: 'behind', count: 1 },
      { status: 'on-track', count: 1 },
      { status: 'ongoing', count: 1 },
      { status: 'completed', count: 1 },
    ]);
  });

  it('gives a bar per measurable target', () => {
    expect(targetProgressBars(plan.projects[0]).map((b) => [b.id, Math.round(b.share * 100)])).toEqual([
      ['sample-points', 35],
      ['sample-coverage', 102],
    ]);
  });
});

describe('reportChanges (change detection)', () => {
  const [june, july] = reportChanges(plan);

  it('treats every figure of the first report as new', () => {
    expect(june.previousAsOf).toBeNull();
    expect(june.changes.map((c) => [c.target.id, c.previous, c.delta])).toEqual([
      ['sample-points', undefined, null],
      ['sample-coverage', undefined, null],
      ['sample-plan', undefined, null],
      ['sample-inspections', undefined, null],
    ]);
    expect(june.changes[0]).toMatchObject({ statusBefore: 'no-data', statusAfter: 'behind' });
  });

  it('gives each change against the previous report, and flags the correction', () => {
    expect(july.previousAsOf).toBe('2024-06-30');
    expect(july.changes.map((c) => [c.target.id, c.previous?.value, c.current.value, c.delta, c.statusBefore, c.statusAfter])).toEqual([
      ['sample-points', 40, 35, -5, 'behind', 'behind'],
      ['sample-coverage', 85, 92, 7, 'behind', 'on-track'],
    ]);
    expect(july.revisions.map((c) => c.target.id)).toEqual(['sample-points']);
  });
});

describe('chart specs carry the same numbers as their tables', () => {
  it('progress chart: labels start at the period start, schedule from 0', () => {
    const { spec, table } = progressChart(progressSeries(target('sample-points'), plan.plan.period.start)!, zhCN);
    expect(spec.labels).toEqual(['2024年1月1日', '2024年6月30日', '2024年7月31日']);
    expect(spec.actual).toEqual([null, 40, 35]);
    expect(spec.expected).toEqual([0, 50, 58]);
    expect(table.columns).toEqual(['截至日期', '实际完成', '序时进度', '目标', '来源']);
    expect(table.rows[1]).toEqual(['2024年7月31日', '35个（更正截至2024年6月30日的数据）', '58个', '100个', '示例进度通报（7月）']);
    // The target never changed: its column repeats the page's goal, and a narrow screen leaves it out.
    expect(table.repeated).toEqual([3]);
  });

  it('bars: shares in % and the status named in words', () => {
    const { spec, table } = shareBarsChart(targetProgressBars(plan.projects[0]), '指标', zhCN);
    expect(spec.values).toEqual([35, 102.2]);
    expect(table.rows).toEqual([
      ['建设示例点', '35%', '慢于序时'],
      ['示例覆盖率', '102%', '按序时推进'],
    ]);
    expect(statusCountChart(statusCounts(plan.targets), zhCN).table.rows[0]).toEqual(['慢于序时', '1']);
  });
});
