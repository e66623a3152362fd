import type { ReportableStatus } from '../../schemas/status-word.ts';
import { termsAt, type AdjustmentTerms, type TargetTerms, type TermsAt } from './adjustments.ts';
import { disagreementOf, figureFromRate, withReportedWord, type Disagreement } from './reported-status.ts';
import { assessTarget, latestReading, STATUS_SEVERITY, type Assessment, type Reading, type Status, type TargetRule } from './status.ts';

/**
 * The one judge of a reading and the one counter of statuses. Every place that shows a status (a
 * target's page and tables, its project, a report's page and its counts, the home page's counts,
 * the feeds, the open data, the search entries) and the content check take their answer from
 * here, so a reading gets the same status wherever it is shown. Pure.
 *
 * The rules, once:
 * - a reading is judged against the terms (figure, deadline) in force on its own as-of date: an
 *   approved adjustment counts from its effective date on, and never re-judges an earlier reading;
 * - a completion rate alone stands for rate × the figure in force on the reading's date, for the
 *   targets a rate can be a share of (rateApplies);
 * - a cumulative, higher-is-better figure below the previous one is a fall (fallsBelow), shown as a
 *   revision by the site and refused by the check unless it is a correction or has a note;
 * - the source's word decides the status only when no figure is given (withReportedWord), and
 *   contradicts the figures by the rule of CONTRADICTED_BY (disagreementOf).
 */

/** What the judge needs of a target: how it is measured, and its own terms with their adjustments. */
export interface JudgedTarget extends Pick<TargetRule, 'kind' | 'comparator' | 'direction' | 'measure' | 'baseline'> {
  /** The plan's own terms (figure, wording, deadline). */
  original: TargetTerms;
  /** Approved adjustments known to the caller, in any order; each counts from its effective date on. */
  adjustments: readonly AdjustmentTerms[];
}

/** A reading as the judge takes it: a dated figure or state, with the source's word when it gave one. */
export interface JudgedReading extends Reading {
  reportedStatus?: string;
  reportedAs?: ReportableStatus;
}

/** A target's standing at a date, with the terms it was judged against. */
export interface Judgement<R extends JudgedReading = JudgedReading> {
  /** `basis`: whether the status rests on figures or, with no figure reported, on the source's word alone. */
  assessment: Assessment<R> & { basis: 'figures' | 'word' };
  /** The terms in force on the latest reading's as-of date (on the date asked when there is no reading). */
  terms: TermsAt<AdjustmentTerms>;
  /** The source's word for that reading against the figures' status, when they contradict each other. */
  disagreement: Disagreement | null;
}

/**
 * A target's judgement at a date, from the readings given (those after the date do not count).
 * @example judgeTarget(target, '2024-01-01', readings, '2024-08-31') // the status of the latest reading by 31 August,
 *          // judged against the figure in force on that reading's own date
 */
export function judgeTarget<R extends JudgedReading>(target: JudgedTarget, planStart: string, readings: readonly R[], date: string): Judgement<R> {
  const latest = latestReading(readings, date);
  const terms = termsAt(target.original, target.adjustments, latest?.asOf ?? date);
  const rule: TargetRule = { ...target, value: terms.value, start: planStart, deadline: terms.deadline };
  const assessment = withReportedWord(assessTarget(rule, readings, date));
  return { assessment, terms, disagreement: disagreementOf({ measure: target.measure, assessment }) };
}

/**
 * Whether a completion rate can stand for a figure of a target: a count, higher is better, with a
 * figure above 0 in force (a percentage's rate would be confused with the percentage itself).
 */
export function rateApplies(target: Pick<TargetRule, 'kind' | 'direction'>, figure: number | undefined): figure is number {
  return target.kind === 'count' && target.direction === 'higher' && figure !== undefined && figure > 0;
}

/**
 * An entry's figure: its stated value, else the figure its completion rate stands for against the
 * target's figure in force on the entry's date (when a rate applies); undefined when it has neither.
 * @example entryFigure({ reportedRate: 130 }, { kind: 'count', direction: 'higher' }, 30) // { value: 39, derivedFromRate: true }
 */
export function entryFigure(entry: { value?: number; reportedRate?: number }, target: Pick<TargetRule, 'kind' | 'direction'>, figure: number | undefined): { value?: number; derivedFromRate: boolean } {
  if (entry.value !== undefined) return { value: entry.value, derivedFromRate: false };
  if (entry.reportedRate !== undefined && rateApplies(target, figure)) return { value: figureFromRate(entry.reportedRate, figure), derivedFromRate: true };
  return { derivedFromRate: false };
}

/** Whether a target's figures are a running total that should never fall: cumulative and higher-is-better. */
export function neverFalls(target: Pick<TargetRule, 'measure' | 'direction'>): boolean {
  return target.measure === 'cumulative' && target.direction === 'higher';
}

/**
 * Whether a figure falls below the previous one of a target whose figures never fall (neverFalls):
 * shown as a revision on the site, and refused by the check unless a correction or a note explains it.
 */
export function fallsBelow(target: Pick<TargetRule, 'measure' | 'direction'>, previous: number | undefined, value: number | undefined): boolean {
  return neverFalls(target) && previous !== undefined && value !== undefined && value < previous;
}

/** How many of the given statuses there are of each, worst first and 暂无数据 last; statuses with none are left out. */
export function countStatuses(statuses: Iterable<Status>): { status: Status; count: number }[] {
  const counts = new Map<Status, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...STATUS_SEVERITY, 'no-data' as const].flatMap((status) => (counts.has(status) ? [{ status, count: counts.get(status)! }] : []));
}
