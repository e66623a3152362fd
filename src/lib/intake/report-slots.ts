import type { MilestoneState } from '../../schemas/report.ts';
import type { PlanView, SiteModel, TargetView } from '../model/plan-model.ts';

/**
 * What a new progress report asks for, target by target: the plan in force on a date, each target
 * in plan order with the fields a report entry may take for it and the previous report's figure for
 * reference. Shared by `npm run new-snapshot` (a JSON template) and `npm run report:template` (a
 * spreadsheet), so both ask for exactly the same things. Pure: the site model arrives built.
 */

/** Which entry fields a target's slot takes (see the report schema and the check's rules). */
export interface SlotFields {
  /** A figure (count, percentage, external). */
  value: boolean;
  /** A milestone's state. */
  state: boolean;
  /** A completion rate: only on a count with an annual figure where higher is better. */
  reportedRate: boolean;
  /** The figure a higher authority set (external targets). */
  setValue: boolean;
  /** Figures by county: counts and percentages whose target names counties. */
  breakdown: boolean;
}

/** One target's slot in a new report. */
export interface ReportSlot {
  target: TargetView;
  fields: SlotFields;
  /** The newest earlier report's figure or state, for reference. */
  previous?: { asOf: string; value?: number; state?: MilestoneState };
}

/**
 * The plan in force on `asOf`: the plan named `planId`, else the one whose period contains the date;
 * undefined when there is none.
 */
export function planInForce(site: SiteModel, asOf: string, planId?: string, issuerId: string | undefined = site.siteIssuer): PlanView | undefined {
  if (planId) return site.plans.find((p) => p.plan.id === planId);
  return site.plans.find((p) => (issuerId === undefined || p.issuerId === issuerId) && p.plan.period.start <= asOf && asOf <= p.plan.period.end);
}

/**
 * Where a plan's report of a date is written, under the content root: the site's own issuer's
 * reports in progress/<as-of>.json (as they always were), another issuer's in
 * progress/<plan id>/<as-of>.json, so plans of one period never share a file name.
 */
export function reportFileOf(view: Pick<PlanView, 'issuerId' | 'plan'>, site: Pick<SiteModel, 'siteIssuer'>, asOf: string): string {
  return view.issuerId === undefined || view.issuerId === site.siteIssuer ? `progress/${asOf}.json` : `progress/${view.plan.id}/${asOf}.json`;
}

/** The fields a report entry may take for a target. */
export function slotFields(target: Pick<TargetView, 'kind' | 'direction' | 'value' | 'countyIds'>): SlotFields {
  const numeric = target.kind === 'count' || target.kind === 'percentage';
  return {
    value: numeric || target.kind === 'external',
    state: target.kind === 'milestone',
    reportedRate: target.kind === 'count' && target.direction === 'higher' && (target.value ?? 0) > 0,
    setValue: target.kind === 'external',
    breakdown: numeric && target.countyIds.length > 0,
  };
}

/**
 * Every target of a plan in plan order (project, sub-item, target), with its fields and the newest
 * reading before `asOf` (the model is built with today = asOf, so every reading it holds is earlier or on it).
 */
export function reportSlots(view: PlanView, asOf: string): ReportSlot[] {
  return view.targets.map((target) => {
    const last = target.readings.filter((r) => r.asOf < asOf).at(-1);
    return {
      target,
      fields: slotFields(target),
      ...(last ? { previous: { asOf: last.asOf, ...(last.value !== undefined ? { value: last.value } : {}), ...(last.state ? { state: last.state } : {}) } } : {}),
    };
  });
}
