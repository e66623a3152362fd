import { planPageOf } from './urls.ts';

/**
 * When a page was published and when what it shows last changed, for the dates every page shows
 * (发布时间, 更新时间), its PubDate metadata, sitemaps (`lastmod`) and feeds (`lastBuildDate`): never
 * the build date, so rebuilding the same content on another day gives the same dates. Pure: the
 * facts are passed in (src/node/change-facts.ts reads them from a content root and its git history).
 *
 * A moment is `YYYY-MM-DD` (a date content states) or `YYYY-MM-DD HH:MM` (Beijing time: a time
 * content states, or a commit's); moments sort as text, a bare date before any time that day.
 */

/** When content files were first and last committed to the publishing repository (Beijing time). */
export interface Committed {
  first: string;
  last: string;
}

/** What the dates are worked out from: each plan's dates and files, every report's and adjustment's publication. */
export interface ChangeFacts {
  plans: readonly {
    id: string;
    date: string | null;
    period: { start: string };
    /** When the office says it published the plan on the site (plan `publishedAt`). */
    publishedAt?: string;
    /** When the plan was archived (plan `archived`). */
    archived?: string;
    /** When the plan's own files (its plan file, projects and official text) were committed; absent without git. */
    committed?: Committed;
  }[];
  reports: readonly { plan: string; asOf: string; published: string; publishedAt?: string; targets: readonly string[] }[];
  /** Approved target adjustments: each changes its target's page (and its plan's) when published. */
  adjustments?: readonly { plan: string; target: string; published: string }[];
  /** When any content file was last committed: what site-wide pages (lists, about, data) show. */
  siteCommitted?: string;
}

/** A page's two dates; null where content states none. */
export interface PageDates {
  /** 发布时间: when the office published what the page shows (a plan's or a report's; on a site-wide page the first plan's); null when unknown. */
  published: string | null;
  /** 更新时间: the latest moment among what the page is built from. */
  updated: string | null;
  /** The day the page's plan was archived (plan `archived`): every page of it says so; null for other pages. */
  archived: string | null;
}

const latest = (moments: readonly (string | null | undefined)[]): string | null => moments.filter((m): m is string => typeof m === 'string').sort().at(-1) ?? null;

/**
 * A plan's own date for the sitemap when nothing else is known: the day it was issued, or the start
 * of its period when the text gives none (as the 2024 plan's does not).
 */
export function planDate(plan: ChangeFacts['plans'][number]): string {
  return plan.date ?? plan.period.start;
}

/**
 * When a plan was published on the site: the time the office states, else when its file was first
 * committed, else the day it was issued; null when none is known.
 */
export function planPublished(plan: ChangeFacts['plans'][number]): string | null {
  return plan.publishedAt ?? plan.committed?.first ?? plan.date;
}

/** When a report was published on the site: its stated time, else its publication date. */
export const reportPublished = (report: ChangeFacts['reports'][number]): string => report.publishedAt ?? report.published;

/**
 * A page's dates (see PageDates); `path` is without base and edition prefix. A report's page: its
 * publication. A target's page: the plan's publication, updated by the last report publishing a
 * figure for it, the last adjustment of it, or the last commit of its plan's files. Any other page of
 * a plan: the same over all the plan's reports and adjustments. Site-wide pages: published with the
 * first plan, updated at the latest moment of any plan, report or content file.
 * @example pageDates('/2024/reports/2024-06-30/', facts) // { published: '2024-07-10', updated: '2024-07-10', archived: null }
 */
export function pageDates(path: string, facts: ChangeFacts): PageDates {
  const page = planPageOf(path, facts.plans.map((p) => p.id));
  const plan = facts.plans.find((p) => p.id === page?.plan);
  if (!plan) {
    const everything = [
      ...facts.plans.flatMap((p) => [planPublished(p), p.committed?.last]),
      ...facts.reports.map(reportPublished),
      ...(facts.adjustments ?? []).map((a) => a.published),
      facts.siteCommitted,
    ];
    // A department's, county's or issuer's page came to be with the first plan naming it: the earliest plan's publication.
    const first = facts.plans.map(planPublished).filter((m): m is string => m !== null).sort()[0] ?? null;
    return { published: first, updated: latest(everything), archived: null };
  }
  const reports = facts.reports.filter((r) => r.plan === plan.id);
  const report = page?.report !== undefined ? reports.find((r) => r.asOf === page.report) : undefined;
  const archived = plan.archived ?? null;
  if (report) return { published: reportPublished(report), updated: reportPublished(report), archived };
  const target = page?.target;
  const relevant = target ? reports.filter((r) => r.targets.includes(target)) : reports;
  const adjustments = (facts.adjustments ?? []).filter((a) => a.plan === plan.id && (target === undefined || a.target === target));
  const published = planPublished(plan);
  return { published, updated: latest([published, plan.committed?.last, ...relevant.map(reportPublished), ...adjustments.map((a) => a.published)]), archived };
}

/**
 * The date (YYYY-MM-DD) the data a page shows last changed, for sitemaps and feeds: the day of its
 * 更新时间, else the plan's own date (site-wide: the newest plan's).
 * @example lastChanged('/2024/targets/teeth-fluoride/', facts) // "2024-07-10"
 */
export function lastChanged(path: string, facts: ChangeFacts): string {
  const updated = pageDates(path, facts).updated;
  if (updated) return updated.slice(0, 10);
  const page = planPageOf(path, facts.plans.map((p) => p.id));
  const plan = facts.plans.find((p) => p.id === page?.plan);
  return plan ? planDate(plan) : (latest(facts.plans.map(planDate)) ?? '1970-01-01');
}

/** One dated item the home page lists: a plan, a report or an adjustment, with when it was published. */
export type DatedItem =
  | { kind: 'plan'; plan: string; moment: string }
  | { kind: 'report'; plan: string; asOf: string; moment: string }
  | { kind: 'adjustment'; plan: string; target: string; moment: string };

/**
 * The newest `limit` publications of the site, newest first: plans (when published), reports and
 * adjustments. A plan with no known publication is left out.
 */
export function latestItems(facts: ChangeFacts, limit: number): DatedItem[] {
  const items: DatedItem[] = [
    ...facts.plans.flatMap((p): DatedItem[] => {
      const moment = planPublished(p);
      return moment ? [{ kind: 'plan', plan: p.id, moment }] : [];
    }),
    ...facts.reports.map((r): DatedItem => ({ kind: 'report', plan: r.plan, asOf: r.asOf, moment: reportPublished(r) })),
    ...(facts.adjustments ?? []).map((a): DatedItem => ({ kind: 'adjustment', plan: a.plan, target: a.target, moment: a.published })),
  ];
  return items.sort((a, b) => (a.moment < b.moment ? 1 : a.moment > b.moment ? -1 : 0)).slice(0, limit);
}
