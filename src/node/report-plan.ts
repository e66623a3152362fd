import { z } from 'astro/zod';
import { buildSiteModel, type PlanView, type SiteModel } from '../lib/model/plan-model.ts';
import { planInForce } from '../lib/intake/report-slots.ts';
import { AdjustmentSchema } from '../schemas/adjustment.ts';
import { CountySchema } from '../schemas/county.ts';
import { DepartmentSchema } from '../schemas/department.ts';
import { IssuerSchema } from '../schemas/issuer.ts';
import { PlanSchema } from '../schemas/plan.ts';
import { ProjectSchema } from '../schemas/project.ts';
import { ReportSchema } from '../schemas/report.ts';
import { StatusWordsSchema, type StatusWord } from '../schemas/status-word.ts';
import { readContent } from './read-content.ts';

/**
 * The plan a new report is for, read from a content root: what `npm run new-snapshot`,
 * `npm run report:template` and `npm run report:import` start from. Node-only (reads the files).
 */

/** The plan in force, its site model (built as of the report date) and the status-word vocabulary. */
export interface ReportPlan {
  site: SiteModel;
  view: PlanView;
  statusWords: StatusWord[];
}

/** Why the plan could not be loaded, in Chinese and English. */
export interface ReportPlanRefusal {
  zh: string;
  en: string;
}

/** Which plan: by id, else the one in force on the date of an issuer (default: the site's own). */
export interface PlanChoice {
  planId?: string | undefined;
  issuerId?: string | undefined;
  /**
   * Leave out every report file of this date (<as-of>.json, in any folder): the one about to be
   * written or replaced is not part of the plan's history, and another plan's of that date is not needed.
   */
  replacing?: boolean;
}

/**
 * Loads the content under `root` and picks the plan in force on `asOf` (see PlanChoice).
 * Refuses, with words, when the content does not parse (run npm run check first) or no plan fits.
 */
export function loadReportPlan(root: string, asOf: string, choice: PlanChoice = {}): ReportPlan | { refusal: ReportPlanRefusal } {
  const { planId, issuerId } = choice;
  const raw = readContent(root);
  if (choice.replacing) raw.reports = raw.reports.filter((f) => f.file.split(/[/\\]/).at(-1) !== `${asOf}.json`);
  const bad: string[] = [];
  const parse = <S extends z.ZodType>(schema: S, data: unknown, name: string): z.output<S> | undefined => {
    const result = schema.safeParse(data);
    if (!result.success) bad.push(name);
    return result.success ? result.data : undefined;
  };
  const plans = raw.plans.map((f) => parse(PlanSchema, f.data, f.file));
  const projects = raw.projects.map((f) => parse(ProjectSchema, f.data, f.file));
  const reports = raw.reports.map((f) => parse(ReportSchema, f.data, f.file));
  // Approved adjustments: the sheets show each target's terms in force on the reporting date.
  const adjustments = (raw.adjustments ?? []).map((f) => parse(AdjustmentSchema, f.data, f.file));
  const departments = parse(z.array(DepartmentSchema), raw.departments.data, raw.departments.file);
  const counties = parse(z.array(CountySchema), raw.counties.data, raw.counties.file);
  const issuers = (raw.issuers ?? []).map((f) => parse(IssuerSchema, f.data, f.file));
  const siteIssuer = (raw.siteConfig?.data as { issuer?: unknown } | undefined)?.issuer;
  const statusWords = raw.statusWords ? parse(StatusWordsSchema, raw.statusWords.data, raw.statusWords.file) : [];
  if (bad.length > 0 || !departments || !counties || !statusWords) {
    return { refusal: { zh: `内容有误（${bad.join('、')}），请先运行 npm run check 修正`, en: `content has problems (${bad.join(', ')}); run npm run check and fix them first` } };
  }
  const site = buildSiteModel({
    plans: plans as z.output<typeof PlanSchema>[],
    projects: projects as z.output<typeof ProjectSchema>[],
    reports: reports as z.output<typeof ReportSchema>[],
    issuers: issuers as z.output<typeof IssuerSchema>[],
    siteIssuer: typeof siteIssuer === 'string' ? siteIssuer : undefined,
    adjustments: adjustments as z.output<typeof AdjustmentSchema>[],
    departments,
    counties,
    statusWords,
    today: asOf,
  });
  if (issuerId !== undefined && !site.issuerById.has(issuerId)) {
    return { refusal: { zh: `没有编号为 ${issuerId} 的发布机关（见 content/issuers/）`, en: `there is no issuer with id ${issuerId} (see content/issuers/)` } };
  }
  const view = planInForce(site, asOf, planId, issuerId ?? site.siteIssuer);
  if (!view) {
    return planId
      ? { refusal: { zh: `没有编号为 ${planId} 的方案`, en: `there is no plan with id ${planId}` } }
      : { refusal: { zh: `没有期间包含 ${asOf} 的方案；可用 --plan 或 --issuer 指定`, en: `no plan's period contains ${asOf}; name one with --plan or --issuer` } };
  }
  return { site, view, statusWords };
}
