import Papa from 'papaparse';
import type { Dictionary } from '../../i18n/dictionary.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { PlanView, ReadingView, SiteModel, TargetView } from '../model/plan-model.ts';
import { adjustmentSteps } from '../model/target-events.ts';
import { packagePath, planSourceFilePath, targetPath, withBase } from '../web/urls.ts';
import { ADJUSTMENT_FIELDS, LIST_SEPARATOR, TARGET_FIELDS, VALUE_FIELDS, type Field } from './table-fields.ts';

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
    issuer_id: t.issuerId ?? null,
    contributes_to: t.contributesTo ?? null,
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

/** The Content-Type of a download, by its extension. */
export function contentTypeOf(file: string): string {
  const types: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };
  return types[file.split('.').pop() ?? ''] ?? 'text/plain';
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
