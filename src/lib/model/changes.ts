import type { Report } from '../../schemas/report.ts';
import type { PlanView, ReadingView, TargetView } from './plan-model.ts';
import { countStatuses, judgeTarget } from './judge.ts';
import type { Disagreement } from './reported-status.ts';
import type { Status } from './status.ts';

/**
 * What a report changed: for each target it covers, the figure before and after, the change and
 * any status change. Pure; drives the report pages and the feed.
 */

/** One target's change in one report. */
export interface TargetChange {
  target: TargetView;
  previous?: ReadingView;
  current: ReadingView;
  /** current − previous, for numbers reported both times; null otherwise. */
  delta: number | null;
  statusBefore: Status;
  statusAfter: Status;
  /** The source's word in this report against the figures' status as of this report, when they contradict each other. */
  disagreement: Disagreement | null;
}

/** A report with its changes, and the report before it. */
export interface ReportChanges {
  report: Report;
  previousAsOf: string | null;
  changes: TargetChange[];
  /** Entries that correct an earlier report or lower a cumulative figure. */
  revisions: TargetChange[];
  /** Entries whose source's word contradicts their figures. */
  disagreements: TargetChange[];
  /** How many of the plan's targets stood in each status as of this report (worst first), beside the source's own summary. */
  statusCounts: { status: Status; count: number }[];
}

/** How many of a plan's targets stood in each status as of a date (worst first, 暂无数据 last). */
function statusCountsAt(plan: PlanView, asOf: string): { status: Status; count: number }[] {
  return countStatuses(plan.targets.map((target) => judgeTarget(target, plan.plan.period.start, target.readings, asOf).assessment.status));
}

/** Every report of a plan with what it changed, oldest first. */
export function reportChanges(plan: PlanView): ReportChanges[] {
  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  return plan.reports.map((report, index) => {
    const changes = report.entries.flatMap((entry): TargetChange[] => {
      const target = byId.get(entry.target);
      const current = target?.readings.find((r) => r.asOf === report.asOf);
      if (!target || !current) return [];
      const previous = target.readings.filter((r) => r.asOf < report.asOf).at(-1);
      const delta = previous?.value !== undefined && current.value !== undefined ? current.value - previous.value : null;
      const start = plan.plan.period.start;
      const after = judgeTarget(target, start, target.readings, report.asOf);
      // The status just before this report: its latest earlier reading, judged as it was on its own date.
      const before = judgeTarget(target, start, target.readings.filter((r) => r.asOf < report.asOf), report.asOf);
      return [{ target, previous, current, delta, statusBefore: before.assessment.status, statusAfter: after.assessment.status, disagreement: after.disagreement }];
    });
    return {
      report,
      previousAsOf: plan.reports[index - 1]?.asOf ?? null,
      changes,
      revisions: changes.filter((c) => c.current.corrects !== undefined || c.current.revisedDown),
      disagreements: changes.filter((c) => c.disagreement !== null),
      statusCounts: statusCountsAt(plan, report.asOf),
    };
  });
}
