import type { Adjustment } from '../../schemas/adjustment.ts';

/**
 * Adjusted targets: the terms (figure, wording, deadline) a target is held to at a date, from the
 * plan's own terms and the approved adjustments in force by then. Pure; the plan's terms are never
 * overwritten, only followed by later ones.
 */

/** What an adjustment can change. */
export interface TargetTerms {
  value?: number;
  written?: string;
  deadline: string;
}

/** What of an adjustment decides a target's terms: from when, and the figure or deadline it sets. */
export type AdjustmentTerms = Pick<Adjustment, 'effective' | 'value' | 'written' | 'deadline'>;

/** The terms in force at a date, with the adjustments that made them (oldest first; empty when none). */
export interface TermsAt<A extends AdjustmentTerms = Adjustment> extends TargetTerms {
  adjustedBy: A[];
}

/** Adjustments in force by a date (effective on or before it), oldest first. */
export function adjustmentsInForce<A extends AdjustmentTerms>(adjustments: readonly A[], date: string): A[] {
  return adjustments.filter((a) => a.effective <= date).sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0));
}

/**
 * A target's terms at a date: each later adjustment replaces what it sets (a new figure, a new
 * deadline, or both) and keeps the rest.
 * @example termsAt({ value: 200, written: '200个', deadline: '2024-12-31' }, [{ effective: '2024-07-15', value: 180, written: '180个', … }], '2024-08-31')
 *   // { value: 180, written: '180个', deadline: '2024-12-31', adjustedBy: [that adjustment] }
 */
export function termsAt<A extends AdjustmentTerms>(original: TargetTerms, adjustments: readonly A[], date: string): TermsAt<A> {
  const adjustedBy = adjustmentsInForce(adjustments, date);
  const terms: TermsAt<A> = { ...original, adjustedBy };
  for (const a of adjustedBy) {
    if (a.value !== undefined) {
      terms.value = a.value;
      terms.written = a.written;
    }
    if (a.deadline !== undefined) terms.deadline = a.deadline;
  }
  return terms;
}
