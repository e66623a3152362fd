import Papa from 'papaparse';
import type { Dictionary } from '../../i18n/dictionary.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { PlanView, ReadingView, SiteModel, TargetView } from '../model/plan-model.ts';
import { adjustmentSteps } from '../model/target-events.ts';
import { packagePath, planSourceFilePath, targetPath, withBase } from '../web/urls.ts';

/**
 * The open data downloads: tables of targets and of every reported value (long format), as CSV
 * (written by Papa Parse) and JSON, plus Frictionless Tabular Data Package descriptors of the CSVs.
 * Pure and deterministic: a package depends only on content up to its as-of date, so adding a
 * report never changes an older package's files.
 *
 * Encoding: a package's CSV files are plain UTF-8 without a byte-order mark, as their descriptors
 * declare (`"encoding": "utf-8"`), because Frictionless readers (and most CSV libraries) take a BOM
 * for part of the first column's name. Excel needs the BOM to read Chinese, so each CSV also has an
 * Excel copy with one (`<name>-excel.csv`, outside the descriptor), as do the per-target downloads.
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
  { name: 'target_value', type: 'number', description: '目标值（数量、百分比指标），经批准调整的为调整后的值 — target value (count and percentage targets); the adjusted value where it was changed with approval' },
  { name: 'comparator', type: 'string', description: '目标写法：at-least 不低于、about 约、stated 直接写数、zero 动态清零、full-coverage 全覆盖 — how the target is worded' },
  { name: 'target_as_written', type: 'string', description: '方案原文中的数字写法 — the figure as the plan writes it' },
  { name: 'direction', type: 'string', description: 'higher 越高越好 / lower 越低越好 — which way is better' },
  { name: 'baseline_value', type: 'number', description: '基数（已知时） — baseline, where known' },
  { name: 'baseline_as_of', type: 'date', description: '基数日期 — date of the baseline' },
  { name: 'deadline', type: 'date', description: '截止日期，经批准调整的为调整后的日期 — deadline; the adjusted one where it was changed with approval' },
  { name: 'lead_unit_ids', type: 'array', description: `牵头单位编号，以“${LIST_SEPARATOR}”分隔 — lead unit ids` },
  { name: 'lead_units', type: 'array', description: `牵头单位（方案写法），以“${LIST_SEPARATOR}”分隔 — lead units as written` },
  { name: 'responsible_unit_ids', type: 'array', description: `责任单位编号 — responsible unit ids` },
  { name: 'responsible_units', type: 'array', description: `责任单位（方案写法） — responsible units as written` },
  { name: 'county_ids', type: 'array', description: '涉及县市编号 — county ids' },
  { name: 'counties', type: 'array', description: '涉及县市 — counties' },
  { name: 'status', type: 'string', description: '截至本数据包日期的状态（见方法说明） — status as of this package’s date (see methodology)' },
  { name: 'url', type: 'string', description: '指标页网址（站内路径） — target page path' },
  { name: 'original_target_value', type: 'number', description: '方案原定目标值（从不改写） — the target value as the plan set it (never overwritten)' },
  { name: 'original_deadline', type: 'date', description: '方案原定截止日期 — the deadline as the plan set it' },
  { name: 'adjusted_on', type: 'date', description: '最近一次经批准调整的生效日期；未调整为空 — effective date of the latest approved adjustment; empty when none' },
];

export const ADJUSTMENT_FIELDS: readonly Field[] = [
  { name: 'plan', type: 'string', description: '方案编号 — plan id' },
  { name: 'target_id', type: 'string', description: '指标编号 — target id' },
  { name: 'effective', type: 'date', description: '调整生效日期 — date the change takes effect' },
  { name: 'previous_target_value', type: 'number', description: '调整前的目标值 — target value before this change' },
  { name: 'target_value', type: 'number', description: '调整后的目标值；只调整截止日期时为空 — new target value; empty when only the deadline changed' },
  { name: 'target_as_written', type: 'string', description: '批准文件中新目标的写法 — the new figure as the approving document writes it' },
  { name: 'previous_deadline', type: 'date', description: '调整前的截止日期 — deadline before this change' },
  { name: 'deadline', type: 'date', description: '调整后的截止日期；未调整时为空 — new deadline; empty when unchanged' },
  { name: 'reason', type: 'string', description: '调整原因 — reason' },
  { name: 'approval_title', type: 'string', description: '批准文件标题 — title of the approving document' },
  { name: 'approval_issuer', type: 'string', description: '批准机关 — who approved it' },
  { name: 'approval_date', type: 'date', description: '批准日期 — date of approval' },
  { name: 'approval_url', type: 'string', description: '批准文件网址 — URL of the approving document' },
  { name: 'approval_reference', type: 'string', description: '批准文件文号 — document number of the approving document' },
  { name: 'published', type: 'date', description: '本站发布日期 — date published on this site' },
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
  { name: 'reported_status', type: 'string', description: '来源原文的进度用语，逐字（如 按序时推进） — the status word the source states, verbatim' },
  { name: 'reported_as', type: 'string', description: '该用语对应的本站状态（见 content/status-words.json） — the status the word stands for on this site’s scale' },
  { name: 'reported_rate', type: 'number', description: '来源给出的完成率，占年度目标的百分比，照录（111.5 即 111.5%） — completion rate the source states, % of the annual target' },
  { name: 'value_from_rate', type: 'boolean', description: 'value 不是来源给出的数字，而是本站按完成率 × 目标值推算 — value is not stated by the source but derived by this site as rate × target' },
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
    original_target_value: t.original.value ?? null,
    original_deadline: t.original.deadline,
    adjusted_on: t.adjustments.at(-1)?.effective ?? null,
  }));
}

/** One row per approved target adjustment in force, oldest first, with the terms it replaced. */
export function adjustmentRows(view: PlanView): Row[] {
  return view.targets
    .flatMap((target) => adjustmentSteps(target).map((step) => ({ target, ...step })))
    .sort((a, b) => (a.adjustment.effective < b.adjustment.effective ? -1 : a.adjustment.effective > b.adjustment.effective ? 1 : a.target.id < b.target.id ? -1 : 1))
    .map(({ target, adjustment: a, before }) => ({
      plan: view.plan.id,
      target_id: target.id,
      effective: a.effective,
      previous_target_value: before.value ?? null,
      target_value: a.value ?? null,
      target_as_written: a.written ?? null,
      previous_deadline: before.deadline,
      deadline: a.deadline ?? null,
      reason: a.reason,
      approval_title: a.approval.title,
      approval_issuer: a.approval.issuer,
      approval_date: a.approval.date,
      approval_url: a.approval.url ?? null,
      approval_reference: a.approval.reference ?? null,
      published: a.published,
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
    reported_status: r.reportedStatus?.trim() ?? null,
    reported_as: r.reportedAs ?? null,
    reported_rate: r.reportedRate ?? null,
    value_from_rate: r.derivedFromRate,
    published: r.published,
  };
  const parts = (r.breakdown ?? []).map((part) => ({ ...base, value: part.value, county_id: part.county, county: site.countyById.get(part.county)?.shortName ?? part.county, note: null, reported_rate: null, value_from_rate: false }));
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

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

/**
 * CSV text: UTF-8, CRLF after every record (the header too, with no blank line when there are no
 * rows), quoted where needed, lists joined by ';'. With `bom`, starts with a byte-order mark (Excel).
 */
export function toCsv(rows: readonly Row[], fields: readonly Field[], { bom = false }: { bom?: boolean } = {}): string {
  const data = rows.map((row) => fields.map((f) => {
    const cell = row[f.name];
    if (Array.isArray(cell)) return cell.join(LIST_SEPARATOR);
    if (cell === null || cell === undefined) return '';
    return cell;
  }));
  // Papa Parse ends the text with the newline when there are no rows, and without it otherwise.
  const text = Papa.unparse({ fields: fields.map((f) => f.name), data }, { newline: '\r\n', quotes: false });
  return `${bom ? BOM : ''}${text.replace(/(\r\n)?$/, '\r\n')}`;
}

/** The name of a CSV file's Excel copy (with a BOM): `targets.csv` → `targets-excel.csv`. */
export function excelCopyName(file: string): string {
  return file.replace(/\.csv$/, '-excel.csv');
}

/** JSON text of rows, keys in field order. */
export function toJson(rows: readonly Row[], fields: readonly Field[]): string {
  return `${JSON.stringify(rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, row[f.name] ?? null]))), null, 2)}\n`;
}

/**
 * The files of one data package, by name (relative to the package folder `folder`: `latest` or a
 * report's as-of date): each table as CSV, its Excel copy and JSON, and `datapackage.json`.
 */
export function packageFiles(view: PlanView, site: SiteModel, config: SiteConfig, folder: string, t: Dictionary): Map<string, string> {
  const asOf = view.latestAsOf;
  const tables: [string, Row[], readonly Field[]][] = [
    ['targets', targetRows(view, site), TARGET_FIELDS],
    ['values', valueRows(view, site), VALUE_FIELDS],
    ['adjustments', adjustmentRows(view), ADJUSTMENT_FIELDS],
    ...(asOf ? [['report', valueRows(view, site, asOf), VALUE_FIELDS] as [string, Row[], readonly Field[]]] : []),
  ];
  const files = new Map<string, string>();
  for (const [stem, rows, fields] of tables) {
    files.set(`${stem}.csv`, toCsv(rows, fields));
    files.set(excelCopyName(`${stem}.csv`), toCsv(rows, fields, { bom: true }));
    files.set(`${stem}.json`, toJson(rows, fields));
  }
  files.set('datapackage.json', `${JSON.stringify(dataPackage(view, config, folder, tables.map(([stem]) => stem), t), null, 2)}\n`);
  return files;
}

/** A package's tables: columns, title and keys (Frictionless Table Schema). */
const RESOURCE_INFO: Record<string, { fields: readonly Field[]; title: string; primaryKey: string[]; targetKey?: boolean }> = {
  targets: { fields: TARGET_FIELDS, title: '全部指标 — all targets', primaryKey: ['target_id'] },
  // One row per target, report date and county (the total has an empty county_id).
  values: { fields: VALUE_FIELDS, title: '全部报告数值（长表） — every reported value, long format', primaryKey: ['target_id', 'as_of', 'county_id'], targetKey: true },
  report: { fields: VALUE_FIELDS, title: '本期报告的数值 — this report’s values', primaryKey: ['target_id', 'as_of', 'county_id'], targetKey: true },
  adjustments: { fields: ADJUSTMENT_FIELDS, title: '经批准的目标调整 — approved target adjustments', primaryKey: ['target_id', 'effective'], targetKey: true },
};

/** The layout of the tables (columns, keys, encoding); raise it when a change breaks readers. */
export const LAYOUT_VERSION = 1;

/**
 * The data package's version (Semantic Versioning, as the Data Package spec recommends): the major
 * number is the tables' layout, the minor number counts the reports and target adjustments the
 * package holds (a new report, a correction or an adjustment adds data), so the latest package has
 * the version of its newest report's when no adjustment came after it.
 * @example packageVersion(0) // "1.0.0"; packageVersion(12) // "1.12.0"
 */
export function packageVersion(reports: number): string {
  return `${LAYOUT_VERSION}.${reports}.0`;
}


/**
 * A Frictionless Tabular Data Package descriptor of a package's CSV tables (the JSON copies hold the
 * same rows; a Tabular Data Resource is a CSV file, so they are not resources). Every value row
 * refers to its target by a foreign key.
 */
export function dataPackage(view: PlanView, config: SiteConfig, folder: string, tables: readonly string[], t: Dictionary): Record<string, unknown> {
  const sources = [
    { title: view.plan.source.title, path: view.plan.source.url ?? planSourceFilePath(view.plan.id) },
    ...view.reports.map((s) => ({ title: `${s.source.title}（${s.source.issuer}，${s.source.date}）`, ...(s.source.url ? { path: s.source.url } : {}) })),
    ...view.adjustments.map((a) => ({ title: `${a.approval.title}（${a.approval.issuer}，${a.approval.date}）`, ...(a.approval.url ? { path: a.approval.url } : {}) })),
  ];
  return {
    profile: 'tabular-data-package',
    // The name stays the same in every version (the spec asks names to be invariant).
    name: `minsheng-${view.plan.id}`,
    title: `${view.plan.title}：${t.data.packageTitle(folder === 'latest' ? t.data.latest : folder)}`,
    description: t.data.packageDescription,
    version: packageVersion(view.reports.length + view.adjustments.length),
    ...(view.latestAsOf ? { asOf: view.latestAsOf } : {}),
    licenses: [config.dataLicence],
    sources,
    resources: tables.map((stem) => tabularResource(stem, `${stem}.csv`)),
  };
}

/**
 * A Tabular Data Resource of one CSV table, named `stem`; `targets` names the resource its foreign
 * key refers to (by default the package's own `targets`).
 */
export function tabularResource(stem: string, path: string, targets = 'targets'): Record<string, unknown> {
  const info = RESOURCE_INFO[stem];
  return {
    profile: 'tabular-data-resource',
    name: stem,
    path,
    title: info.title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
    schema: {
      // In CSV a list is one string joined by ';' (the description says so); JSON keeps arrays.
      fields: info.fields.map((f) => ({ name: f.name, type: f.type === 'array' ? 'string' : f.type, description: f.description })),
      primaryKey: info.primaryKey,
      ...(info.targetKey ? { foreignKeys: [{ fields: ['target_id'], reference: { resource: targets, fields: ['target_id'] } }] } : {}),
    },
  };
}

/** A file of a package, under the site's base. */
export function packageFileUrl(base: string, planId: string, version: string, file: string): string {
  return withBase(base, `${packagePath(planId, version)}${file}`);
}
