import { daysBetween } from './dates.ts';

/**
 * The status engine: pure functions from a target, its reports and a date to a status in the
 * vocabulary Chinese progress notices use. The methodology page explains these same rules.
 */

/** Statuses of targets and projects. Labels live in src/i18n; order matters (see STATUS_SEVERITY). */
export type Status =
  | 'exceeded' // 超额完成
  | 'completed' // 已完成
  | 'ahead' // 超序时
  | 'on-track' // 按序时推进
  | 'behind' // 慢于序时
  | 'not-started' // 未开始
  | 'no-data' // 暂无数据
  | 'ongoing' // 常态化推进
  | 'partially-met' // 部分完成
  | 'not-met' // 未完成
  | 'planned' // 计划中
  | 'unassessed'; // 无法评估: a value without a published target to compare it with

/** Within this many percentage points of the time-proportional share, a target is 按序时推进. */
export const SCHEDULE_TOLERANCE = 0.05;

/** A target worded 约 (about) counts as met at this share below its figure (约8.89万 is met at 8.4455万). */
export const ABOUT_TOLERANCE = 0.05;

/** What the engine needs to know of a target. */
export interface TargetRule {
  kind: 'count' | 'percentage' | 'milestone' | 'ongoing' | 'external';
  /** Target value; for external targets, the figure set elsewhere when a report states it. */
  value?: number;
  comparator?: 'at-least' | 'about' | 'stated' | 'zero' | 'full-coverage';
  direction: 'higher' | 'lower';
  measure: 'cumulative' | 'level';
  baseline?: { value: number };
  /** First day of the period the target runs over. */
  start: string;
  /** Last day by which it is due. */
  deadline: string;
}

/** One reported figure for a target. */
export interface Reading {
  asOf: string;
  value?: number;
  state?: 'planned' | 'met' | 'partially-met' | 'not-met';
  /** For external targets: the figure set by the higher authority, as the report states it. */
  setValue?: number;
}

/** A target's standing at a date; `latest` is the caller's own reading object. */
export interface Assessment<R extends Reading = Reading> {
  status: Status;
  /** The reading the status rests on: the latest with asOf on or before the date. */
  latest?: R;
  /** Progress toward the target, 0 = baseline (or nothing), 1 = target reached; null when not measurable. */
  ratio: number | null;
  /** Time-proportional expected progress (序时进度) at the latest reading's date, 0–1; null when not applicable. */
  expected: number | null;
}

/**
 * Share of the period from start to deadline that has elapsed by `asOf`, counting whole days
 * inclusively, clamped to 0–1.
 * @example expectedShare('2024-01-01', '2024-12-31', '2024-06-30') // 182/366 ≈ 0.497
 */
export function expectedShare(start: string, deadline: string, asOf: string): number {
  const total = daysBetween(start, deadline) + 1;
  const elapsed = daysBetween(start, asOf) + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

/** Whether a value meets a numeric target as the plan words it. */
export function meetsTarget(target: number, comparator: TargetRule['comparator'], direction: TargetRule['direction'], value: number): boolean {
  if (direction === 'lower') return value <= target;
  if (comparator === 'about') return value >= target * (1 - ABOUT_TOLERANCE);
  return value >= target;
}

/**
 * Progress toward a numeric target, 0–1 and above when exceeded; null when it cannot be measured
 * (a lower-is-better target not yet met and no baseline to measure the way down from).
 */
export function progressRatio(target: number, direction: TargetRule['direction'], value: number, baseline?: number): number | null {
  if (direction === 'higher') return target > 0 ? Math.max(0, value / target) : null;
  if (value <= target) return 1;
  if (baseline === undefined || baseline <= target) return null;
  return Math.min(1, Math.max(0, (baseline - value) / (baseline - target)));
}

/** The latest reading on or before a date, or undefined. */
export function latestReading<R extends Reading>(readings: readonly R[], date: string): R | undefined {
  let latest: R | undefined;
  for (const reading of readings) {
    if (reading.asOf <= date && (latest === undefined || reading.asOf >= latest.asOf)) latest = reading;
  }
  return latest;
}

/** The status a milestone's reported state gives. */
export const MILESTONE_STATUS: Record<NonNullable<Reading['state']>, Status> = {
  planned: 'planned',
  met: 'completed',
  'partially-met': 'partially-met',
  'not-met': 'not-met',
};

/** A target's status at a date, from the readings published for it. */
export function assessTarget<R extends Reading>(rule: TargetRule, readings: readonly R[], date: string): Assessment<R> {
  const latest = latestReading(readings, date);
  if (!latest) return { status: 'no-data', ratio: null, expected: null };
  const due = latest.asOf >= rule.deadline;

  if (rule.kind === 'ongoing') return { status: 'ongoing', latest, ratio: null, expected: null };
  if (rule.kind === 'milestone') {
    const state = latest.state ?? 'planned';
    const status = due && state === 'planned' ? 'not-met' : MILESTONE_STATUS[state];
    return { status, latest, ratio: null, expected: null };
  }

  const target = rule.kind === 'external' ? latest.setValue : rule.value;
  if (latest.value === undefined) return { status: 'no-data', latest, ratio: null, expected: null };
  if (target === undefined) return { status: 'unassessed', latest, ratio: null, expected: null };

  const value = latest.value;
  const met = meetsTarget(target, rule.comparator, rule.direction, value);
  const ratio = progressRatio(target, rule.direction, value, rule.baseline?.value);
  const exceeded = met && rule.direction === 'higher' && rule.comparator !== 'about' && rule.comparator !== 'full-coverage' && value > target;

  if (rule.measure === 'level') {
    // A level (a rate, a concentration, a count of households) is judged as it stands, not against elapsed time.
    const status: Status = due ? (met ? 'completed' : 'not-met') : met ? 'on-track' : 'behind';
    return { status, latest, ratio, expected: null };
  }

  const expected = expectedShare(rule.start, rule.deadline, latest.asOf);
  if (met) return { status: exceeded ? 'exceeded' : 'completed', latest, ratio, expected };
  if (due) return { status: 'not-met', latest, ratio, expected };
  if (ratio === null) return { status: 'unassessed', latest, ratio, expected };
  if (ratio === 0) return { status: 'not-started', latest, ratio, expected };
  if (ratio >= expected + SCHEDULE_TOLERANCE) return { status: 'ahead', latest, ratio, expected };
  if (ratio < expected - SCHEDULE_TOLERANCE) return { status: 'behind', latest, ratio, expected };
  return { status: 'on-track', latest, ratio, expected };
}

/** Statuses from worst to best: a project takes the worst status among its reported targets. */
export const STATUS_SEVERITY: readonly Status[] = [
  'not-met',
  'behind',
  'not-started',
  'unassessed',
  'planned',
  'partially-met',
  'on-track',
  'ahead',
  'ongoing',
  'completed',
  'exceeded',
];

/**
 * A project's status from its targets' statuses:
 * 1. no target has a report → 暂无数据;
 * 2. otherwise the worst status among reported targets (STATUS_SEVERITY);
 * 3. but a project is never 已完成/超额完成 while any target is unreported: it is then 部分完成.
 */
export function projectStatus(statuses: readonly Status[]): Status {
  const reported: readonly Status[] = statuses.filter((s) => s !== 'no-data');
  if (reported.length === 0) return 'no-data';
  const worst = STATUS_SEVERITY.find((s) => reported.includes(s)) ?? 'no-data';
  if ((worst === 'completed' || worst === 'exceeded') && reported.length < statuses.length) return 'partially-met';
  return worst;
}
