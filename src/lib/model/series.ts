import type { MilestoneState } from '../../schemas/report.ts';
import { termsAt } from './adjustments.ts';
import type { PlanView, ProjectView, TargetView } from './plan-model.ts';
import { adjustmentSteps } from './target-events.ts';
import { countStatuses } from './judge.ts';
import { expectedShare, type Status } from './status.ts';

/**
 * Chart series, derived once on the server from the site model; the browser only draws them.
 * Pure: every function takes the model and returns plain, JSON-safe data.
 */

/** One reported figure on a target's progress chart. */
export interface SeriesPoint {
  asOf: string;
  value: number;
  /** Where the time-proportional schedule (序时) stands at this date, in the target's unit; null when it does not apply. */
  expected: number | null;
  /** The target in force on this date (an approved adjustment counts from its effective date on); null when none is known. */
  target: number | null;
  source: { title: string; url?: string };
  revisedDown: boolean;
  corrects?: string;
  /** The completion rate (%) the value was derived from, when the source gave no figure. */
  derivedFromRate?: number;
}

/** A numeric target's figures over time, with its target line. */
export interface ProgressSeries {
  unit: string;
  /** The target value now (for external targets, the figure last reported as set); null when none is known. */
  target: number | null;
  /** The target in force on the first day of the period (the plan's figure unless an adjustment took effect that day). */
  startTarget: number | null;
  /** Approved changes of the target figure, oldest first: from when, the figure before and after, and the approving document. */
  adjustments: { effective: string; previous: number | null; value: number; approval: string }[];
  /** First day of the period, where the schedule line starts at zero. */
  start: string;
  deadline: string;
  /** Whether the schedule line applies (cumulative, higher-is-better, known target). */
  scheduled: boolean;
  points: SeriesPoint[];
}

/** A milestone's reported states, in date order. */
export interface MilestoneStep {
  asOf: string;
  state: MilestoneState;
  source: { title: string; url?: string };
}

/** The numeric series of a target, or null when it has no numeric reading (milestones, ongoing, unreported). */
export function progressSeries(target: TargetView, start: string): ProgressSeries | null {
  const readings = target.readings.filter((r) => r.value !== undefined);
  if (readings.length === 0 || target.kind === 'milestone' || target.kind === 'ongoing') return null;
  const external = target.kind === 'external';
  const goal = external ? (readings.findLast((r) => r.setValue !== undefined)?.setValue ?? null) : (target.value ?? null);
  const scheduled = goal !== null && target.measure === 'cumulative' && target.direction === 'higher';
  // Each date is held to the terms in force then, as its status is judged (src/lib/model/judge.ts).
  const termsOn = (date: string) => (external ? { value: goal ?? undefined, deadline: target.deadline } : termsAt(target.original, target.adjustments, date));
  // The changes of figure, each with the figure it replaced (adjustmentSteps, as the target's history lists them).
  const adjustments: ProgressSeries['adjustments'] = external
    ? []
    : adjustmentSteps(target).flatMap(({ adjustment: a, before }) => (a.value !== undefined && a.value !== before.value ? [{ effective: a.effective, previous: before.value ?? null, value: a.value, approval: a.approval.title }] : []));
  return {
    unit: target.unit ?? '',
    target: goal,
    startTarget: termsOn(start).value ?? null,
    adjustments,
    start,
    deadline: target.deadline,
    scheduled,
    points: readings.map((r) => {
      const terms = termsOn(r.asOf);
      const figure = terms.value ?? null;
      return {
        asOf: r.asOf,
        value: r.value!,
        target: figure,
        expected: scheduled && figure !== null ? figure * expectedShare(start, terms.deadline, r.asOf) : null,
        source: { title: r.source.title, url: r.source.url },
        revisedDown: r.revisedDown,
        corrects: r.corrects,
        ...(r.derivedFromRate && r.reportedRate !== undefined ? { derivedFromRate: r.reportedRate } : {}),
      };
    }),
  };
}

/** A milestone's dated states, or null when it is not a milestone or has no report. */
export function milestoneSteps(target: TargetView): MilestoneStep[] | null {
  if (target.kind !== 'milestone') return null;
  const steps = target.readings
    .filter((r) => r.state !== undefined)
    .map((r) => ({ asOf: r.asOf, state: r.state!, source: { title: r.source.title, url: r.source.url } }));
  return steps.length > 0 ? steps : null;
}

/** One bar: a label and a share 0–1 (may exceed 1), with the status behind it. */
export interface ProgressBar {
  id: string;
  label: string;
  share: number;
  status: Status;
}

/** Each measurable target's progress in % of its target, for a project's chart. */
export function targetProgressBars(project: ProjectView): ProgressBar[] {
  return project.targets
    .filter((t) => t.assessment.ratio !== null)
    .map((t) => ({ id: t.id, label: t.label, share: t.assessment.ratio!, status: t.assessment.status }));
}

/** Each project's mean progress, for the home page; projects without a measurable figure are left out. */
export function projectProgressBars(plan: PlanView): ProgressBar[] {
  return plan.projects
    .filter((p) => p.progress !== null)
    .map((p) => ({ id: p.id, label: p.shortTitle, share: p.progress!, status: p.status }));
}

/** How many targets are in each status at the model's date, worst first, no-data last (countStatuses); statuses with none are left out. */
export function statusCounts(targets: readonly TargetView[]): { status: Status; count: number }[] {
  return countStatuses(targets.map((t) => t.assessment.status));
}

/** A target's latest county breakdown, with the plan's own allocation beside it where there is one. */
export interface Breakdown {
  asOf: string;
  rows: { county: string; value: number; planned?: number }[];
}

/** The newest reading's county breakdown of a target, or null when no report broke it down. */
export function latestBreakdown(target: TargetView): Breakdown | null {
  const reading = target.readings.findLast((r) => r.breakdown && r.breakdown.length > 0);
  if (!reading) return null;
  const planned = new Map(target.allocation?.map((a) => [a.county, a.value]));
  return { asOf: reading.asOf, rows: reading.breakdown!.map((part) => ({ ...part, planned: planned.get(part.county) })) };
}

/** Each target whose latest breakdown names a county, with that county's figure. */
export function countyFigures(targets: readonly TargetView[], countyId: string): { target: TargetView; asOf: string; value: number; planned?: number }[] {
  return targets.flatMap((target) => {
    const breakdown = latestBreakdown(target);
    const row = breakdown?.rows.find((r) => r.county === countyId);
    return breakdown && row ? [{ target, asOf: breakdown.asOf, value: row.value, planned: row.planned }] : [];
  });
}
