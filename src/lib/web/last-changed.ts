import { planPageOf } from './urls.ts';

/**
 * The date a page's data last changed, for sitemaps (`lastmod`) and feeds (`lastBuildDate`): never
 * the build date, so rebuilding the same content says nothing changed. Pure: the facts are passed in.
 */

/** What the dates are worked out from: each plan's date and every report's publication. */
export interface ChangeFacts {
  plans: readonly { id: string; date: string | null; period: { start: string } }[];
  reports: readonly { plan: string; asOf: string; published: string; targets: readonly string[] }[];
  /** Approved target adjustments: each changes its target's page (and its plan's) when published. */
  adjustments?: readonly { plan: string; target: string; published: string }[];
}

const latest = (dates: readonly string[]): string | undefined => [...dates].sort().at(-1);

/**
 * A plan's own date: the day it was issued, or the start of its period when the text gives none
 * (as the 2024 plan's does not).
 */
export function planDate(plan: ChangeFacts['plans'][number]): string {
  return plan.date ?? plan.period.start;
}

/**
 * The date (YYYY-MM-DD) the data a page shows last changed; `path` is without base and edition
 * prefix. A report's page: its publication. A target's page: the last report publishing a figure
 * for it, or the last adjustment of it. Any other page of a plan: its last report or adjustment.
 * Site-wide pages: the last report of any plan. With neither, the plan's date (site-wide: the newest plan's).
 * @example lastChanged('/2024/targets/teeth-fluoride/', facts) // "2024-07-10"
 */
export function lastChanged(path: string, facts: ChangeFacts): string {
  const page = planPageOf(path, facts.plans.map((p) => p.id));
  const plan = facts.plans.find((p) => p.id === page?.plan);
  if (!plan) return latest(facts.reports.map((r) => r.published)) ?? latest(facts.plans.map(planDate)) ?? '1970-01-01';
  const reports = facts.reports.filter((r) => r.plan === plan.id);
  const report = page?.report !== undefined ? reports.find((r) => r.asOf === page.report) : undefined;
  if (report) return report.published;
  const target = page?.target;
  const relevant = target ? reports.filter((r) => r.targets.includes(target)) : reports;
  const adjustments = (facts.adjustments ?? []).filter((a) => a.plan === plan.id && (target === undefined || a.target === target));
  return latest([...relevant.map((r) => r.published), ...adjustments.map((a) => a.published)]) ?? planDate(plan);
}
