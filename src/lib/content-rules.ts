import { z } from 'astro/zod';
import { CountySchema } from '../schemas/county.ts';
import { DepartmentSchema } from '../schemas/department.ts';
import { PlanSchema, type Plan } from '../schemas/plan.ts';
import { ProjectSchema } from '../schemas/project.ts';
import { LANGUAGE_TAGS, PLACEHOLDER_LANGUAGES } from '../i18n/languages.ts';
import { RESERVED_SEGMENTS } from './urls.ts';
import { SiteConfigSchema } from '../schemas/site-config.ts';
import { SnapshotSchema } from '../schemas/snapshot.ts';

/**
 * Every rule content must pass before anything is published, written once and used by
 * `npm run check`, by the build (src/integrations/content-check.ts) and by the tests.
 * Pure: files arrive already read; "today" is an argument.
 */

/** A path into a file's data, e.g. ['subItems', 0, 'targets', 2, 'value']. */
export type FieldPath = readonly (string | number)[];

/** One file as read from disk, before validation. */
export interface RawFile {
  /** Path relative to the repository root, as shown to admins. */
  file: string;
  /** Parsed JSON or frontmatter; undefined when parsing failed. */
  data: unknown;
  /** Set when the file could not be parsed at all. */
  parseError?: { zh: string; en: string; line?: number };
  /** Line number of a field in the file, when the reader can tell. */
  locate?: (path: FieldPath) => number | undefined;
  /** MDX body (projects only). */
  body?: string;
  /** Line number where the body starts. */
  bodyLine?: number;
}

/** Everything under a content root, as read from disk. */
export interface RawContent {
  plans: RawFile[];
  projects: RawFile[];
  departments: RawFile;
  counties: RawFile;
  snapshots: RawFile[];
  /** content/site.json, when present. */
  siteConfig?: RawFile;
  /** Whether the root is synthetic (test or demo) content: it has a synthetic.json marker. */
  synthetic?: boolean;
  /** Official source texts by their path under the content root (e.g. sources/2024-plan.txt). */
  sources: Record<string, string>;
}

/** One thing wrong with the content, said in Chinese and English. */
export interface Problem {
  file: string;
  line?: number;
  /** Dotted field path, e.g. subItems[0].targets[2].value; empty for the whole file. */
  field: string;
  /** The value found, shortened for display; undefined when the field is missing. */
  found?: string;
  zh: string;
  en: string;
  /** What to do about it. */
  hint?: { zh: string; en: string };
}

const SEPARATOR = ' ‖ ';

/** Splits a "中文 ‖ English" message; zod's own locale messages arrive in one language each. */
function splitBilingual(message: string): [string, string] | undefined {
  const at = message.indexOf(SEPARATOR);
  return at < 0 ? undefined : [message.slice(0, at), message.slice(at + SEPARATOR.length)];
}

/** Renders a field path as admins read it: subItems[0].targets[2].value */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** Shows a found value in one short line. */
function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A problem at a field of a file, with the value found there. */
function problemAt(raw: RawFile, path: FieldPath, zh: string, en: string, hint?: Problem['hint']): Problem {
  return {
    file: raw.file,
    line: raw.locate?.(path),
    field: formatFieldPath(path),
    found: describeValue(valueAt(raw.data, path)),
    zh,
    en,
    ...(hint ? { hint } : {}),
  };
}

const DICTIONARY_HINT = {
  zh: '每个字段的含义和格式见 content/schemas/ 或网站的 /data/dictionary/ 页面',
  en: 'every field is described in content/schemas/ and on the site’s /data/dictionary/ page',
};

/** Edit distance of two short strings, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** A "did you mean …?" hint naming the closest known id, when one is close. */
function didYouMean(id: string, known: Iterable<string>): Problem['hint'] {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? { zh: `是否应为 ${best}？`, en: `did you mean ${best}?` } : undefined;
}

/** Parses a file with a schema, returning its data or the problems, each in both languages. */
function parseWith<S extends z.ZodType>(schema: S, raw: RawFile, problems: Problem[]): z.output<S> | undefined {
  if (raw.parseError) {
    problems.push({ file: raw.file, line: raw.parseError.line, field: '', zh: raw.parseError.zh, en: raw.parseError.en });
    return undefined;
  }
  const zh = schema.safeParse(raw.data, { error: z.locales.zhCN().localeError });
  if (zh.success) return zh.data;
  const en = schema.safeParse(raw.data, { error: z.locales.en().localeError });
  zh.error.issues.forEach((issue, index) => {
    const found = valueAt(raw.data, issue.path as FieldPath);
    if (issue.code === 'invalid_type' && found === undefined) {
      const name = String(issue.path.at(-1) ?? '');
      problems.push(problemAt(raw, issue.path as FieldPath, `缺少必填字段 ${name}（应为 ${issue.expected}）`, `missing required field ${name} (expected ${issue.expected})`, DICTIONARY_HINT));
      return;
    }
    if (issue.code === 'invalid_type' && found === null) {
      // An empty slot left by `npm run new-snapshot`.
      problems.push(
        problemAt(raw, issue.path as FieldPath, '尚未填写', 'still to be filled in', {
          zh: issue.path[0] === 'entries' ? '填写本期数字（或里程碑状态、说明）；本期不报告这项指标时，删除这一整条' : '按来源文件填写',
          en: issue.path[0] === 'entries' ? 'fill in this report’s figure (or milestone state, or note); to leave the target out of this report, delete the whole entry' : 'fill it in from the source document',
        }),
      );
      return;
    }
    const custom = splitBilingual(issue.message);
    const english = en.success ? undefined : en.error.issues[index]?.message;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
    problems.push(
      problemAt(raw, path as FieldPath, custom?.[0] ?? issue.message, custom?.[1] ?? splitBilingual(english ?? '')?.[1] ?? english ?? issue.message, DICTIONARY_HINT),
    );
  });
  return undefined;
}

/** Lines of a text without blank lines, so verbatim quotes compare regardless of paragraph spacing. */
function withoutBlankLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

// Cross-file checks read the raw data loosely, so a file whose shape is wrong somewhere still has
// its references checked: admins see every problem in one run, not one per fix.
type Loose = unknown;
const list = (value: Loose): Loose[] => (Array.isArray(value) ? value : []);
const text = (value: Loose): string | undefined => (typeof value === 'string' ? value : undefined);
const field = (value: Loose, key: string): Loose =>
  value !== null && typeof value === 'object' ? (value as Record<string, Loose>)[key] : undefined;

/** What the report checks need to know of a target. */
interface TargetFacts {
  kind?: string;
  unit?: string;
}

/** All checks on a whole content tree. Returns every problem found; an empty list means publishable. */
export function validateContent(content: RawContent, today: string): Problem[] {
  const problems: Problem[] = [];
  const push: Push = (raw, path, zh, en, hint) => problems.push(problemAt(raw, path, zh, en, hint));

  if (content.siteConfig) {
    parseWith(SiteConfigSchema, content.siteConfig, problems);
    list(field(content.siteConfig.data, 'languages')).forEach((tag, index) => {
      if (typeof tag === 'string' && (PLACEHOLDER_LANGUAGES as readonly string[]).includes(tag) && !content.synthetic) {
        push(content.siteConfig!, ['languages', index], `${tag} 是测试用的占位语言（文字不是译文），只能用于带 synthetic.json 标记的测试或演示内容`, `${tag} is a placeholder test locale (its strings are not a translation) and is allowed only in synthetic test or demo content (with synthetic.json)`);
      }
    });
  }
  parseWith(z.array(DepartmentSchema), content.departments, problems);
  parseWith(z.array(CountySchema), content.counties, problems);
  const departmentIds = checkIdList(content.departments, { zh: '单位', en: 'department' }, push);
  const countyIds = checkIdList(content.counties, { zh: '县市', en: 'county' }, push);

  const checkRefs = (raw: RawFile, path: FieldPath, ids: Loose, kind: 'department' | 'county') => {
    const known = kind === 'department' ? departmentIds : countyIds;
    const file = kind === 'department' ? 'content/departments.json' : 'content/counties.json';
    list(ids).forEach((id, index) => {
      if (typeof id !== 'string' || known.has(id)) return;
      const name = kind === 'department' ? '单位' : '县市';
      push(raw, [...path, index], `未知的${name}编号 ${id}（可用编号见 ${file}）`, `unknown ${kind} id ${id} (known ids are in ${file})`, didYouMean(id, known));
    });
  };
  list(content.departments.data).forEach((department, index) => {
    if (field(department, 'county') !== undefined) checkRefs(content.departments, [index], [field(department, 'county')], 'county');
  });

  const plans = new Map<string, Plan>();
  for (const raw of content.plans) {
    const plan = parseWith(PlanSchema, raw, problems);
    if (!plan) continue;
    if (plans.has(plan.id)) push(raw, ['id'], `方案编号 ${plan.id} 重复`, `duplicate plan id ${plan.id}`);
    // A plan's pages live at /<plan id>/, beside the language editions (/en/) and the site's own sections.
    if ((LANGUAGE_TAGS as readonly string[]).includes(plan.id) || RESERVED_SEGMENTS.includes(plan.id)) {
      push(raw, ['id'], `方案编号 ${plan.id} 与网站的语言版本或栏目网址冲突，请换一个（例如年份）`, `plan id ${plan.id} clashes with a language edition or a section of the site; choose another (e.g. the year)`);
    }
    plans.set(plan.id, plan);
    if (plan.source.file !== undefined && content.sources[plan.source.file] === undefined) {
      push(raw, ['source', 'file'], `找不到原文文件 content/${plan.source.file}`, `source file content/${plan.source.file} not found`);
    }
  }

  for (const raw of content.projects) problems.push(...checkMdxBody(raw));

  const targetsByPlan = new Map<string, Map<string, TargetFacts>>();
  // Short links /t/<id>/ and /p/<id>/ are permanent, so an id may be used by one plan only.
  const targetPlans = new Map<string, string>();
  const projectPlans = new Map<string, string>();
  const claimAcrossPlans = (raw: RawFile, path: FieldPath, seen: Map<string, string>, id: string, plan: string | undefined, what: { zh: string; en: string; link: string }) => {
    if (plan === undefined) return;
    const other = seen.get(id);
    if (other !== undefined && other !== plan) {
      push(raw, path, `${what.zh}编号 ${id} 已用于方案 ${other}；短网址 ${what.link}${id}/ 是永久的，编号须在各年度方案间唯一（例如加上年份）`, `${what.en} id ${id} is already used by plan ${other}; the short link ${what.link}${id}/ is permanent, so ids are unique across plans (add the year, for example)`);
    }
    seen.set(id, plan);
  };
  const seenProjects = new Map<string, RawFile>();
  for (const raw of content.projects) {
    parseWith(ProjectSchema, raw, problems);
    const data = raw.data;
    const planId = text(field(data, 'plan'));
    const plan = planId !== undefined ? plans.get(planId) : undefined;
    if (planId !== undefined && !plan) {
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
    if (projectId !== undefined) claimAcrossPlans(raw, ['id'], projectPlans, projectId, planId, { zh: '项目', en: 'project', link: '/p/' });

    const sourceFile = plan?.source.file;
    const official = sourceFile !== undefined && content.sources[sourceFile] !== undefined ? withoutBlankLines(content.sources[sourceFile]) : undefined;
    const heading = text(field(data, 'heading'));
    if (official !== undefined && heading !== undefined && !official.includes(heading)) {
      push(raw, ['heading'], `标题与方案原文（content/${sourceFile}）不一致，须逐字照录`, `heading does not match the official text (content/${sourceFile}) word for word`);
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
      checkRefs(raw, [...at, 'lead'], field(subItem, 'lead'), 'department');
      checkRefs(raw, [...at, 'responsible'], field(subItem, 'responsible'), 'department');
      checkRefs(raw, [...at, 'counties'], field(subItem, 'counties'), 'county');
      const quoted = text(field(subItem, 'officialText'));
      if (official !== undefined && quoted !== undefined && !official.includes(withoutBlankLines(quoted))) {
        push(raw, [...at, 'officialText'], `原文引文与 content/${sourceFile} 不一致，须逐字照录`, `officialText does not match content/${sourceFile} word for word`, {
          zh: `从 content/${sourceFile} 复制整段原文（含“牵头单位”“责任单位”两行），不要改字或加空格`,
          en: `copy the whole paragraph from content/${sourceFile}, with its 牵头单位 and 责任单位 lines, without changing a character`,
        });
      }
      list(field(subItem, 'targets')).forEach((target, t) => {
        const targetAt: FieldPath = [...at, 'targets', t];
        const targetId = text(field(target, 'id'));
        if (targetId !== undefined) {
          claimAcrossPlans(raw, [...targetAt, 'id'], targetPlans, targetId, planId, { zh: '指标', en: 'target', link: '/t/' });
          if (targets.has(targetId)) push(raw, [...targetAt, 'id'], `指标编号 ${targetId} 在方案 ${planId} 中重复`, `duplicate target id ${targetId} in plan ${planId}`);
          targets.set(targetId, { kind: text(field(target, 'kind')), unit: text(field(target, 'unit')) });
        }
        checkRefs(raw, [...targetAt, 'lead'], field(target, 'lead'), 'department');
        checkRefs(raw, [...targetAt, 'counties'], field(target, 'counties'), 'county');
        list(field(target, 'allocation')).forEach((part, p) => checkRefs(raw, [...targetAt, 'allocation', p], [field(part, 'county')], 'county'));
        const deadline = text(field(target, 'deadline'));
        if (plan && deadline !== undefined && (deadline < plan.period.start || deadline > plan.period.end)) {
          push(raw, [...targetAt, 'deadline'], `截止日期应在方案期间 ${plan.period.start} 至 ${plan.period.end} 内`, `deadline must fall within the plan period ${plan.period.start} to ${plan.period.end}`);
        }
      });
    });
  }

  const reportTargets = new Map<string, Set<string>>();
  for (const raw of content.snapshots) {
    const key = `${text(field(raw.data, 'plan'))}/${text(field(raw.data, 'asOf'))}`;
    if (reportTargets.has(key)) {
      push(raw, ['asOf'], `方案 ${text(field(raw.data, 'plan'))} 已有截至 ${text(field(raw.data, 'asOf'))} 的报告`, `plan ${text(field(raw.data, 'plan'))} already has a report as of ${text(field(raw.data, 'asOf'))}`);
    }
    reportTargets.set(key, new Set(list(field(raw.data, 'entries')).map((entry) => text(field(entry, 'target')) ?? '')));
  }
  for (const raw of content.snapshots) {
    parseWith(SnapshotSchema, raw, problems);
    checkSnapshot(raw, { plans, targetsByPlan, countyIds, reportTargets, today }, push);
  }
  return problems;
}

type Push = (raw: RawFile, path: FieldPath, zh: string, en: string, hint?: Problem['hint']) => void;

/**
 * What an MDX body may not contain. MDX is code: a body is plain Markdown (headings, paragraphs,
 * lists, emphasis, links), so nothing in it can run in a reader's browser or in the build.
 */
const UNSAFE_MDX: { pattern: RegExp; zh: string; en: string }[] = [
  { pattern: /<\s*script\b/i, zh: '不允许 <script> 脚本', en: '<script> is not allowed' },
  { pattern: /<\s*(iframe|object|embed|frame)\b/i, zh: '不允许 <iframe>、<object>、<embed> 等嵌入元素', en: 'raw <iframe>, <object> and <embed> are not allowed' },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, zh: '不允许 onclick= 等事件属性', en: 'on*= event handler attributes are not allowed' },
  { pattern: /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i, zh: '不允许 javascript: 链接', en: 'javascript: URLs are not allowed' },
  { pattern: /(\]\(|\b(?:href|src)\s*=\s*["']?)\s*data:/i, zh: '不允许 data: 链接或图片', en: 'data: URLs are not allowed' },
  { pattern: /^\s*(import|export)\s/m, zh: '不允许 import/export 语句', en: 'import/export statements are not allowed' },
  { pattern: /[{}]/, zh: '不允许 { } 表达式（MDX 会把它当作代码执行）；如需花括号请改用全角｛｝', en: '{ } expressions are not allowed (MDX runs them as code); use full-width ｛｝ for braces' },
];

/** Problems of an MDX body that could run code, each with the line it is on. */
function checkMdxBody(raw: RawFile): Problem[] {
  if (raw.body === undefined) return [];
  const firstLine = raw.bodyLine ?? 1;
  const problems: Problem[] = [];
  raw.body.split('\n').forEach((line, index) => {
    for (const rule of UNSAFE_MDX) {
      if (!rule.pattern.test(line)) continue;
      problems.push({
        file: raw.file,
        line: firstLine + index,
        field: '(MDX)',
        found: describeValue(line.trim()),
        zh: `正文只能是 Markdown 文本：${rule.zh}`,
        en: `the body must be plain Markdown: ${rule.en}`,
      });
    }
  });
  return problems;
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

interface SnapshotContext {
  plans: Map<string, Plan>;
  targetsByPlan: Map<string, Map<string, TargetFacts>>;
  countyIds: Set<string>;
  /** Target ids covered by each report, keyed "plan/asOf". */
  reportTargets: Map<string, Set<string>>;
  today: string;
}

const BASENAME = /([^/\\]+)\.json$/;

function checkSnapshot(raw: RawFile, context: SnapshotContext, push: Push): void {
  const at = (path: FieldPath, zh: string, en: string, hint?: Problem['hint']) => push(raw, path, zh, en, hint);
  const data = raw.data;
  const planId = text(field(data, 'plan'));
  const asOf = text(field(data, 'asOf'));
  const published = text(field(data, 'published'));
  const sourceDate = text(field(field(data, 'source'), 'date'));
  const name = BASENAME.exec(raw.file)?.[1];
  if (asOf !== undefined && name !== asOf) at(['asOf'], `文件名应为截至日期 ${asOf}.json`, `the file name must be the as-of date, ${asOf}.json`);
  const plan = planId !== undefined ? context.plans.get(planId) : undefined;
  if (planId !== undefined && !plan) at(['plan'], `未知的方案编号 ${planId}（见 content/plans/）`, `unknown plan id ${planId} (see content/plans/)`);
  if (plan && asOf !== undefined && (asOf < plan.period.start || asOf > plan.period.end)) {
    at(['asOf'], `截至日期应在方案期间 ${plan.period.start} 至 ${plan.period.end} 内`, `the as-of date must fall within the plan period ${plan.period.start} to ${plan.period.end}`);
  }
  if (asOf !== undefined && asOf > context.today) {
    at(['asOf'], `截至日期不能晚于今天（${context.today}）`, `the as-of date cannot be in the future (today is ${context.today})`, {
      zh: '截至日期是数据统计到的那一天，不是计划发布的日子',
      en: 'the as-of date is the day the figures count up to, not a planned publication day',
    });
  }
  if (published !== undefined && asOf !== undefined && published < asOf) at(['published'], '发布日期不能早于截至日期', 'the published date cannot be before the as-of date');
  if (published !== undefined && published > context.today) at(['published'], `发布日期不能晚于今天（${context.today}）`, `the published date cannot be in the future (today is ${context.today})`);
  if (sourceDate !== undefined && sourceDate > context.today) at(['source', 'date'], `来源日期不能晚于今天（${context.today}）`, `the source date cannot be in the future (today is ${context.today})`);

  const targets = context.targetsByPlan.get(planId ?? '') ?? new Map<string, TargetFacts>();
  const seen = new Set<string>();
  list(field(data, 'entries')).forEach((entry, index) => {
    const here: FieldPath = ['entries', index];
    const targetId = text(field(entry, 'target'));
    if (targetId === undefined) return;
    if (seen.has(targetId)) at([...here, 'target'], `指标 ${targetId} 在本报告中出现了两次`, `target ${targetId} appears twice in this report`);
    seen.add(targetId);
    const target = targets.get(targetId);
    if (!target) {
      if (plan) at([...here, 'target'], `方案 ${planId} 中没有编号为 ${targetId} 的指标`, `plan ${planId} has no target with id ${targetId}`, didYouMean(targetId, targets.keys()));
      return;
    }
    const value = field(entry, 'value');
    const state = field(entry, 'state');
    const number = typeof value === 'number' ? value : undefined;
    if (target.kind === 'milestone') {
      if (value !== undefined) at([...here, 'value'], `指标 ${targetId} 是里程碑，应填写 state（planned/met/partially-met/not-met），不填数值`, `target ${targetId} is a milestone: give a state (planned/met/partially-met/not-met), not a number`, {
        zh: '把 "value": … 改成 "state": "met"（或 planned、partially-met、not-met）',
        en: 'replace "value": … with "state": "met" (or planned, partially-met, not-met)',
      });
      if (state === undefined) at([...here, 'state'], `里程碑 ${targetId} 需要填写 state`, `milestone ${targetId} needs a state`);
    } else {
      if (state !== undefined) at([...here, 'state'], `指标 ${targetId} 不是里程碑，不填 state`, `target ${targetId} is not a milestone: it takes no state`);
      if (target.kind === 'ongoing') {
        if (value === undefined && field(entry, 'note') === undefined) at([...here, 'note'], `常态化指标 ${targetId} 需要填写 note 说明工作情况`, `ongoing duty ${targetId} needs a note on what was done`);
      } else if (value === undefined) {
        at([...here, 'value'], `指标 ${targetId} 需要数值 value（单位：${target.unit ?? ''}）`, `target ${targetId} needs a number value (unit: ${target.unit ?? ''})`);
      }
    }
    if (field(entry, 'setValue') !== undefined && target.kind !== 'external') {
      at([...here, 'setValue'], `setValue 只用于外部设定目标，${targetId} 的目标值已写在方案中`, `setValue is for external targets only; ${targetId} has its target in the plan`);
    }
    if (number !== undefined) {
      if (target.unit === '%' && (number < 0 || number > 100)) at([...here, 'value'], '百分比应在 0–100 之间', 'a percentage is within 0–100');
      if (target.kind === 'count' && number < 0) at([...here, 'value'], '数量不能为负数', 'a count cannot be negative');
    }
    const breakdown = list(field(entry, 'breakdown'));
    breakdown.forEach((part, p) => {
      const county = text(field(part, 'county'));
      if (county !== undefined && !context.countyIds.has(county)) at([...here, 'breakdown', p, 'county'], `未知的县市编号 ${county}（可用编号见 content/counties.json）`, `unknown county id ${county} (known ids are in content/counties.json)`);
      const partValue = field(part, 'value');
      if (target.kind === 'count' && typeof partValue === 'number' && partValue < 0) at([...here, 'breakdown', p, 'value'], '数量不能为负数', 'a count cannot be negative');
    });
    if (breakdown.length > 0 && number !== undefined && target.kind === 'count') {
      const sum = breakdown.reduce<number>((total, part) => total + (typeof field(part, 'value') === 'number' ? (field(part, 'value') as number) : 0), 0);
      if (sum > number) at([...here, 'breakdown'], `分县市合计 ${sum} 大于总数 ${number}`, `the county figures add up to ${sum}, more than the total ${number}`);
    }
    const corrects = text(field(entry, 'corrects'));
    if (corrects !== undefined && asOf !== undefined) {
      const corrected = context.reportTargets.get(`${planId}/${corrects}`);
      if (corrects >= asOf) at([...here, 'corrects'], '只能更正更早的报告', 'only an earlier report can be corrected');
      else if (!corrected) at([...here, 'corrects'], `没有截至 ${corrects} 的报告可供更正`, `there is no report as of ${corrects} to correct`);
      else if (!corrected.has(targetId)) at([...here, 'corrects'], `截至 ${corrects} 的报告中没有指标 ${targetId}`, `the report as of ${corrects} has no figure for ${targetId}`);
    }
  });
}

/** Formats problems for a terminal, one block per problem, Chinese first. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.field ? `  ${p.field}` : ''}`;
      const found = p.found !== undefined ? `\n    现值 found: ${p.found}` : '';
      const hint = p.hint ? `\n    提示：${p.hint.zh}\n    hint: ${p.hint.en}` : '';
      return `✗ ${where}${found}\n    ${p.zh}\n    ${p.en}${hint}`;
    })
    .join('\n\n');
}
