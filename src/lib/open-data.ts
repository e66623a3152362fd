import Papa from 'papaparse';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import type { PlanView, ReadingView, SiteModel, TargetView } from './plan-model.ts';
import { packagePath, planSourceFilePath, targetPath, withBase } from './urls.ts';

/**
 * The open data downloads: tables of targets and of every reported value (long format), as CSV
 * (UTF-8 with BOM, written by Papa Parse) and JSON, plus Frictionless data packages describing them.
 * Pure and deterministic: a package depends only on content up to its as-of date, so adding a
 * report never changes an older package's files.
 */

/** A column of a download: name, Frictionless type, and what it holds (Chinese — English). */
export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date' | 'boolean' | 'array';
  description: string;
}

/** Separator of multi-valued cells in CSV (JSON keeps arrays). */
export const LIST_SEPARATOR = ';';

export const TARGET_FIELDS: readonly Field[] = [
  { name: 'plan', type: 'string', description: '方案编号 — plan id' },
  { name: 'project_id', type: 'string', description: '实事编号 — project id' },
  { name: 'project_number', type: 'integer', description: '实事序号（一、二…即 1、2…） — project number in the plan' },
  { name: 'project_title', type: 'string', description: '实事标题 — project title' },
  { name: 'sub_item_id', type: 'string', description: '分项编号 — sub-item id' },
  { name: 'sub_item_number', type: 'string', description: '分项序号（一）（二）…，无分项时为空 — sub-item numeral, empty when none' },
  { name: 'sub_item_title', type: 'string', description: '分项标题 — sub-item title' },
  { name: 'target_id', type: 'string', description: '指标编号，稳定不变 — target id, stable' },
  { name: 'label', type: 'string', description: '指标名称 — what is committed' },
  { name: 'kind', type: 'string', description: '类型：count 数量、percentage 百分比、milestone 里程碑、ongoing 常态化、external 上级下达 — kind' },
  { name: 'unit', type: 'string', description: '单位 — unit' },
  { name: 'target_value', type: 'number', description: '目标值（数量、百分比指标） — target value' },
  { name: 'comparator', type: 'string', description: '目标写法：at-least 不低于、about 约、stated 直接写数、zero 动态清零、full-coverage 全覆盖 — how the target is worded' },
  { name: 'target_as_written', type: 'string', description: '方案原文中的数字写法 — the figure as the plan writes it' },
  { name: 'direction', type: 'string', description: 'higher 越高越好 / lower 越低越好 — which way is better' },
  { name: 'baseline_value', type: 'number', description: '基数（已知时） — baseline, where known' },
  { name: 'baseline_as_of', type: 'date', description: '基数日期 — date of the baseline' },
  { name: 'deadline', type: 'date', description: '截止日期 — deadline' },
  { name: 'lead_unit_ids', type: 'array', description: `牵头单位编号，以“${LIST_SEPARATOR}”分隔 — lead unit ids` },
  { name: 'lead_units', type: 'array', description: `牵头单位（方案写法），以“${LIST_SEPARATOR}”分隔 — lead units as written` },
  { name: 'responsible_unit_ids', type: 'array', description: `责任单位编号 — responsible unit ids` },
  { name: 'responsible_units', type: 'array', description: `责任单位（方案写法） — responsible units as written` },
  { name: 'county_ids', type: 'array', description: '涉及县市编号 — county ids' },
  { name: 'counties', type: 'array', description: '涉及县市 — counties' },
  { name: 'status', type: 'string', description: '截至本数据包日期的状态（见方法说明） — status as of this package’s date (see methodology)' },
  { name: 'url', type: 'string', description: '指标页网址（站内路径） — target page path' },
];

export const VALUE_FIELDS: readonly Field[] = [
  { name: 'plan', type: 'string', description: '方案编号 — plan id' },
  { name: 'target_id', type: 'string', description: '指标编号 — target id' },
  { name: 'as_of', type: 'date', description: '数据截至日期 — as-of date' },
  { name: 'value', type: 'number', description: '数值（累计数或水平值）；里程碑为空 — value; empty for milestones' },
  { name: 'state', type: 'string', description: '里程碑状态：planned / met / partially-met / not-met — milestone state' },
  { name: 'set_value', type: 'number', description: '上级下达的目标值（外部设定指标） — externally set target value' },
  { name: 'county_id', type: 'string', description: '县市编号；为空表示全州合计 — county id; empty for the total' },
  { name: 'county', type: 'string', description: '县市 — county' },
  { name: 'source_title', type: 'string', description: '来源标题 — source title' },
  { name: 'source_issuer', type: 'string', description: '来源发布机关 — source issuer' },
  { name: 'source_date', type: 'date', description: '来源日期 — source date' },
  { name: 'source_url', type: 'string', description: '来源网址 — source URL' },
  { name: 'source_reference', type: 'string', description: '来源文号 — source document reference' },
  { name: 'note', type: 'string', description: '说明 — note' },
  { name: 'corrects', type: 'date', description: '所更正报告的截至日期 — as-of date of the report this value corrects' },
  { name: 'revised_down', type: 'boolean', description: '累计数较上期下调 — cumulative figure lower than the previous report' },
  { name: 'published', type: 'date', description: '本站发布日期 — date published on this site' },
];

type Cell = string | number | boolean | string[] | null;
export type Row = Record<string, Cell>;

function names(ids: readonly string[], lookup: (id: string) => string | undefined): string[] {
  return ids.map((id) => lookup(id) ?? id);
}

/** One row per target. */
export function targetRows(view: PlanView, site: SiteModel): Row[] {
  const dept = (id: string) => site.departmentById.get(id)?.shortName;
  const county = (id: string) => site.countyById.get(id)?.shortName;
  return view.targets.map((t) => ({
    plan: view.plan.id,
    project_id: t.projectId,
    project_number: t.projectNumber,
    project_title: t.projectTitle,
    sub_item_id: t.subItemId,
    sub_item_number: t.subItemNumber,
    sub_item_title: t.subItemTitle,
    target_id: t.id,
    label: t.label,
    kind: t.kind,
    unit: t.unit ?? null,
    target_value: t.value ?? null,
    comparator: t.comparator ?? null,
    target_as_written: t.written ?? null,
    direction: t.direction,
    baseline_value: t.baseline?.value ?? null,
    baseline_as_of: t.baseline?.asOf ?? null,
    deadline: t.deadline,
    lead_unit_ids: t.leadUnits,
    lead_units: names(t.leadUnits, dept),
    responsible_unit_ids: t.responsibleUnits,
    responsible_units: names(t.responsibleUnits, dept),
    county_ids: t.countyIds,
    counties: names(t.countyIds, county),
    status: t.assessment.status,
    url: targetPath(view.plan.id, t.id),
  }));
}

/** Rows of one reading: the total, then one per county of its breakdown. */
function readingRows(plan: string, target: TargetView, r: ReadingView, site: SiteModel): Row[] {
  const base: Row = {
    plan,
    target_id: target.id,
    as_of: r.asOf,
    value: r.value ?? null,
    state: r.state ?? null,
    set_value: r.setValue ?? null,
    county_id: null,
    county: null,
    source_title: r.source.title,
    source_issuer: r.source.issuer,
    source_date: r.source.date,
    source_url: r.source.url ?? null,
    source_reference: r.source.reference ?? null,
    note: r.note ?? null,
    corrects: r.corrects ?? null,
    revised_down: r.revisedDown,
    published: r.published,
  };
  const parts = (r.breakdown ?? []).map((part) => ({ ...base, value: part.value, county_id: part.county, county: site.countyById.get(part.county)?.shortName ?? part.county, note: null }));
  return [base, ...parts];
}

/** Every reported value in long format, in report order; optionally only one report's. */
export function valueRows(view: PlanView, site: SiteModel, onlyAsOf?: string): Row[] {
  return view.reports
    .filter((s) => onlyAsOf === undefined || s.asOf === onlyAsOf)
    .flatMap((s) =>
      view.targets.flatMap((target) => target.readings.filter((r) => r.asOf === s.asOf).flatMap((r) => readingRows(view.plan.id, target, r, site))),
    );
}

/** Reported values of one target. */
export function targetValueRows(view: PlanView, site: SiteModel, target: TargetView): Row[] {
  return target.readings.flatMap((r) => readingRows(view.plan.id, target, r, site));
}

/** CSV text: UTF-8 BOM (so Excel reads Chinese correctly), CRLF, quoted where needed, lists joined by ';'. */
export function toCsv(rows: readonly Row[], fields: readonly Field[]): string {
  const data = rows.map((row) => fields.map((f) => {
    const cell = row[f.name];
    if (Array.isArray(cell)) return cell.join(LIST_SEPARATOR);
    if (cell === null || cell === undefined) return '';
    return cell;
  }));
  return `\uFEFF${Papa.unparse({ fields: fields.map((f) => f.name), data }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** JSON text of rows, keys in field order. */
export function toJson(rows: readonly Row[], fields: readonly Field[]): string {
  return `${JSON.stringify(rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, row[f.name] ?? null]))), null, 2)}\n`;
}

/** The files of one data package version, by name (relative to the package folder). */
export function packageFiles(view: PlanView, site: SiteModel, config: SiteConfig, version: string, t: Dictionary): Map<string, string> {
  const asOf = view.latestAsOf;
  const targets = targetRows(view, site);
  const values = valueRows(view, site);
  const files = new Map<string, string>([
    ['targets.csv', toCsv(targets, TARGET_FIELDS)],
    ['targets.json', toJson(targets, TARGET_FIELDS)],
    ['values.csv', toCsv(values, VALUE_FIELDS)],
    ['values.json', toJson(values, VALUE_FIELDS)],
  ]);
  if (asOf) {
    const report = valueRows(view, site, asOf);
    files.set('report.csv', toCsv(report, VALUE_FIELDS));
    files.set('report.json', toJson(report, VALUE_FIELDS));
  }
  files.set('datapackage.json', `${JSON.stringify(dataPackage(view, config, version, [...files.keys()], t), null, 2)}\n`);
  return files;
}

const RESOURCE_INFO: Record<string, { fields: readonly Field[]; title: string }> = {
  targets: { fields: TARGET_FIELDS, title: '全部指标 — all targets' },
  values: { fields: VALUE_FIELDS, title: '全部报告数值（长表） — every reported value, long format' },
  report: { fields: VALUE_FIELDS, title: '本期报告的数值 — this report’s values' },
};

/** A Frictionless Tabular Data Package descriptor for a version's files. */
export function dataPackage(view: PlanView, config: SiteConfig, version: string, files: readonly string[], t: Dictionary): Record<string, unknown> {
  const sources = [
    { title: view.plan.source.title, path: view.plan.source.url ?? planSourceFilePath(view.plan.id) },
    ...view.reports.map((s) => ({ title: `${s.source.title}（${s.source.issuer}，${s.source.date}）`, ...(s.source.url ? { path: s.source.url } : {}) })),
  ];
  return {
    profile: 'tabular-data-package',
    name: `minsheng-${view.plan.id}-${version}`,
    title: `${view.plan.title}：${t.data.packageTitle(version === 'latest' ? t.data.latest : version)}`,
    description: t.data.packageDescription,
    version,
    ...(view.latestAsOf ? { asOf: view.latestAsOf } : {}),
    licenses: [config.dataLicence],
    sources,
    resources: files
      .filter((file) => file !== 'datapackage.json')
      .map((file) => {
        const [stem, format] = file.split('.');
        const info = RESOURCE_INFO[stem];
        return {
          name: `${stem}-${format}`,
          path: file,
          title: info.title,
          format,
          mediatype: format === 'csv' ? 'text/csv' : 'application/json',
          encoding: 'utf-8',
          ...(format === 'csv' ? { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true } } : {}),
          schema: {
            // In CSV a list is one string joined by ';' (the description says so); JSON keeps arrays.
            fields: info.fields.map((f) => ({ name: f.name, type: format === 'csv' && f.type === 'array' ? 'string' : f.type, description: f.description })),
          },
        };
      }),
  };
}

/** A file of a package, under the site's base. */
export function packageFileUrl(base: string, planId: string, version: string, file: string): string {
  return withBase(base, `${packagePath(planId, version)}${file}`);
}
