import type { Plan, ReportingCadence } from '../../schemas/plan.ts';
import { daysBetween } from './dates.ts';

/**
 * Reporting cadence: when a plan's next progress report is due and whether it is overdue, worked out
 * from the cadence a document states (plan.reporting), the reports published and the date. Pure;
 * never guesses: a plan without a stated cadence has no due date.
 */

/** Where a plan's reporting stands at a date. */
export interface ReportingState {
  /** The stated cadence, or null when no document states one (then nothing is due or overdue). */
  cadence: ReportingCadence | null;
  /** The newest report's as-of date, or null before the first. */
  latestAsOf: string | null;
  /** The next report due: the last day of the period it covers and the day it is due; null when none is (no cadence, or every period is reported). */
  next: { periodEnd: string; due: string } | null;
  /** Whether the next report's due day has passed without it. */
  overdue: boolean;
  /** Days since the due day, when overdue; else 0. */
  daysOverdue: number;
}

const MONTHS_PER_PERIOD: Record<ReportingCadence, number> = { monthly: 1, quarterly: 3 };

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last days of the reporting periods a plan period spans: calendar months or quarters, the last
 * one cut at the plan's end.
 * @example periodEnds('2024-01-01', '2024-12-31', 'quarterly') // ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']
 */
export function periodEnds(start: string, end: string, cadence: ReportingCadence): string[] {
  const step = MONTHS_PER_PERIOD[cadence];
  const ends: string[] = [];
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1];
  // The first period ends with the calendar month (or quarter) the plan starts in.
  let m = Math.floor(month / step) * step + step;
  for (;;) {
    const last = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
    if (last >= end) {
      ends.push(end);
      return ends;
    }
    ends.push(last);
    m += step;
  }
}

/**
 * Where reporting stands at `today`: the latest report, the next one due (the period after the
 * latest report's, due `dueDays` after that period ends) and whether it is overdue: never for an
 * archived plan (plan `archived`).
 * @example reportingState(plan with quarterly reporting, dueDays 10, ['2024-06-30'], '2024-10-20')
 *   // { cadence: 'quarterly', latestAsOf: '2024-06-30', next: { periodEnd: '2024-09-30', due: '2024-10-10' }, overdue: true, daysOverdue: 10 }
 */
export function reportingState(plan: Pick<Plan, 'period' | 'reporting' | 'archived'>, reportAsOfs: readonly string[], today: string): ReportingState {
  const latestAsOf = [...reportAsOfs].sort().at(-1) ?? null;
  const reporting = plan.reporting;
  if (!reporting) return { cadence: null, latestAsOf, next: null, overdue: false, daysOverdue: 0 };
  const ends = periodEnds(plan.period.start, plan.period.end, reporting.cadence);
  // The latest report covers the period its as-of date falls in; the next one covers the period after.
  const covered = latestAsOf === null ? -1 : ends.findIndex((e) => latestAsOf <= e);
  const periodEnd = ends[covered + 1];
  if (periodEnd === undefined) return { cadence: reporting.cadence, latestAsOf, next: null, overdue: false, daysOverdue: 0 };
  const due = addDays(periodEnd, reporting.dueDays);
  // An archived plan (its year over, no more updates) has nothing overdue from the day it was archived.
  const overdue = today > due && !(plan.archived !== undefined && plan.archived <= today);
  return { cadence: reporting.cadence, latestAsOf, next: { periodEnd, due }, overdue, daysOverdue: overdue ? daysBetween(due, today) : 0 };
}
