import type { Adjustment } from '../../schemas/adjustment.ts';
import type { County } from '../../schemas/county.ts';
import type { Department } from '../../schemas/department.ts';
import type { Issuer } from '../../schemas/issuer.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Project, SubItem } from '../../schemas/project.ts';
import type { Report, ReportEntry } from '../../schemas/report.ts';
import type { Target } from '../../schemas/target.ts';
import { CONTENT_LANGUAGE } from '../../i18n/languages.ts';
import { adjustmentsInForce, termsAt, type TargetTerms } from './adjustments.ts';
import type { ReportableStatus, StatusWord } from '../../schemas/status-word.ts';
import { entryFigure, fallsBelow, judgeTarget, type Judgement } from './judge.ts';
import { issuerViews, planIssuerId, type IssuerView } from './issuers.ts';
import { statusOfWord, statusWordIndex, type Disagreement } from './reported-status.ts';
import { projectStatus, type Status } from './status.ts';

/**
 * Joins validated content into the read-only model pages render: targets with their project,
 * sub-item, effective deadline and units, their readings in date order and their status.
 * Pure: content arrives as arrays; `today` decides which reports count.
 */

/** A report's figure for one target, with the report it came from. */
export interface ReadingView extends ReportEntry {
  asOf: string;
  published: string;
  source: Report['source'];
  /** A cumulative, higher-is-better figure lower than the previous report's: shown as a revision, never silently. */
  revisedDown: boolean;
  /** The figure is not stated but derived from the source's completion rate (reportedRate × target value). */
  derivedFromRate: boolean;
  /** The status the source's word (reportedStatus) stands for, from content/status-words.json. */
  reportedAs?: ReportableStatus;
}

/** A target with everything a page needs. */
export interface TargetView extends Target {
  plan: string;
  /** The issuer of its plan (see PlanView.issuerId). */
  issuerId: string | undefined;
  projectId: string;
  projectNumber: number;
  projectTitle: string;
  subItemId: string;
  subItemNumber: SubItem['number'];
  subItemTitle: string;
  /** Effective deadline: the latest approved adjustment's, else the target's own, else the plan period's end. */
  deadline: string;
  /** The plan's own terms (figure, wording, deadline), never overwritten; `value`, `written` and `deadline` above are the terms in force. */
  original: TargetTerms;
  /** Approved adjustments in force at the model's date, oldest first (empty when the plan's terms stand). */
  adjustments: Adjustment[];
  /** Whether the status was judged against adjusted terms (those in force at the latest reading's date). */
  judgedAdjusted: boolean;
  /** Lead units: the target's own, else its sub-item's. */
  leadUnits: string[];
  responsibleUnits: string[];
  /** Counties: the target's own, else its sub-item's. */
  countyIds: string[];
  readings: ReadingView[];
  /** The judgement at the model's date (src/lib/model/judge.ts); `basis`: whether the status rests on figures or on the source's word alone. */
  assessment: Judgement<ReadingView>['assessment'];
  /** The source's word for the latest reading against the figures' status, when they contradict each other. */
  disagreement: Disagreement | null;
}

/** A sub-item with its resolved targets. */
export interface SubItemView extends Omit<SubItem, 'targets'> {
  targets: TargetView[];
}

/** A project with derived units, counties, targets and status. */
export interface ProjectView extends Omit<Project, 'subItems'> {
  subItems: SubItemView[];
  targets: TargetView[];
  /** Lead units of all sub-items, in order of first mention. */
  leadUnits: string[];
  /** Responsible units of all sub-items that are not also lead units. */
  responsibleUnits: string[];
  countyIds: string[];
  status: Status;
  /** Mean progress of targets that have a ratio, capped at 1 each; null when none has. */
  progress: number | null;
  /** How many targets have no report yet. */
  unreported: number;
}

/** A plan with its projects and reports. */
export interface PlanView {
  plan: Plan;
  /** The issuer it belongs to (planIssuerId); undefined only for content without issuers (unit tests). */
  issuerId: string | undefined;
  projects: ProjectView[];
  targets: TargetView[];
  /** Reports of this plan, oldest first. */
  reports: Report[];
  /** Approved target adjustments in force at the model's date, oldest first. */
  adjustments: Adjustment[];
  /** The newest report's as-of date, or null when none is published. */
  latestAsOf: string | null;
  /** Targets whose source's word contradicts their figures (see disagreementOf). */
  disagreements: TargetView[];
}

/** Everything the site shows. */
export interface SiteModel {
  plans: PlanView[];
  /** Issuers by level, region first, each with its plans (newest first). */
  issuers: IssuerView[];
  issuerById: Map<string, IssuerView>;
  /** The site's own issuer (content/site.json `issuer`, else the only one): the home page shows its newest plan. */
  siteIssuer: string | undefined;
  /** Every target of every plan by id (ids are unique across plans). */
  targetById: Map<string, TargetView>;
  /** Targets that count towards a target (contributesTo), by the id of the target they count towards, in plan order. */
  contributions: Map<string, TargetView[]>;
  departments: Department[];
  counties: County[];
  departmentById: Map<string, Department>;
  countyById: Map<string, County>;
  /** The language of the model's display texts (see src/lib/model/localize.ts). */
  lang: string;
  /** Content shown in Chinese for want of a translation (keys as in localize.ts). */
  untranslated: ReadonlySet<string>;
  /** The same model in the content's own language (itself for Chinese): names as the plan writes them. */
  original: SiteModel;
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

function buildPlan(plan: Plan, issuerId: string | undefined, projects: readonly Project[], allReports: readonly Report[], allAdjustments: readonly Adjustment[], today: string, words: ReadonlyMap<string, ReportableStatus>): PlanView {
  const adjustmentsByTarget = new Map<string, Adjustment[]>();
  for (const a of adjustmentsInForce(allAdjustments.filter((a) => a.plan === plan.id), today)) {
    adjustmentsByTarget.set(a.target, [...(adjustmentsByTarget.get(a.target) ?? []), a]);
  }
  const reports = allReports.filter((s) => s.plan === plan.id && s.asOf <= today).sort((a, b) => a.asOf.localeCompare(b.asOf));
  // Every report's entries grouped by target once, in date order (a plan may have thousands of targets).
  const entriesByTarget = new Map<string, { report: Report; entry: ReportEntry }[]>();
  for (const report of reports) {
    for (const entry of report.entries) {
      const list = entriesByTarget.get(entry.target) ?? [];
      list.push({ report, entry });
      entriesByTarget.set(entry.target, list);
    }
  }
  /** A target's readings; `figureAt` gives the annual figure in force on a date (a rate is a share of it). */
  const readingsOf = (target: Target, figureAt: (asOf: string) => number | undefined): ReadingView[] => {
    let previous: number | undefined;
    return (entriesByTarget.get(target.id) ?? []).map(({ report, entry }) => {
      const { value, derivedFromRate } = entryFigure(entry, target, figureAt(report.asOf));
      const revisedDown = fallsBelow(target, previous, value);
      previous = value ?? previous;
      const reportedAs = entry.reportedStatus !== undefined ? statusOfWord(words, entry.reportedStatus) : undefined;
      return { ...entry, ...(value !== undefined ? { value } : {}), asOf: report.asOf, published: report.published, source: report.source, revisedDown, derivedFromRate, ...(reportedAs ? { reportedAs } : {}) };
    });
  };

  const projectViews = projects
    .filter((p) => p.plan === plan.id)
    .sort((a, b) => a.number - b.number)
    .map((project): ProjectView => {
      const subItems = project.subItems.map((subItem): SubItemView => ({
        ...subItem,
        targets: subItem.targets.map((target): TargetView => {
          const original: TargetTerms = { value: target.value, written: target.written, deadline: target.deadline ?? plan.period.end };
          const adjustments = adjustmentsByTarget.get(target.id) ?? [];
          const current = termsAt(original, adjustments, today);
          const deadline = current.deadline;
          const readings = readingsOf(target, (asOf) => termsAt(original, adjustments, asOf).value);
          const judgement = judgeTarget({ ...target, original, adjustments }, plan.period.start, readings, today);
          return {
            ...target,
            value: current.value,
            written: current.written,
            original,
            adjustments,
            judgedAdjusted: judgement.terms.adjustedBy.length > 0,
            plan: plan.id,
            issuerId,
            projectId: project.id,
            projectNumber: project.number,
            projectTitle: project.shortTitle,
            subItemId: subItem.id,
            subItemNumber: subItem.number,
            subItemTitle: subItem.title,
            deadline,
            leadUnits: target.lead ?? subItem.lead,
            responsibleUnits: subItem.responsible,
            countyIds: target.counties ?? subItem.counties,
            readings,
            assessment: judgement.assessment,
            disagreement: judgement.disagreement,
          };
        }),
      }));
      const targets = subItems.flatMap((s) => s.targets);
      const leadUnits = unique(subItems.flatMap((s) => s.lead));
      const ratios = targets.map((t) => t.assessment.ratio).filter((r): r is number => r !== null);
      return {
        ...project,
        subItems,
        targets,
        leadUnits,
        responsibleUnits: unique(subItems.flatMap((s) => s.responsible)).filter((id) => !leadUnits.includes(id)),
        countyIds: unique([...subItems.flatMap((s) => s.counties), ...targets.flatMap((t) => t.countyIds)]),
        status: projectStatus(targets.map((t) => t.assessment.status)),
        progress: ratios.length > 0 ? ratios.reduce((sum, r) => sum + Math.min(1, r), 0) / ratios.length : null,
        unreported: targets.filter((t) => t.readings.length === 0).length,
      };
    });

  const targets = projectViews.flatMap((p) => p.targets);
  return {
    plan,
    issuerId,
    projects: projectViews,
    targets,
    reports,
    adjustments: [...adjustmentsByTarget.values()].flat().sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : a.target < b.target ? -1 : 1)),
    latestAsOf: reports.at(-1)?.asOf ?? null,
    disagreements: targets.filter((t) => t.disagreement !== null),
  };
}

/** Builds the site model; plans are ordered newest year first. */
export function buildSiteModel(input: {
  plans: readonly Plan[];
  projects: readonly Project[];
  reports: readonly Report[];
  /** Approved target adjustments (content/adjustments/); those effective after `today` do not count yet. */
  adjustments?: readonly Adjustment[];
  departments: readonly Department[];
  counties: readonly County[];
  /** Issuers (content/issuers/) and the site's own (content/site.json `issuer`); none in some unit tests. */
  issuers?: readonly Issuer[];
  siteIssuer?: string;
  /** The vocabulary of status words (content/status-words.json); none when absent. */
  statusWords?: readonly StatusWord[];
  today: string;
  /**
   * Only reports and adjustments published by this date count: a frozen data package holds what was
   * published when its report was, so a later report or adjustment dated earlier never changes it.
   * Default: every file (the check keeps publication dates from passing today).
   */
  knownBy?: string;
  /** Language of the (already localized) texts; default zh-CN. */
  lang?: string;
  untranslated?: ReadonlySet<string>;
  /** The model in the content's language, when this one is a translation. */
  original?: SiteModel;
}): SiteModel {
  const words = statusWordIndex(input.statusWords ?? []);
  const known = <T extends { published: string }>(files: readonly T[]) => (input.knownBy === undefined ? files : files.filter((f) => f.published <= input.knownBy!));
  const issuerIds = (input.issuers ?? []).map((i) => i.id);
  const plans = [...input.plans].sort((a, b) => b.year - a.year).map((plan) => buildPlan(plan, planIssuerId(plan, input.siteIssuer, issuerIds), input.projects, known(input.reports), known(input.adjustments ?? []), input.today, words));
  const issuers = issuerViews(input.issuers ?? [], plans);
  const contributions = new Map<string, TargetView[]>();
  for (const target of plans.flatMap((view) => view.targets)) {
    if (target.contributesTo !== undefined) contributions.set(target.contributesTo, [...(contributions.get(target.contributesTo) ?? []), target]);
  }
  const site: SiteModel = {
    plans,
    issuers,
    issuerById: new Map(issuers.map((i) => [i.id, i])),
    siteIssuer: input.siteIssuer ?? (issuerIds.length === 1 ? issuerIds[0] : undefined),
    contributions,
    targetById: new Map(plans.flatMap((view) => view.targets.map((target) => [target.id, target]))),
    departments: [...input.departments],
    counties: [...input.counties],
    departmentById: new Map(input.departments.map((d) => [d.id, d])),
    countyById: new Map(input.counties.map((c) => [c.id, c])),
    lang: input.lang ?? CONTENT_LANGUAGE,
    untranslated: input.untranslated ?? new Set(),
    original: undefined as unknown as SiteModel,
  };
  site.original = input.original ?? site;
  return site;
}

/** The plan the home page shows: the site's own issuer's newest. Throws when the content has no plan. */
export function currentPlan(site: SiteModel): PlanView {
  const plan = site.plans.find((view) => site.siteIssuer === undefined || view.issuerId === site.siteIssuer) ?? site.plans[0];
  if (!plan) throw new Error('没有任何方案 — no plan in content/plans/');
  return plan;
}

/** Units by name, joined by the language's list separator (e.g. "州民政局、州财政局"). */
export function unitNames(site: SiteModel, ids: readonly string[], separator: string): string {
  return ids.map((id) => site.departmentById.get(id)?.shortName ?? id).join(separator);
}
