import type { Adjustment } from '../../schemas/adjustment.ts';
import type { TargetTerms } from './adjustments.ts';
import { judgeTarget } from './judge.ts';
import type { ReadingView, TargetView } from './plan-model.ts';
import type { Disagreement } from './reported-status.ts';

/**
 * Everything that happened to one target, as dated events, newest first: its reports (each with
 * the disagreement, if any, between the source's word and the figures as of that report), the
 * corrections among them and approved adjustments of its terms. The target's feed is built from
 * this one list, so a new kind of event is added here once and every place that lists events shows
 * it. Pure.
 */

/** A report's figure for the target (a correction when it corrects an earlier report). */
export interface ReadingEvent {
  kind: 'reading' | 'correction';
  /** When it was published on the site (orders the events). */
  date: string;
  reading: ReadingView;
  /** Where the report's own status word contradicts the figures as of its date (disagreementOf). */
  disagreement: Disagreement | null;
}

/** An approved change of the target's figure or deadline, with the terms before and after it. */
export interface AdjustmentEvent {
  kind: 'adjustment';
  date: string;
  adjustment: Adjustment;
  before: TargetTerms;
  after: TargetTerms;
}

export type TargetEvent = ReadingEvent | AdjustmentEvent;

/** Each adjustment with the terms it replaced and those it set, oldest first. */
export function adjustmentSteps(target: Pick<TargetView, 'original' | 'adjustments'>): { adjustment: Adjustment; before: TargetTerms; after: TargetTerms }[] {
  let terms: TargetTerms = target.original;
  return target.adjustments.map((adjustment) => {
    const before = terms;
    const after: TargetTerms = {
      ...before,
      ...(adjustment.value !== undefined ? { value: adjustment.value, written: adjustment.written } : {}),
      ...(adjustment.deadline !== undefined ? { deadline: adjustment.deadline } : {}),
    };
    terms = after;
    return { adjustment, before, after };
  });
}

/**
 * A target's events, newest first (by publication date; on one day an adjustment before a reading,
 * then the later as-of or effective date first).
 */
export function targetEvents(target: TargetView, planStart: string): TargetEvent[] {
  const disagreementAt = (asOf: string) => judgeTarget(target, planStart, target.readings, asOf).disagreement;
  const events: TargetEvent[] = [
    ...target.readings.map((reading): ReadingEvent => ({ kind: reading.corrects ? 'correction' : 'reading', date: reading.published, reading, disagreement: disagreementAt(reading.asOf) })),
    ...adjustmentSteps(target).map((step): AdjustmentEvent => ({ kind: 'adjustment', date: step.adjustment.published, ...step })),
  ];
  const dayOf = (e: TargetEvent) => (e.kind === 'adjustment' ? e.adjustment.effective : e.reading.asOf);
  return events.sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    if (dayOf(a) !== dayOf(b)) return dayOf(a) < dayOf(b) ? 1 : -1;
    return a.kind === 'adjustment' ? -1 : b.kind === 'adjustment' ? 1 : 0;
  });
}
