import type { Report } from '../../schemas/report.ts';
import type { PlanView, ReadingView, TargetView } from './plan-model.ts';
import { termsAt } from './adjustments.ts';
import { disagreementOf, withReportedWord, type Disagreement } from './reported-status.ts';
import { assessTarget, STATUS_SEVERITY, type Status } from './status.ts';

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

/**
 * A target's standing at a date, from the readings given (by default all it has; those after the
 * date do not count), judged against the terms in force that day (an adjustment counts from its
 * effective date on), with the source's word taken into account (withReportedWord).
 */
export function assessTargetAt(target: TargetView, planStart: string, date: string, readings: TargetView['readings'] = target.readings) {
  const terms = termsAt(target.original, target.adjustments, date);
  return withReportedWord(assessTarget({ ...target, value: terms.value, start: planStart, deadline: terms.deadline }, readings, date));
}

/** How many targets are in each status as of a date, from the readings published by then (worst first, 暂无数据 last). */
function statusCountsAt(plan: PlanView, asOf: string): { status: Status; count: number }[] {
  const statuses = plan.targets.map((target) => assessTargetAt(target, plan.plan.period.start, asOf).status);
  return [...STATUS_SEVERITY, 'no-data' as const].map((status) => ({ status, count: statuses.filter((s) => s === status).length })).filter((row) => row.count > 0);
}

/** The status a target had just before a date (readings strictly earlier). */
function statusBefore(target: TargetView, planStart: string, asOf: string): Status {
  const earlier = target.readings.filter((r) => r.asOf < asOf);
  return assessTargetAt(target, planStart, asOf, earlier).status;
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
      const after = assessTargetAt(target, plan.plan.period.start, report.asOf);
      const disagreement = disagreementOf({ measure: target.measure, assessment: after });
      return [{ target, previous, current, delta, statusBefore: statusBefore(target, plan.plan.period.start, report.asOf), statusAfter: after.status, disagreement }];
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
