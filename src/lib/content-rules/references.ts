import { z } from 'astro/zod';
import { LANGUAGE_TAGS } from '../../i18n/languages.ts';
import { CountySchema } from '../../schemas/county.ts';
import { DepartmentSchema } from '../../schemas/department.ts';
import { PlanSchema, type Plan } from '../../schemas/plan.ts';
import { ProjectSchema } from '../../schemas/project.ts';
import { RESERVED_SEGMENTS } from '../web/urls.ts';
import { didYouMean } from './hints.ts';
import { checkFigure, checkHeading, checkQuote, checkWholeParagraph, headingNumber, officialTextOf } from './official-text.ts';
import { parseWith } from './parse.ts';
import { pushInto, type Problem, type Push } from './problems.ts';
import { projectShortPath, targetShortPath } from '../web/urls.ts';
import { field, list, text, type FieldPath, type Loose, type RawContent, type RawFile } from './raw-content.ts';
import { checkArchiveDate } from './archive.ts';

/**
 * Ids and the references between files: the department and county lists, plans, and the projects
 * (sub-items, targets) that name them. Ids are unique where they must be; references name known ids.
 */

/** The ids the department and county lists hold. */
export interface KnownIds {
  department: Set<string>;
  county: Set<string>;
  /** Lists that could not be read: their ids are unknown, so references to them are not reported again. */
  unreadable?: { department: boolean; county: boolean };
}

/** What the report checks need to know of a target. */
export interface TargetFacts {
  kind?: string;
  unit?: string;
  value?: number;
  measure?: string;
  /** The target's own deadline, when it sets one (else the plan period's end). */
  deadline?: string;
  direction?: string;
  /** Set when `value` is an adjusted figure: the date that adjustment took effect (see reports.ts inForce). */
  adjustedOn?: string;
  /** The target of an issuer above this one counts towards (issuers.ts checks the link). */
  contributesTo?: string;
  /** Where the target is written, for problems about it. */
  at?: { raw: RawFile; path: FieldPath };
}

/** Checks a reference list (departments, counties) for duplicate ids; returns the ids it holds. */
function checkIdList(raw: RawFile, label: { zh: string; en: string }, push: Push): Set<string> {
  const ids = new Set<string>();
  list(raw.data).forEach((item, index) => {
    const id = text(field(item, 'id'));
    if (id === undefined) return;
    if (ids.has(id)) push(raw, [index, 'id'], `${label.zh}编号 ${id} 重复`, `duplicate ${label.en} id ${id}`);
    ids.add(id);
  });
  return ids;
}

/** Checks that each id of a list at `path` is a known department or county, suggesting the closest when not. */
function checkRefs(raw: RawFile, path: FieldPath, ids: Loose, kind: 'department' | 'county', known: KnownIds, push: Push): void {
  if (known.unreadable?.[kind]) return; // the list's own problem is reported once, at the list
  const file = kind === 'department' ? 'content/departments.json' : 'content/counties.json';
  list(ids).forEach((id, index) => {
    if (typeof id !== 'string' || known[kind].has(id)) return;
    const name = kind === 'department' ? '单位' : '县市';
    push(raw, [...path, index], `未知的${name}编号 ${id}（可用编号见 ${file}）`, `unknown ${kind} id ${id} (known ids are in ${file})`, didYouMean(id, known[kind]));
  });
}

/** Checks departments.json and counties.json (schema, duplicate ids, each department's county); returns the ids they hold. */
export function checkReferenceLists(content: RawContent, problems: Problem[]): KnownIds {
  const push = pushInto(problems);
  parseWith(z.array(DepartmentSchema), content.departments, problems);
  parseWith(z.array(CountySchema), content.counties, problems);
  const known: KnownIds = {
    department: checkIdList(content.departments, { zh: '单位', en: 'department' }, push),
    county: checkIdList(content.counties, { zh: '县市', en: 'county' }, push),
    unreadable: { department: content.departments.data === undefined, county: content.counties.data === undefined },
  };
  list(content.departments.data).forEach((department, index) => {
    if (field(department, 'county') !== undefined) checkRefs(content.departments, [index], [field(department, 'county')], 'county', known, push);
  });
  return known;
}

/** Checks every plan (schema, unique id, no clash with the site's URLs, source file present, archive date); returns the valid plans by id. */
export function checkPlans(content: RawContent, today: string, problems: Problem[]): Map<string, Plan> & { unreadable?: boolean; invalid?: Set<string> } {
  const push = pushInto(problems);
  const plans: Map<string, Plan> & { unreadable?: boolean; invalid?: Set<string> } = new Map<string, Plan>();
  plans.invalid = new Set();
  for (const raw of content.plans) {
    const plan = parseWith(PlanSchema, raw, problems);
    if (!plan) {
      // Its problems are reported here, once; other files naming it are not told the plan is unknown.
      if (raw.data === undefined) plans.unreadable = true;
      const id = text(field(raw.data, 'id'));
      if (id !== undefined) plans.invalid.add(id);
      continue;
    }
    if (plans.has(plan.id)) push(raw, ['id'], `方案编号 ${plan.id} 重复`, `duplicate plan id ${plan.id}`);
    // A plan's pages live at /<plan id>/, beside the language editions (/en/) and the site's own sections.
    if ((LANGUAGE_TAGS as readonly string[]).includes(plan.id) || RESERVED_SEGMENTS.includes(plan.id)) {
      push(raw, ['id'], `方案编号 ${plan.id} 与网站的语言版本或栏目网址冲突，请换一个（例如年份）`, `plan id ${plan.id} clashes with a language edition or a section of the site; choose another (e.g. the year)`);
    }
    plans.set(plan.id, plan);
    checkArchiveDate(plan, today, (path, zh, en) => push(raw, path, zh, en));
    if (plan.source.file !== undefined && content.sources[plan.source.file] === undefined) {
      push(raw, ['source', 'file'], `找不到原文文件 content/${plan.source.file}`, `source file content/${plan.source.file} not found`);
    }
  }
  return plans;
}

/**
 * Checks every project: schema, its plan, unique ids and numbers, department and county references,
 * official text (official-text.ts, in the same pass so problems keep file order) and target deadlines.
 * Returns each plan's targets by id, for the report checks.
 */
export function checkProjects(
  content: RawContent,
  plans: ReadonlyMap<string, Plan> & { unreadable?: boolean; invalid?: Set<string> },
  known: KnownIds,
  problems: Problem[],
): Map<string, Map<string, TargetFacts>> & { unreadable?: boolean } {
  const push = pushInto(problems);
  const targetsByPlan: Map<string, Map<string, TargetFacts>> & { unreadable?: boolean } = new Map<string, Map<string, TargetFacts>>();
  targetsByPlan.unreadable = content.projects.some((raw) => raw.data === undefined);
  const numbersByPlan = new Map<string, { raw: RawFile; number: number }[]>();
  // Short links /t/<id>/ and /p/<id>/ are permanent, so an id may be used by one plan only.
  const targetPlans = new Map<string, string>();
  const projectPlans = new Map<string, string>();
  const claimAcrossPlans = (raw: RawFile, path: FieldPath, seen: Map<string, string>, id: string, plan: string | undefined, what: { zh: string; en: string; link: (id: string) => string }) => {
    if (plan === undefined) return;
    const other = seen.get(id);
    if (other !== undefined && other !== plan) {
      push(raw, path, `${what.zh}编号 ${id} 已用于方案 ${other}；短网址 ${what.link(id)} 是永久的，编号须在各年度方案间唯一（例如加上年份）`, `${what.en} id ${id} is already used by plan ${other}; the short link ${what.link(id)} is permanent, so ids are unique across plans (add the year, for example)`);
    }
    seen.set(id, plan);
  };
  const seenProjects = new Map<string, RawFile>();
  for (const raw of content.projects) {
    parseWith(ProjectSchema, raw, problems);
    const data = raw.data;
    const planId = text(field(data, 'plan'));
    const plan = planId !== undefined ? plans.get(planId) : undefined;
    if (planId !== undefined && !plan && !plans.unreadable && !plans.invalid?.has(planId)) {
      push(raw, ['plan'], `未知的方案编号 ${planId}（见 content/plans/）`, `unknown plan id ${planId} (see content/plans/)`);
    }
    for (const key of ['id', 'number'] as const) {
      const value = field(data, key);
      if (value === undefined || planId === undefined) continue;
      const seenKey = `${planId}/${key}/${String(value)}`;
      const other = seenProjects.get(seenKey);
      if (other) {
        const what = key === 'id' ? { zh: '项目编号', en: 'project id' } : { zh: '项目序号', en: 'project number' };
        push(raw, [key], `${what.zh} ${String(value)} 在方案 ${planId} 中重复（另见 ${other.file}）`, `duplicate ${what.en} ${String(value)} in plan ${planId} (also in ${other.file})`);
      }
      seenProjects.set(seenKey, raw);
    }
    const projectId = text(field(data, 'id'));
    if (projectId !== undefined) claimAcrossPlans(raw, ['id'], projectPlans, projectId, planId, { zh: '项目', en: 'project', link: projectShortPath });

    const official = officialTextOf(plan, content.sources);
    const heading = text(field(data, 'heading'));
    checkHeading(raw, heading, official, push);
    const number = field(data, 'number');
    if (typeof number === 'number' && planId !== undefined) {
      numbersByPlan.set(planId, [...(numbersByPlan.get(planId) ?? []), { raw, number }]);
      const fromHeading = heading !== undefined ? headingNumber(heading) : undefined;
      // Synthetic benchmark content copies the plan's projects beyond its own numbering (bench:scale).
      const copied = content.synthetic === true && official !== undefined && number > (official.text.match(/^[一二三四五六七八九十]+、/gm)?.length ?? 0);
      if (fromHeading !== undefined && fromHeading !== number && !copied) {
        push(raw, ['number'], `项目序号 ${number} 与标题的序号“${heading?.split('、')[0]}”（${fromHeading}）不符`, `project number ${number} does not match the heading’s numeral “${heading?.split('、')[0]}” (${fromHeading})`);
      }
    }

    const targets = targetsByPlan.get(planId ?? '') ?? new Map<string, TargetFacts>();
    targetsByPlan.set(planId ?? '', targets);
    const subItemIds = new Set<string>();
    list(field(data, 'subItems')).forEach((subItem, s) => {
      const at: FieldPath = ['subItems', s];
      const subItemId = text(field(subItem, 'id'));
      if (subItemId !== undefined) {
        if (subItemIds.has(subItemId)) push(raw, [...at, 'id'], `子项编号 ${subItemId} 在项目内重复`, `duplicate sub-item id ${subItemId} in this project`);
        subItemIds.add(subItemId);
      }
      checkRefs(raw, [...at, 'lead'], field(subItem, 'lead'), 'department', known, push);
      checkRefs(raw, [...at, 'responsible'], field(subItem, 'responsible'), 'department', known, push);
      checkRefs(raw, [...at, 'counties'], field(subItem, 'counties'), 'county', known, push);
      const quoted = text(field(subItem, 'officialText'));
      checkQuote(raw, [...at, 'officialText'], quoted, official, push);
      checkWholeParagraph(raw, [...at, 'officialText'], quoted, official, push);
      list(field(subItem, 'targets')).forEach((target, t) => {
        const targetAt: FieldPath = [...at, 'targets', t];
        const targetId = text(field(target, 'id'));
        if (targetId !== undefined) {
          claimAcrossPlans(raw, [...targetAt, 'id'], targetPlans, targetId, planId, { zh: '指标', en: 'target', link: targetShortPath });
          if (targets.has(targetId)) push(raw, [...targetAt, 'id'], `指标编号 ${targetId} 在方案 ${planId} 中重复`, `duplicate target id ${targetId} in plan ${planId}`);
          const value = field(target, 'value');
          targets.set(targetId, { kind: text(field(target, 'kind')), unit: text(field(target, 'unit')), value: typeof value === 'number' ? value : undefined, measure: text(field(target, 'measure')) ?? 'cumulative', direction: text(field(target, 'direction')) ?? 'higher', deadline: text(field(target, 'deadline')), contributesTo: text(field(target, 'contributesTo')), at: { raw, path: targetAt } });
        }
        checkFigure(raw, targetAt, target as Record<string, unknown>, quoted, push);
        if (field(target, 'spec') !== undefined) checkFigure(raw, [...targetAt, 'spec'], field(target, 'spec') as Record<string, unknown>, quoted, push);
        list(field(target, 'beneficiaries')).forEach((b, i) => checkFigure(raw, [...targetAt, 'beneficiaries', i], (b ?? {}) as Record<string, unknown>, quoted, push));
        checkRefs(raw, [...targetAt, 'lead'], field(target, 'lead'), 'department', known, push);
        checkRefs(raw, [...targetAt, 'counties'], field(target, 'counties'), 'county', known, push);
        list(field(target, 'allocation')).forEach((part, p) => checkRefs(raw, [...targetAt, 'allocation', p], [field(part, 'county')], 'county', known, push));
        const deadline = text(field(target, 'deadline'));
        if (plan && deadline !== undefined && (deadline < plan.period.start || deadline > plan.period.end)) {
          push(raw, [...targetAt, 'deadline'], `截止日期应在方案期间 ${plan.period.start} 至 ${plan.period.end} 内`, `deadline must fall within the plan period ${plan.period.start} to ${plan.period.end}`);
        }
      });
    });
  }
  // Projects are numbered 1…N in each plan, as the plan numbers them, without gaps or repeats.
  for (const [planId, numbered] of numbersByPlan) {
    const sorted = [...numbered].sort((a, b) => a.number - b.number);
    sorted.forEach(({ raw, number }, index) => {
      if (number !== index + 1 && !sorted.some((other, j) => j < index && other.number === number)) {
        push(raw, ['number'], `方案 ${planId} 的项目序号应从 1 起连续编号，这里应为 ${index + 1}，实际为 ${number}`, `projects of plan ${planId} are numbered 1…N without gaps: ${index + 1} was expected here, found ${number}`);
      }
    });
  }
  return targetsByPlan;
}
