import type { Dictionary } from '../../i18n/dictionary.ts';
import { formatDate, formatQuantity, formatShare } from '../web/format.ts';
import type { ProgressBar, ProgressSeries, MilestoneStep } from '../model/series.ts';
import type { Status } from '../model/status.ts';
import type { Target } from '../../schemas/target.ts';

/**
 * One-sentence text summaries of charts, so every chart says in words what it draws.
 * Pure; table-tested in test/unit/summary.test.ts.
 */

/**
 * A target's progress in one sentence.
 * @example "截至2024年6月30日，已完成4,120户，占全年目标的46%，按序时应达50%，状态：慢于序时。"
 */
export function progressSummary(series: ProgressSeries, target: Pick<Target, 'written'>, status: Status, t: Dictionary): string {
  const last = series.points.at(-1)!;
  const date = formatDate(last.asOf, t);
  const value = formatQuantity(last.value, series.unit, t);
  // Against the target in force on the latest report's date, as its status is judged.
  const goal = last.target;
  if (series.scheduled && goal !== null && goal > 0 && last.expected !== null) {
    return t.chart.summaryScheduled(date, value, formatShare(last.value / goal, t), formatShare(last.expected / goal, t), t.status[status]);
  }
  if (goal !== null) {
    const wording = t.numbers.planWording && goal === series.target ? target.written : undefined;
    return t.chart.summaryAgainstTarget(date, value, wording ?? formatQuantity(goal, series.unit, t), t.status[status]);
  }
  return t.chart.summaryNoTarget(date, value, t.status[status]);
}

/** A milestone's latest state in one sentence. */
export function milestoneSummary(steps: readonly MilestoneStep[], t: Dictionary): string {
  const last = steps.at(-1)!;
  return t.chart.milestoneSummary(formatDate(last.asOf, t), t.milestoneState[last.state], steps.length);
}

/** The fastest and slowest of a set of progress bars in one sentence. */
export function barsSummary(bars: readonly ProgressBar[], t: Dictionary): string {
  const sorted = [...bars].sort((a, b) => b.share - a.share);
  const named = (bar: ProgressBar) => t.chart.namedShare(bar.label, formatShare(bar.share, t));
  return t.chart.projectSummary(bars.length, named(sorted[0]), named(sorted.at(-1)!));
}

/** How many targets are in each status, in one sentence. */
export function statusCountSummary(counts: readonly { status: Status; count: number }[], t: Dictionary): string {
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  return t.chart.statusSummary(total, counts.map((row) => t.chart.statusPart(t.status[row.status], row.count)).join(t.punct.list));
}
