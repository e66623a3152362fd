import type { MilestoneState, ReportEntry, ReportSchema } from '../../schemas/report.ts';
import type { StatusWord } from '../../schemas/status-word.ts';
import type { TargetKind } from '../../schemas/target.ts';
import { parseChineseFigure } from '../content-rules/chinese-number.ts';
import type { TargetView } from '../model/plan-model.ts';
import type { SlotFields } from './report-slots.ts';
import type { z } from 'astro/zod';

/**
 * Progress reports as spreadsheets: the columns of the template departments fill in
 * (`npm run report:template`), and the mapping of filled cells back to report entries
 * (`npm run report:import`), with every problem named by workbook, sheet and cell. Pure: cells
 * arrive already read (from .xlsx by exceljs or from CSV by papaparse, in src/node/report-workbook.ts).
 */

/** The instructions sheet: how to fill in, the source fields and the template's plan and date. */
export const INSTRUCTIONS_SHEET = '填表说明';
/** The hidden sheet holding the drop-down lists (milestone states, status words). */
export const LISTS_SHEET = '选项';

/** A column of a data sheet: its machine key (row 1 holds `caption\nkey`) and captions. */
export interface SheetColumn {
  key: string;
  zh: string;
  en: string;
  /** Width in characters. */
  width: number;
}

/** The plan's columns, locked in the template: what each row is about. */
export const PLAN_COLUMNS: readonly SheetColumn[] = [
  { key: 'project', zh: '实事项目', en: 'project', width: 16 },
  { key: 'sub_item', zh: '子项', en: 'sub-item', width: 16 },
  { key: 'target_id', zh: '指标编号（勿改）', en: 'target id (do not change)', width: 22 },
  { key: 'label', zh: '指标', en: 'target', width: 36 },
  { key: 'kind', zh: '类型', en: 'kind', width: 10 },
  { key: 'unit', zh: '单位', en: 'unit', width: 8 },
  { key: 'plan_figure', zh: '方案目标（原文）', en: 'plan figure (as written)', width: 16 },
  { key: 'deadline', zh: '截止日期', en: 'deadline', width: 12 },
  { key: 'previous_value', zh: '上期数字（参考）', en: 'previous figure (reference)', width: 14 },
  { key: 'previous_as_of', zh: '上期截至（参考）', en: 'previous as of (reference)', width: 14 },
];

/** The columns departments fill in (unlocked where the target takes them). */
export const FILL_COLUMNS: readonly SheetColumn[] = [
  { key: 'value', zh: '本期数字（累计）', en: 'figure (cumulative)', width: 14 },
  { key: 'reported_rate', zh: '完成率（%）', en: 'completion rate (%)', width: 12 },
  { key: 'state', zh: '里程碑状态', en: 'milestone state', width: 12 },
  { key: 'reported_status', zh: '来源进度用语', en: 'source’s status word', width: 14 },
  { key: 'set_value', zh: '上级下达目标值', en: 'figure set by higher authority', width: 14 },
  { key: 'note', zh: '说明', en: 'note', width: 36 },
];

/** Column key of a county's figure: `county:<county id>`. */
export const countyKey = (countyId: string): string => `county:${countyId}`;

/** The header cell of a column: the Chinese caption, then the machine key on its own line. */
export const headerText = (caption: string, key: string): string => `${caption}\n${key}`;

/**
 * The machine key in a header cell: its last line, or the key at its end.
 * @example keyOfHeader('本期数字（累计）\nvalue') // 'value'
 */
export function keyOfHeader(text: string): string | undefined {
  const match = /([a-z][a-z0-9_]*(?::[a-z0-9-]+)?)\s*$/.exec(text.trim());
  return match ? match[1] : undefined;
}

/** Milestone states as the drop-down shows them (the keys are accepted too). */
export const STATE_WORDS: Readonly<Record<MilestoneState, string>> = { planned: '计划中', met: '已完成', 'partially-met': '部分完成', 'not-met': '未完成' };

/** Target kinds as the template writes them. */
export const KIND_WORDS: Readonly<Record<TargetKind, string>> = { count: '数量', percentage: '百分比', milestone: '里程碑', ongoing: '常态化', external: '上级下达' };

/** The source fields of the instructions sheet, by key, with the report field each fills. */
export const SOURCE_FIELDS = [
  { key: 'source_title', field: 'title', zh: '来源文件标题', en: 'source title' },
  { key: 'source_issuer', field: 'issuer', zh: '发布机关', en: 'issuer' },
  { key: 'source_date', field: 'date', zh: '来源发布日期（YYYY-MM-DD）', en: 'source date (YYYY-MM-DD)' },
  { key: 'source_url', field: 'url', zh: '来源网址', en: 'source URL' },
  { key: 'source_reference', field: 'reference', zh: '文号（无网址时）', en: 'document number (when there is no URL)' },
] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number]['field'];

/** A cell's value as a spreadsheet reader gives it. */
export type CellValue = number | string | boolean | Date | { error: string } | null;

/** One cell: where it is and what it holds. `percent`: formatted as a percentage (0.95 shows 95%). */
export interface SheetCell {
  address: string;
  value: CellValue;
  percent?: boolean;
}

/** A data row: its row number and its cells by column key. */
export interface SheetRow {
  number: number;
  cells: ReadonlyMap<string, SheetCell>;
}

/** The data rows of one sheet (below its header row). */
export interface SheetTable {
  sheet: string;
  rows: readonly SheetRow[];
}

/** A workbook (or CSV file) as read: its data sheets and the keyed cells of its instructions sheet. */
export interface WorkbookData {
  /** File name as shown to admins. */
  name: string;
  tables: readonly SheetTable[];
  /** Cells of the instructions sheet by key (source_title, plan, as_of …). */
  meta: ReadonlyMap<string, SheetCell & { sheet: string }>;
  /** How a CSV file was decoded (UTF-8, UTF-8 with BOM, GBK), to tell the admin. */
  encoding?: string;
}

/** A problem with a spreadsheet, naming workbook, sheet and cell where it can. */
export interface SheetProblem {
  workbook: string;
  sheet?: string;
  cell?: string;
  /** The report field the problem is about, when the content check found it (entries[3].value). */
  field?: string;
  /** What the cell holds, shortened. */
  found?: string;
  zh: string;
  en: string;
  hint?: { zh: string; en: string };
}

/** Where a problem is, as admins read it: `州卫生健康委.xlsx › 州卫生健康委!F7`. */
export function problemPlace(p: Pick<SheetProblem, 'workbook' | 'sheet' | 'cell'>): string {
  return `${p.workbook}${p.sheet !== undefined ? ` › ${p.sheet}${p.cell ? `!${p.cell}` : ''}` : ''}`;
}

/** Formats problems for a terminal, one block each, Chinese first. */
export function formatSheetProblems(problems: readonly SheetProblem[]): string {
  return problems
    .map((p) => {
      const found = p.found !== undefined ? `\n    现值 found: ${p.found}` : '';
      const hint = p.hint ? `\n    提示：${p.hint.zh}\n    hint: ${p.hint.en}` : '';
      return `✗ ${problemPlace(p)}${p.field ? `  (${p.field})` : ''}${found}\n    ${p.zh}\n    ${p.en}${hint}`;
    })
    .join('\n\n');
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell's value shortened for a message. */
export function describeCell(value: CellValue): string | undefined {
  if (value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.error;
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const isBlank = (value: CellValue): boolean => value === null || (typeof value === 'string' && value.trim() === '');

/** Why a cell is not a figure, with what to write instead. */
type Refusal = { zh: string; en: string; hint?: { zh: string; en: string } };

/** The ASCII figure a text probably means (full-width digits, thousands commas, 万), for hints. */
function meant(text: string): string | undefined {
  const figure = parseChineseFigure(text);
  return figure ? String(figure.value) : undefined;
}

/**
 * The number in a figure cell, or why it is not one. Numbers pass (a cell formatted as a percentage
 * gives its percent: 0.95 → 95); so does a plain figure stored as text ("1800", as CSV files hold
 * every cell). Anything a person would have to interpret is refused: 约1800, 1,800, full-width
 * １８００, 1.8万, 95%, a date, a formula error.
 * @example parseFigureCell({ address: 'J2', value: '1,800' }) // { refusal: … hint: 1800 }
 */
export function parseFigureCell(cell: SheetCell): { value: number } | { refusal: Refusal } | { empty: true } {
  const { value } = cell;
  if (value === null || isBlank(value)) return { empty: true };
  const notNumber = (zh: string, en: string, hint?: Refusal['hint']): { refusal: Refusal } => ({ refusal: { zh, en, ...(hint ? { hint } : {}) } });
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return notNumber('不是有效数字', 'not a valid number');
    return { value: cell.percent ? Number((value * 100).toPrecision(12)) : value };
  }
  if (typeof value === 'boolean') return notNumber('这里应填数字，不是“是/否”', 'a number is expected here, not TRUE/FALSE');
  if (value instanceof Date) return notNumber('这里应填数字，但单元格是日期（可能被表格程序自动转成了日期）', 'a number is expected here, but the cell holds a date (perhaps the spreadsheet turned the entry into one)', { zh: '把单元格格式设为“常规”或“数值”后重新输入数字', en: 'set the cell format to General or Number and type the figure again' });
  if (typeof value === 'object' && value !== null) return notNumber(`公式出错（${value.error}），没有数字`, `the formula gives an error (${value.error}), not a number`, { zh: '直接填写数字，不用公式', en: 'type the figure itself, not a formula' });
  const text = value.trim();
  if (/^\+?\d+(?:\.\d+)?$/.test(text)) return { value: Number(text) };
  const guess = meant(text);
  const write = (zh: string, en: string) => ({ zh: guess !== undefined ? `${zh}：${guess}` : zh, en: guess !== undefined ? `${en}: ${guess}` : en });
  if (/^[-−－]\s*\d/.test(text)) return notNumber('数字不能为负数', 'a figure cannot be negative');
  if (/[约余多左右近超过以上不足]/.test(text)) {
    return notNumber('这里应填来源给出的确切数字，不能是约数或“以上”之类的说法', 'the exact figure the source states is expected here, not an approximation or a phrase like “over”', {
      zh: `只填数字${guess !== undefined ? `（如来源写的就是 ${guess}）` : ''}；原文的说法写在“说明”列`,
      en: `write the number only${guess !== undefined ? ` (${guess}, if that is what the source states)` : ''}; put the source’s wording in the note column`,
    });
  }
  if (/[０-９．]/.test(text)) return notNumber('数字是全角字符（如 １８００），表格不会把它当作数字', 'the digits are full-width (like １８００): spreadsheets do not read them as a number', write('改用半角数字', 'use ASCII digits'));
  if (/\d[,，]\d{3}/.test(text)) return notNumber('数字里有千位分隔符（逗号），单元格成了文本', 'the figure has a thousands separator (a comma), so the cell is text', write('去掉逗号', 'drop the comma'));
  if (/[万亿千百]/.test(text)) return notNumber('数字带有“万”“千”等单位字，表格不会把它当作数字', 'the figure has a unit character such as 万, so it is not a number', write('写出完整数字', 'write the figure out in full'));
  if (/[%％]$/.test(text)) return notNumber('数字后带有 % 号，单元格成了文本', 'the figure ends with a % sign, so the cell is text', write('只填数字，不带 %', 'write the number without %'));
  return notNumber('这里应填数字（半角阿拉伯数字，不带单位和文字）', 'a number is expected here (ASCII digits, with no unit or words)', { zh: '只填数字；文字说明写在“说明”列', en: 'write the number only; put words in the note column' });
}

/** A cell's text (numbers and dates written out), trimmed; undefined when blank. */
export function cellText(cell: SheetCell | undefined): string | undefined {
  if (!cell || isBlank(cell.value)) return undefined;
  const { value } = cell;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'object' && value !== null) return value.error;
  return String(value).trim();
}

/**
 * A date cell as YYYY-MM-DD: a date cell, or text written 2024-07-08, 2024/7/8 or 2024年7月8日;
 * undefined when it is none of those.
 */
export function dateOfCell(cell: SheetCell): string | undefined {
  const { value } = cell;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : undefined;
}

/** What the import needs to know about each target. */
export interface ImportTarget {
  target: Pick<TargetView, 'id' | 'label' | 'kind' | 'unit' | 'countyIds'>;
  fields: SlotFields;
  /** Position in plan order (entries are written in this order). */
  order: number;
}

/** Where each field of an imported entry came from. */
export interface EntryOrigin {
  workbook: string;
  sheet: string;
  row: number;
  /** Address of the row's target id cell. */
  idCell: string;
  /** Cell address by entry field (value, state, reportedStatus, reportedRate, setValue, note, breakdown[i]). */
  cells: Record<string, string>;
}

/** Report fields by column key. */
const FIELD_OF_KEY: Readonly<Record<string, 'value' | 'reportedRate' | 'state' | 'reportedStatus' | 'setValue' | 'note'>> = {
  value: 'value',
  reported_rate: 'reportedRate',
  state: 'state',
  reported_status: 'reportedStatus',
  set_value: 'setValue',
  note: 'note',
};

/** Whether a column key is one departments fill in. */
export const isFillKey = (key: string): boolean => key in FIELD_OF_KEY || key.startsWith('county:');

/** The result of reading filled sheets: entries in plan order with their cells, or problems. */
export interface SheetEntries {
  entries: ReportEntry[];
  origins: EntryOrigin[];
  problems: SheetProblem[];
}

/**
 * Maps filled workbooks to report entries, merging them: one entry per target, in plan order. A
 * target filled in two places must agree; every bad cell is a problem naming workbook, sheet and cell.
 */
export function entriesFromWorkbooks(workbooks: readonly WorkbookData[], targets: ReadonlyMap<string, ImportTarget>, statusWords: readonly StatusWord[], planId: string): SheetEntries {
  const problems: SheetProblem[] = [];
  const words = new Set(statusWords.map((w) => w.word));
  const byLabel = new Map<string, string>();
  for (const { target } of targets.values()) byLabel.set(target.label, target.id);
  const found = new Map<string, { entry: ReportEntry; origin: EntryOrigin; order: number }>();

  for (const workbook of workbooks) {
    for (const table of workbook.tables) {
      for (const row of table.rows) {
        const at = (cell: SheetCell | undefined, zh: string, en: string, hint?: SheetProblem['hint']) =>
          problems.push({ workbook: workbook.name, sheet: table.sheet, ...(cell ? { cell: cell.address, ...(describeCell(cell.value) !== undefined ? { found: describeCell(cell.value) } : {}) } : {}), zh, en, ...(hint ? { hint } : {}) });
        const filled = [...row.cells.entries()].filter(([key, cell]) => isFillKey(key) && !isBlank(cell.value));
        const idCell = row.cells.get('target_id');
        const id = cellText(idCell);
        if (id === undefined) {
          if (filled.length > 0) at(filled[0][1], `第 ${row.number} 行填了内容，但“指标编号”是空的，无法知道是哪项指标`, `row ${row.number} is filled in but its target id is empty, so it belongs to no target`, { zh: '从模板中复制原来的指标编号，不要删除或新增行', en: 'copy the target id back from the template; do not delete or add rows' });
          continue;
        }
        const known = targets.get(id);
        const labelCell = row.cells.get('label');
        const label = cellText(labelCell);
        if (!known) {
          const meantId = label !== undefined ? byLabel.get(label) : undefined;
          at(idCell, `指标编号“${id}”不是方案 ${planId} 的指标：这一行的编号被改过`, `“${id}” is not a target of plan ${planId}: this row’s target id was changed`, {
            zh: meantId ? `按本行的指标名称，编号应为 ${meantId}；请从模板复制原编号` : '从模板中复制原来的指标编号；编号列是锁定的，不要修改',
            en: meantId ? `by this row’s label the id is ${meantId}; copy it back from the template` : 'copy the target id back from the template; the id column is locked: do not change it',
          });
          continue;
        }
        if (label !== undefined && label !== known.target.label) {
          const meantId = byLabel.get(label);
          at(idCell, `这一行的指标编号被改过：编号 ${id} 是“${known.target.label}”，但本行的指标是“${label}”`, `this row’s target id was changed: ${id} is “${known.target.label}”, but the row’s target is “${label}”`, {
            zh: meantId ? `本行的编号应为 ${meantId}；请从模板复制原编号` : '从模板中复制这一行原来的编号和指标名称',
            en: meantId ? `this row’s id is ${meantId}; copy it back from the template` : 'copy the row’s id and label back from the template',
          });
          continue;
        }
        if (filled.length === 0) continue;

        const { fields, target } = known;
        const entry: Record<string, unknown> = { target: id };
        const origin: EntryOrigin = { workbook: workbook.name, sheet: table.sheet, row: row.number, idCell: idCell?.address ?? '', cells: {} };
        const breakdown: { county: string; value: number }[] = [];
        let bad = false;
        const refuse = (cell: SheetCell, zh: string, en: string, hint?: SheetProblem['hint']) => {
          bad = true;
          at(cell, zh, en, hint);
        };
        for (const [key, cell] of filled) {
          if (key.startsWith('county:')) {
            const county = key.slice('county:'.length);
            if (!fields.breakdown || !target.countyIds.includes(county)) {
              refuse(cell, `指标“${target.label}”不分县市填报 ${county}，这一格应留空`, `target “${target.label}” takes no figure for ${county}: leave this cell empty`);
              continue;
            }
            const figure = parseFigureCell(cell);
            if ('refusal' in figure) refuse(cell, figure.refusal.zh, figure.refusal.en, figure.refusal.hint);
            else if ('value' in figure) {
              origin.cells[`breakdown[${breakdown.length}]`] = cell.address;
              breakdown.push({ county, value: figure.value });
            }
            continue;
          }
          const field = FIELD_OF_KEY[key];
          const applies = field === 'note' || field === 'reportedStatus' || (field === 'value' && fields.value) || (field === 'reportedRate' && fields.reportedRate) || (field === 'state' && fields.state) || (field === 'setValue' && fields.setValue);
          if (!applies) {
            const kind = KIND_WORDS[target.kind];
            refuse(cell, `“${target.label}”是${kind}类指标，不填这一列（${key}），这一格应留空`, `“${target.label}” is a ${target.kind} target, which takes nothing in this column (${key}): leave this cell empty`, {
              zh: target.kind === 'milestone' ? '里程碑填“里程碑状态”列' : target.kind === 'ongoing' ? '常态化工作填“说明”列' : '数字填“本期数字”列',
              en: target.kind === 'milestone' ? 'a milestone takes the milestone state column' : target.kind === 'ongoing' ? 'an ongoing duty takes the note column' : 'the figure goes in the figure column',
            });
            continue;
          }
          if (field === 'value' || field === 'reportedRate' || field === 'setValue') {
            const figure = parseFigureCell(cell);
            if ('refusal' in figure) refuse(cell, figure.refusal.zh, figure.refusal.en, figure.refusal.hint);
            else if ('value' in figure) {
              if (field === 'value' && target.kind === 'percentage' && figure.value > 100) refuse(cell, `百分比应在 0–100 之间，这里是 ${figure.value}`, `a percentage is within 0–100; this is ${figure.value}`);
              else {
                entry[field] = figure.value;
                origin.cells[field] = cell.address;
              }
            }
          } else if (field === 'state') {
            const text = cellText(cell) ?? '';
            const state = (Object.entries(STATE_WORDS) as [MilestoneState, string][]).find(([key, word]) => text === word || text === key)?.[0];
            if (!state) refuse(cell, `里程碑状态只能是：${Object.values(STATE_WORDS).join('、')}`, `a milestone state is one of: ${Object.values(STATE_WORDS).join(', ')} (${Object.keys(STATE_WORDS).join(', ')})`, { zh: '从下拉列表中选择', en: 'pick one from the drop-down list' });
            else {
              entry.state = state;
              origin.cells.state = cell.address;
            }
          } else if (field === 'reportedStatus') {
            const word = cellText(cell) ?? '';
            if (words.size > 0 && !words.has(word)) {
              refuse(cell, `“${word}”不在进度用语表中`, `“${word}” is not in the list of status words`, {
                zh: `从下拉列表中选择（${[...words].join('、')}）；来源用了新的用语时，先加到 content/status-words.json`,
                en: 'pick one from the drop-down list; when the source uses a new word, add it to content/status-words.json first',
              });
            } else {
              entry.reportedStatus = word;
              origin.cells.reportedStatus = cell.address;
            }
          } else {
            entry.note = cellText(cell);
            origin.cells.note = cell.address;
          }
        }
        if (breakdown.length > 0) entry.breakdown = breakdown;
        if (bad) continue;

        const previous = found.get(id);
        if (previous) {
          const a = JSON.stringify(previous.entry);
          const b = JSON.stringify(entry);
          if (a !== b) {
            const place = `${problemPlace({ workbook: previous.origin.workbook, sheet: previous.origin.sheet })} 第 ${previous.origin.row} 行`;
            const placeEn = `${problemPlace({ workbook: previous.origin.workbook, sheet: previous.origin.sheet })} row ${previous.origin.row}`;
            at(idCell, `指标“${target.label}”（${id}）填了两次，内容不同：另一处在 ${place}`, `target “${target.label}” (${id}) is filled in twice, differently: the other is ${placeEn}`, {
              zh: `两处：${describeEntry(previous.entry)}；${describeEntry(entry as ReportEntry)}。与两个部门核实，只保留正确的一处`,
              en: `the two: ${describeEntry(previous.entry)}; ${describeEntry(entry as ReportEntry)}. Check with both departments and keep the right one only`,
            });
          }
          continue;
        }
        found.set(id, { entry: entry as ReportEntry, origin, order: known.order });
      }
    }
  }
  const sorted = [...found.values()].sort((a, b) => a.order - b.order);
  return { entries: sorted.map((f) => f.entry), origins: sorted.map((f) => f.origin), problems };
}

/** An entry's filled fields in one line, for a message. */
function describeEntry(entry: ReportEntry): string {
  const { target: _target, ...rest } = entry;
  return JSON.stringify(rest);
}

/** The report's source block as far as workbooks and flags give it. */
export type SourceDraft = Partial<Record<SourceField, string>>;

/**
 * The source block: each field from the flags if given, else from the workbooks' instructions
 * sheets, which must agree with each other. A date must be a date.
 */
export function sourceFromWorkbooks(workbooks: readonly WorkbookData[], flags: SourceDraft): { source: SourceDraft; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const source: SourceDraft = {};
  for (const { key, field, zh, en } of SOURCE_FIELDS) {
    const flag = flags[field];
    if (flag !== undefined && flag.trim() !== '') {
      source[field] = flag.trim();
      continue;
    }
    let first: { value: string; workbook: string; sheet: string; cell: string } | undefined;
    for (const workbook of workbooks) {
      const cell = workbook.meta.get(key);
      if (!cell || isBlank(cell.value)) continue;
      const value = field === 'date' ? dateOfCell(cell) : cellText(cell);
      const place = { workbook: workbook.name, sheet: cell.sheet, cell: cell.address, found: describeCell(cell.value) };
      if (value === undefined) {
        problems.push({ ...place, zh: `${zh}应为日期，写成 YYYY-MM-DD`, en: `the ${en} is a date, written YYYY-MM-DD` });
        continue;
      }
      if (first && first.value !== value) {
        problems.push({ ...place, zh: `各工作簿的${zh}不一致：${problemPlace(first)} 写的是“${first.value}”`, en: `the workbooks give different ${en}s: ${problemPlace(first)} says “${first.value}”`, hint: { zh: `改成一致，或用 --${key.replace('_', '-')} 指定`, en: `make them agree, or give it with --${key.replace('_', '-')}` } });
        continue;
      }
      first ??= { value, workbook: workbook.name, sheet: cell.sheet, cell: cell.address };
    }
    if (first) source[field] = first.value;
  }
  return { source, problems };
}

/** A report as imported: what `report:import` writes once the check passes. */
export type ImportedReport = Omit<z.input<typeof ReportSchema>, 'source'> & { source: SourceDraft };
