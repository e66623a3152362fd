import type { MilestoneState, ReportEntry } from '../../schemas/report.ts';
import type { StatusWord } from '../../schemas/status-word.ts';
import type { TargetView } from '../model/plan-model.ts';
import type { SlotFields } from './report-slots.ts';

/**
 * Filled progress-report spreadsheets to report entries (`npm run report:import`), with every
 * problem named by workbook, sheet and cell, and the report's source from the instructions sheet.
 * Pure: cells arrive already read (src/node/report-reader.ts). The template's layout is in
 * sheet-layout.ts, cells and problems in sheet-cells.ts; both are re-exported here for the import.
 */

import { problemPlace, type Problem } from '../content-rules/problems.ts';
import { cellText, dateOfCell, describeCell, isBlank, parseFigureCell, type SheetCell, type WorkbookData } from './sheet-cells.ts';
import { KIND_WORDS, SOURCE_FIELDS, STATE_WORDS, type SourceField } from './sheet-layout.ts';

export * from './sheet-layout.ts';
export * from './sheet-cells.ts';

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
  problems: Problem[];
}

/**
 * Maps filled workbooks to report entries, merging them: one entry per target, in plan order. A
 * target filled in two places must agree; every bad cell is a problem naming workbook, sheet and cell.
 */
export function entriesFromWorkbooks(workbooks: readonly WorkbookData[], targets: ReadonlyMap<string, ImportTarget>, statusWords: readonly StatusWord[], planId: string): SheetEntries {
  const problems: Problem[] = [];
  const words = new Set(statusWords.map((w) => w.word));
  const byLabel = new Map<string, string>();
  for (const { target } of targets.values()) byLabel.set(target.label, target.id);
  const found = new Map<string, { entry: ReportEntry; origin: EntryOrigin; order: number }>();

  for (const workbook of workbooks) {
    for (const table of workbook.tables) {
      for (const row of table.rows) {
        const at = (cell: SheetCell | undefined, zh: string, en: string, hint?: Problem['hint']) =>
          problems.push({ file: workbook.name, sheet: table.sheet, ...(cell ? { cell: cell.address, ...(describeCell(cell.value) !== undefined ? { found: describeCell(cell.value) } : {}) } : {}), zh, en, ...(hint ? { hint } : {}) });
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
        const refuse = (cell: SheetCell, zh: string, en: string, hint?: Problem['hint']) => {
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
            const place = `${problemPlace({ file: previous.origin.workbook, sheet: previous.origin.sheet })} 第 ${previous.origin.row} 行`;
            const placeEn = `${problemPlace({ file: previous.origin.workbook, sheet: previous.origin.sheet })} row ${previous.origin.row}`;
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
export function sourceFromWorkbooks(workbooks: readonly WorkbookData[], flags: SourceDraft): { source: SourceDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const source: SourceDraft = {};
  for (const { key, field, zh, en } of SOURCE_FIELDS) {
    const flag = flags[field];
    if (flag !== undefined && flag.trim() !== '') {
      source[field] = flag.trim();
      continue;
    }
    let first: { value: string; file: string; sheet: string; cell: string } | undefined;
    for (const workbook of workbooks) {
      const cell = workbook.meta.get(key);
      if (!cell || isBlank(cell.value)) continue;
      const value = field === 'date' ? dateOfCell(cell) : cellText(cell);
      const place = { file: workbook.name, sheet: cell.sheet, cell: cell.address, found: describeCell(cell.value) };
      if (value === undefined) {
        problems.push({ ...place, zh: `${zh}应为日期，写成 YYYY-MM-DD`, en: `the ${en} is a date, written YYYY-MM-DD` });
        continue;
      }
      if (first && first.value !== value) {
        problems.push({ ...place, zh: `各工作簿的${zh}不一致：${problemPlace(first)} 写的是“${first.value}”`, en: `the workbooks give different ${en}s: ${problemPlace(first)} says “${first.value}”`, hint: { zh: `改成一致，或用 --${key.replace('_', '-')} 指定`, en: `make them agree, or give it with --${key.replace('_', '-')}` } });
        continue;
      }
      first ??= { value, file: workbook.name, sheet: cell.sheet, cell: cell.address };
    }
    if (first) source[field] = first.value;
  }
  return { source, problems };
}

