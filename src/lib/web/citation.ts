import type { Dictionary } from '../../i18n/dictionary.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Report } from '../../schemas/report.ts';
import { formatDate } from './format.ts';

/**
 * Citations of a target or project: a GB/T 7714-2015 style reference for electronic resources
 * (主要责任者. 题名[EB/OL]. (更新日期)[引用日期]. 获取和访问路径.) and a plain source line for news.
 * Pure; the URL and dates are arguments.
 */

export interface CitationInput {
  /** Who publishes the site (content/site.json). */
  publisher: string;
  /** What is cited: a target label or project title. */
  title: string;
  plan: Plan;
  /** The report the figures come from, if any. */
  report?: Pick<Report, 'asOf' | 'source'>;
  /** URL to cite: pinned to the report when there is one. */
  url: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
}

/**
 * GB/T 7714 reference.
 * @example "民生实事公开. 为学龄前儿童免费提供口腔局部涂氟：实施自治州2024年十件民生实事工作方案[EB/OL]. (2024-06-30)[2026-11-29]. https://…"
 */
export function gbtReference(c: CitationInput, t: Dictionary): string {
  const updated = c.report?.asOf ?? c.plan.date;
  return `${c.publisher}. ${t.punct.labelled(c.title, planTitle(c.plan))}${t.cite.ebol}. ${updated ? `(${updated})` : ''}[${c.accessed}]. ${c.url}.`;
}

/** The plan's official title, followed by its translation in another edition, so readers can find the original. */
function planTitle(plan: Plan): string {
  return plan.title === plan.source.title ? plan.title : `${plan.source.title} [${plan.title}]`;
}

/** A plain source line for news use, naming the plan, the report and its date, the URL and the access date. */
export function plainSourceLine(c: CitationInput, t: Dictionary): string {
  const source = c.report
    ? t.cite.withReport(planTitle(c.plan), c.plan.issuer, formatDate(c.report.asOf, t), c.report.source.title, c.report.source.issuer, formatDate(c.report.source.date, t))
    : t.cite.planOnly(planTitle(c.plan), c.plan.issuer);
  return `${source}${t.cite.urlAccessed(c.url, formatDate(c.accessed, t))}`;
}
