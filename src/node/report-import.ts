import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Problem } from '../lib/content-rules/index.ts';
import { reportFileOf, reportSlots } from '../lib/intake/report-slots.ts';
import { SOURCE_FIELDS, cellText, entriesFromWorkbooks, sourceFromWorkbooks, type EntryOrigin, type ImportTarget, type SourceDraft, type WorkbookData } from '../lib/intake/report-sheet.ts';
import { IsoDateSchema } from '../schemas/common.ts';
import { checkContentRoot } from './check-content.ts';
import { publishedIn } from './published-history.ts';
import { loadReportPlan } from './report-plan.ts';
import { readSpreadsheet } from './report-reader.ts';

/**
 * `npm run report:import`: filled workbooks (and CSV files) in, one checked progress report out.
 * Reads every file, maps cells to entries (src/lib/intake/report-sheet.ts), merges them with the source
 * block, then runs the whole content check on the content root as if the report were written; only
 * when that passes is content/progress/<date>.json written. Nothing half-written is ever left behind.
 */

/** What to import. */
export interface ImportOptions {
  /** The content root (content/). */
  root: string;
  /** Workbooks and CSV files, in the order given. */
  files: readonly string[];
  asOf: string;
  /** Date published on the site (default: today). */
  published?: string;
  /** The date the check judges by (today). */
  today: string;
  /** Source fields given as flags (they win over the workbooks'). */
  source: SourceDraft;
  /** Plan id, when the as-of date is in more than one plan's period. */
  plan?: string;
  /** Issuer id: its plan in force on the as-of date (default: the site's own issuer). */
  issuer?: string;
  /** Replace an existing report that is not published (an earlier import on this branch). */
  replace?: boolean;
}

/** What the import did. */
export interface ImportResult {
  /** The report written, or undefined when it was refused. */
  written?: string;
  problems: Problem[];
  /** Entries in the report (written or refused). */
  entries: number;
  /** How each CSV file was decoded. */
  encodings: { file: string; encoding: string }[];
}

const FIELD_TO_KEY: Record<string, string> = Object.fromEntries(SOURCE_FIELDS.map((f) => [`source.${f.field}`, f.key]));

/** A content-check problem placed at the cell it came from where the import knows it. */
function placeCheckProblem(problem: Problem, reportFile: string, origins: readonly EntryOrigin[], workbooks: readonly WorkbookData[], flags: SourceDraft): Problem {
  const base = { zh: problem.zh, en: problem.en, ...(problem.hint ? { hint: problem.hint } : {}), ...(problem.found !== undefined ? { found: problem.found } : {}), field: problem.field };
  if (problem.file !== reportFile) return problem;
  const [section, index, name, part] = problem.path ?? [];
  if (section === 'entries' && typeof index === 'number') {
    const origin = origins[index];
    if (!origin) return problem;
    const field = name === 'breakdown' && typeof part === 'number' ? `breakdown[${part}]` : typeof name === 'string' ? name : undefined;
    const cell = (field && origin.cells[field]) || origin.idCell;
    return { file: origin.workbook, sheet: origin.sheet, cell, ...base };
  }
  const key = Object.entries(FIELD_TO_KEY).find(([field]) => problem.field === field || (problem.field === 'source' && field === 'source.url'))?.[1];
  if (key) {
    const flag = key.replace('_', '-');
    if (flags[key.slice('source_'.length) as keyof SourceDraft] !== undefined) return { file: `--${flag}`, ...base };
    for (const workbook of workbooks) {
      const cell = workbook.meta.get(key);
      if (cell && cellText(cell) !== undefined) return { file: workbook.name, sheet: cell.sheet, cell: cell.address, ...base };
    }
    const first = workbooks.find((w) => w.meta.has(key));
    const where = first?.meta.get(key);
    return first && where
      ? { file: first.name, sheet: where.sheet, cell: where.address, ...base, hint: { zh: `在此处填写，或用 --${flag} 给出`, en: `fill it in here, or give it with --${flag}` } }
      : { file: `--${flag}`, ...base, hint: { zh: `用 --${flag} 给出`, en: `give it with --${flag}` } };
  }
  return problem;
}

/** Imports filled workbooks into the plan's report file (reportFileOf: content/progress/<asOf>.json for the site's own issuer), only when the result passes the check. */
export async function importReport(options: ImportOptions): Promise<ImportResult> {
  const { root, asOf } = options;
  const refused = (problems: Problem[], entries = 0, encodings: ImportResult['encodings'] = []): ImportResult => ({ problems, entries, encodings });
  if (!IsoDateSchema.safeParse(asOf).success) {
    return refused([{ file: '--as-of', zh: '请用 --as-of 给出数据截至日期，格式 YYYY-MM-DD', en: 'give the as-of date with --as-of YYYY-MM-DD' }]);
  }
  const published = options.published ?? options.today;
  if (!IsoDateSchema.safeParse(published).success) return refused([{ file: '--published', zh: '发布日期应写成 YYYY-MM-DD', en: 'the publication date is written YYYY-MM-DD' }]);
  if (options.files.length === 0) return refused([{ file: 'report:import', zh: '请给出至少一个填好的工作簿（.xlsx）或 CSV 文件', en: 'name at least one filled workbook (.xlsx) or CSV file' }]);

  const loaded = loadReportPlan(root, asOf, { planId: options.plan, issuerId: options.issuer, replacing: true });
  if ('refusal' in loaded) return refused([{ file: 'content/', ...loaded.refusal }]);
  const planId = loaded.view.plan.id;
  const path = join(root, reportFileOf(loaded.view, loaded.site, asOf));
  const shownPath = relative(process.cwd(), path) || path;
  if (existsSync(path)) {
    const commit = publishedIn(path);
    if (commit) {
      return refused([{ file: shownPath, zh: `截至 ${asOf} 的报告已经发布（main 分支 ${commit}），不能覆盖`, en: `the report as of ${asOf} is published (main, ${commit}) and cannot be overwritten`, hint: { zh: '要更正数字，请用新的截至日期导入，并在说明中写明更正哪一期（corrects）', en: 'to correct figures, import under a new as-of date and say which report it corrects (corrects)' } }]);
    }
    if (!options.replace) {
      return refused([{ file: shownPath, zh: `${shownPath} 已存在（尚未发布），不会覆盖`, en: `${shownPath} already exists (not yet published) and will not be overwritten`, hint: { zh: '确认要用表格的内容替换它时，加上 --replace', en: 'add --replace to replace it with the spreadsheets’ content' } }]);
    }
  }


  const problems: Problem[] = [];
  const workbooks: WorkbookData[] = [];
  const encodings: ImportResult['encodings'] = [];
  for (const file of options.files) {
    const read = await readSpreadsheet(file);
    if ('problems' in read) problems.push(...read.problems);
    else {
      workbooks.push(read);
      if (read.encoding) encodings.push({ file: read.name, encoding: read.encoding });
    }
  }
  // A workbook made for another plan or date: its figures are not this report's.
  for (const workbook of workbooks) {
    for (const [key, expected, zh, en] of [
      ['plan', planId, '方案', 'plan'],
      ['as_of', asOf, '截至日期', 'as-of date'],
    ] as const) {
      const cell = workbook.meta.get(key);
      const text = cell && (cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cellText(cell));
      if (cell && text !== undefined && text !== expected) {
        problems.push({ file: workbook.name, sheet: cell.sheet, cell: cell.address, found: text, zh: `这个工作簿是为${zh} ${text} 生成的，不是 ${expected}`, en: `this workbook was made for ${en} ${text}, not ${expected}`, hint: { zh: `核对 --as-of；或用 npm run report:template -- --as-of ${asOf} 生成的模板重新填写`, en: `check --as-of, or fill in the template made by npm run report:template -- --as-of ${asOf}` } });
      }
    }
  }

  const targets = new Map<string, ImportTarget>(reportSlots(loaded.view, asOf).map((slot, order) => [slot.target.id, { target: slot.target, fields: slot.fields, order }]));
  const mapped = entriesFromWorkbooks(workbooks, targets, loaded.statusWords, planId);
  problems.push(...mapped.problems);
  for (const workbook of workbooks) {
    const filled = mapped.origins.some((o) => o.workbook === workbook.name) || mapped.problems.some((p) => p.file === workbook.name);
    if (!filled) problems.push({ file: workbook.name, zh: '工作簿里没有填写任何数字、状态或说明', en: 'nothing is filled in this workbook: no figure, state or note', hint: { zh: '确认收到的是填好的表；只有未填的表时不要导入它', en: 'make sure this is the filled-in copy; leave unfilled workbooks out' } });
  }
  const { source, problems: sourceProblems } = sourceFromWorkbooks(workbooks, options.source);
  problems.push(...sourceProblems);
  if (problems.length > 0) return refused(problems, mapped.entries.length, encodings);

  const report = {
    $schema: '../schemas/snapshot.schema.json',
    plan: planId,
    asOf,
    published,
    source: Object.fromEntries(SOURCE_FIELDS.map((f) => [f.field, source[f.field]]).filter(([, v]) => v !== undefined)),
    entries: mapped.entries,
  };
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const check = checkContentRoot(root, options.today, { path, text });
  if (check.problems.length > 0) {
    return refused(
      check.problems.map((p) => placeCheckProblem(p, shownPath, mapped.origins, workbooks, options.source)),
      mapped.entries.length,
      encodings,
    );
  }
  // Write beside it and rename: the report appears whole or not at all.
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.import-${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
  return { written: shownPath, problems: [], entries: mapped.entries.length, encodings };
}
