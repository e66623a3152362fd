import ExcelJS from 'exceljs';
import type { TargetView } from '../lib/model/plan-model.ts';
import { reportSlots, type ReportSlot } from '../lib/intake/report-slots.ts';
import {
  FILL_COLUMNS,
  INSTRUCTIONS_SHEET,
  KIND_WORDS,
  LISTS_SHEET,
  PLAN_COLUMNS,
  SOURCE_FIELDS,
  STATE_WORDS,
  countyKey,
  headerText,
} from '../lib/intake/report-sheet.ts';
import type { ReportPlan } from './report-plan.ts';

/**
 * The progress-report template on disk: a styled, protected workbook with validated cells, written
 * with exceljs. Filled files are read by src/node/report-reader.ts (SheetJS), not by exceljs, whose
 * reader refuses workbooks other programs save (see docs/PUBLISHING.md).
 */

const FILL = {
  plan: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
  free: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } },
  none: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBFBFBF' } },
  header: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
} as const satisfies Record<string, ExcelJS.FillPattern>;

/** Sheet protection without a password: locked cells cannot be edited, columns can still be resized. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

/** What the plan's figure is, as the template shows it. */
function planFigure(target: TargetView): string {
  if (target.written) return target.written;
  if (target.kind === 'milestone') return target.spec?.written ?? '完成 done';
  if (target.kind === 'ongoing') return '常态化 ongoing';
  if (target.kind === 'external') return `${target.setBy ?? ''}下达 set by ${target.setBy ?? 'higher authority'}`;
  return '';
}

/** The lead departments of a plan in order of first appearance, each with its slots in plan order. */
function slotsByDepartment(slots: readonly ReportSlot[]): Map<string, ReportSlot[]> {
  const byDepartment = new Map<string, ReportSlot[]>();
  for (const slot of slots) {
    for (const id of slot.target.leadUnits) {
      const list = byDepartment.get(id) ?? [];
      list.push(slot);
      byDepartment.set(id, list);
    }
  }
  return byDepartment;
}

/** Options of a template. */
export interface TemplateOptions {
  /** Only these lead departments' sheets (ids); default all. */
  departments?: readonly string[];
  /** Time stamp written into the workbook's properties (default now; fixed in tests). */
  created?: Date;
}

/**
 * The template workbook for the report as of `asOf`: an instructions sheet (how to fill in,
 * the source fields, the plan and date), one sheet per lead department with its targets in plan
 * order, and a hidden sheet of drop-down lists. Ids and plan columns are locked (sheet protection
 * without a password); the columns to fill are not, and carry data validation.
 */
export function templateWorkbook(loaded: ReportPlan, asOf: string, options: TemplateOptions = {}): ExcelJS.Workbook {
  const { site, view, statusWords } = loaded;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'minsheng-shishi report:template';
  workbook.created = options.created ?? new Date();
  workbook.modified = workbook.created;
  const slots = reportSlots(view, asOf);
  const departments = [...slotsByDepartment(slots)].filter(([id]) => !options.departments || options.departments.includes(id));

  // Instructions first, so the workbook opens on it.
  const guide = workbook.addWorksheet(INSTRUCTIONS_SHEET, { properties: { tabColor: { argb: 'FF2F75B5' } } });
  guide.columns = [{ width: 44 }, { width: 20 }, { width: 60 }];
  const title = guide.addRow([`${view.plan.title}：进度填报表（数据截至 ${asOf}） Progress return, figures as of ${asOf}`]);
  title.font = { bold: true, size: 14 };
  guide.mergeCells(`A${title.number}:C${title.number}`);
  guide.addRow([]);
  const fieldsHeader = guide.addRow(['项目 field', '键 key', '填写 value']);
  fieldsHeader.font = { bold: true };
  fieldsHeader.eachCell((cell) => (cell.fill = FILL.header));
  for (const field of SOURCE_FIELDS) {
    const row = guide.addRow([`${field.zh} ${field.en}`, field.key, null]);
    const cell = row.getCell(3);
    cell.protection = { locked: false };
    cell.fill = FILL.free;
    if (field.key === 'source_date') {
      cell.numFmt = 'yyyy-mm-dd';
      cell.dataValidation = { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], allowBlank: true, showErrorMessage: true, errorTitle: '日期 date', error: '请填写日期，如 2024-07-08 / a date, e.g. 2024-07-08' };
    }
  }
  for (const [caption, key, value] of [
    ['方案编号（勿改） plan id (do not change)', 'plan', view.plan.id],
    ['数据截至（勿改） as of (do not change)', 'as_of', asOf],
  ] as const) {
    const row = guide.addRow([caption, key, value]);
    row.getCell(3).fill = FILL.plan;
  }
  guide.addRow([]);
  const lines = [
    '填表说明',
    `1. 每个牵头单位一张工作表（表名即单位简称），列出该单位牵头的指标，顺序同方案。只填浅黄色的格子；灰色的列（指标编号、方案目标、上期数字等）已锁定，请勿修改，也不要增删行或改表名。`,
    '2. “本期数字”填截至上面日期的累计数（或水平值），只填半角阿拉伯数字，不带单位、逗号和文字（写 1800，不写“约1800”“1,800”“1800人”）。百分比指标填 0–100 之间的数字（95 表示 95%）。',
    '3. 来源只给出完成率时填“完成率（%）”（占年度目标的百分比，可超过 100），不要自己折算成数字。',
    '4. 里程碑类指标在“里程碑状态”中从下拉列表选择：计划中、已完成、部分完成、未完成。常态化工作在“说明”中写明进展。',
    '5. “来源进度用语”从下拉列表选择来源原文的说法（如 按序时推进、已完工、滞后）；列表中没有的用语请告知发布办公室。',
    '6. 分县市数字填在对应县市列（只有方案列明县市的指标才开放这些格子）。',
    '7. 没有数字的指标整行留空，不要填 0 或估计数。所填数字须有正式来源：在上方填写来源文件标题、发布机关、发布日期，以及网址或文号。',
    '8. 填好后保存为 .xlsx（WPS 或 Excel 均可），发回发布办公室。',
    '',
    'How to fill in',
    '1. One sheet per lead department (named by its short name), listing the targets it leads in plan order. Fill only the light-yellow cells; the grey columns (target id, plan figure, previous figure…) are locked: do not change them, add or delete rows, or rename sheets.',
    '2. “Figure” is the cumulative figure (or level) as of the date above, in ASCII digits only, with no unit, comma or words (1800, not 约1800, 1,800 or 1800人). Percentages take a number from 0 to 100 (95 means 95%).',
    '3. When the source gives only a completion rate, fill “completion rate (%)” (percent of the annual target, may exceed 100); do not convert it into a figure yourself.',
    '4. Milestones take a state from the drop-down list: 计划中 planned, 已完成 met, 部分完成 partially met, 未完成 not met. Ongoing duties take a note.',
    '5. “Source’s status word” takes the source’s own wording from the drop-down list (e.g. 按序时推进, 已完工, 滞后); tell the publishing office of a word not on the list.',
    '6. Figures by county go in the county columns (open only for targets whose plan text names counties).',
    '7. Leave a target’s row empty when there is no figure: never 0 or an estimate. Every figure needs an official source: give its title, issuer, date, and URL or document number above.',
    '8. Save as .xlsx (WPS or Excel) and send it back to the publishing office.',
  ];
  for (const text of lines) {
    const row = guide.addRow([text]);
    guide.mergeCells(`A${row.number}:C${row.number}`);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (text === '填表说明' || text === 'How to fill in') row.font = { bold: true };
    else if (text !== '') row.height = 48;
  }
  guide.protect('', PROTECTION);

  // The drop-down lists, on a hidden sheet the validations refer to.
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  lists.getCell('A1').value = headerText('里程碑状态', 'state');
  lists.getCell('B1').value = headerText('来源进度用语', 'reported_status');
  Object.values(STATE_WORDS).forEach((word, i) => (lists.getCell(`A${i + 2}`).value = word));
  statusWords.forEach((w, i) => (lists.getCell(`B${i + 2}`).value = w.word));
  lists.protect('', PROTECTION);
  const stateList = `'${LISTS_SHEET}'!$A$2:$A$${Object.keys(STATE_WORDS).length + 1}`;
  const wordList = statusWords.length > 0 ? `'${LISTS_SHEET}'!$B$2:$B$${statusWords.length + 1}` : undefined;

  const countyOrder = site.counties.map((c) => c.id);
  const usedNames = new Set([INSTRUCTIONS_SHEET, LISTS_SHEET]);
  for (const [departmentId, own] of departments) {
    const department = site.departmentById.get(departmentId);
    let name = sheetName(department?.shortName ?? departmentId);
    for (let n = 2; usedNames.has(name); n += 1) name = sheetName(`${department?.shortName ?? departmentId}${n}`);
    usedNames.add(name);
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }],
      // Printed on A4 landscape, one page wide, the header row on every page.
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    });
    const counties = countyOrder.filter((id) => own.some((s) => s.fields.breakdown && s.target.countyIds.includes(id)));
    const columns = [
      ...PLAN_COLUMNS,
      ...FILL_COLUMNS,
      ...counties.map((id) => ({ key: countyKey(id), zh: site.countyById.get(id)?.shortName ?? id, en: id, width: 10 })),
    ];
    sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
    const header = sheet.getRow(1);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = headerText(c.zh, c.key);
      cell.note = c.en;
      cell.font = { bold: true };
      cell.fill = FILL.header;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    header.height = 34;
    const at = (key: string) => columns.findIndex((c) => c.key === key) + 1;
    for (const slot of own) {
      const { target, fields, previous } = slot;
      const previousValue = previous?.value ?? (previous?.state ? STATE_WORDS[previous.state] : null);
      const row = sheet.addRow({
        project: `${target.projectNumber}. ${target.projectTitle}`,
        sub_item: target.subItemNumber ? `（${target.subItemNumber}）${target.subItemTitle}` : target.subItemTitle,
        target_id: target.id,
        label: target.label,
        kind: KIND_WORDS[target.kind],
        unit: target.unit ?? null,
        plan_figure: planFigure(target),
        deadline: target.deadline,
        previous_value: previousValue,
        previous_as_of: previous?.asOf ?? null,
      });
      row.alignment = { vertical: 'top', wrapText: true };
      for (const c of PLAN_COLUMNS) row.getCell(at(c.key)).fill = FILL.plan;
      const open: Record<string, boolean> = {
        value: fields.value,
        reported_rate: fields.reportedRate,
        state: fields.state,
        reported_status: true,
        set_value: fields.setValue,
        note: true,
        ...Object.fromEntries(counties.map((id) => [countyKey(id), fields.breakdown && target.countyIds.includes(id)])),
      };
      for (const [key, isOpen] of Object.entries(open)) {
        const cell = row.getCell(at(key));
        if (!isOpen) {
          cell.fill = FILL.none;
          continue;
        }
        cell.fill = FILL.free;
        cell.protection = { locked: false };
        const percentage = target.kind === 'percentage' && (key === 'value' || key.startsWith('county:'));
        if (key === 'value' || key === 'reported_rate' || key === 'set_value' || key.startsWith('county:')) {
          cell.dataValidation = percentage
            ? { type: 'decimal', operator: 'between', formulae: [0, 100], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '百分比 percentage', error: '请填 0–100 之间的数字，不带 % 号 / a number from 0 to 100, without %' }
            : { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '数字 number', error: '请只填不小于 0 的数字，不带单位和文字 / a number of 0 or more only, with no unit or words' };
        } else if (key === 'state') {
          cell.dataValidation = { type: 'list', formulae: [stateList], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '里程碑状态 state', error: `请从列表中选择：${Object.values(STATE_WORDS).join('、')} / pick one from the list` };
        } else if (key === 'reported_status' && wordList) {
          cell.dataValidation = { type: 'list', formulae: [wordList], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '来源进度用语 status word', error: '请从列表中选择来源原文的用语；列表中没有的，请告知发布办公室 / pick the source’s word from the list; tell the publishing office of a new one' };
        }
      }
    }
    sheet.protect('', PROTECTION);
  }
  return workbook;
}

/** The template as .xlsx bytes. */
export async function templateBytes(loaded: ReportPlan, asOf: string, options: TemplateOptions = {}): Promise<Buffer> {
  return Buffer.from(await templateWorkbook(loaded, asOf, options).xlsx.writeBuffer());
}

/** The lead departments that get a sheet, in plan order: id and sheet name. */
export function templateDepartments(loaded: ReportPlan, asOf: string): { id: string; name: string }[] {
  return [...slotsByDepartment(reportSlots(loaded.view, asOf)).keys()].map((id) => ({ id, name: loaded.site.departmentById.get(id)?.shortName ?? id }));
}
