import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
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
  columnLetter,
  countyKey,
  headerText,
  keyOfHeader,
  type CellValue,
  type SheetCell,
  type SheetProblem,
  type SheetRow,
  type SheetTable,
  type WorkbookData,
} from '../lib/intake/report-sheet.ts';
import type { ReportPlan } from './report-plan.ts';

/**
 * Progress-report spreadsheets on disk: writing the template workbook with exceljs, and reading
 * filled workbooks (.xlsx, by exceljs) and CSV files (UTF-8 or GBK, decoded by iconv-lite, parsed by
 * papaparse) into the plain cells src/lib/intake/report-sheet.ts maps to report entries. Reading never
 * throws: a file it cannot read is a problem naming it, in Chinese and English.
 */

/** Larger than any filled template by far. */
export const MAX_SPREADSHEET_BYTES = 32 * 1024 * 1024;

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

/** A cell's value from exceljs, reduced to what the mapping reads. */
function valueOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return { error: String(value.error) };
    if ('result' in value) return value.result === undefined ? null : valueOf(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('formula' in value || 'sharedFormula' in value) return null;
  }
  return String(value);
}

/** Keys a header row may name: plan and fill columns and counties. */
const KNOWN_KEYS = new Set([...PLAN_COLUMNS, ...FILL_COLUMNS].map((c) => c.key));
const isKnownKey = (key: string | undefined): key is string => key !== undefined && (KNOWN_KEYS.has(key) || key.startsWith('county:'));

/** Meta keys of the instructions sheet. */
const META_KEYS = new Set<string>([...SOURCE_FIELDS.map((f) => f.key), 'plan', 'as_of']);

/** A grid of cells (rows of values by 1-based column) turned into a table, from its header row on. */
function tableOf(sheet: string, grid: readonly (readonly CellValue[])[], percentAt: (row: number, column: number) => boolean): SheetTable | undefined {
  const headerIndex = grid.slice(0, 5).findIndex((row) => row.some((v) => typeof v === 'string' && keyOfHeader(v) === 'target_id'));
  if (headerIndex < 0) return undefined;
  const keys = grid[headerIndex].map((v) => (typeof v === 'string' ? keyOfHeader(v) : undefined));
  const rows: SheetRow[] = [];
  for (let r = headerIndex + 1; r < grid.length; r += 1) {
    const cells = new Map<string, SheetCell>();
    keys.forEach((key, c) => {
      if (!isKnownKey(key) || cells.has(key)) return;
      const value = grid[r][c] ?? null;
      cells.set(key, { address: `${columnLetter(c + 1)}${r + 1}`, value, ...(percentAt(r, c) ? { percent: true } : {}) });
    });
    if ([...cells.values()].some((cell) => cell.value !== null && !(typeof cell.value === 'string' && cell.value.trim() === ''))) rows.push({ number: r + 1, cells });
  }
  return { sheet, rows };
}

/** A refusal of a whole file. */
const refusal = (workbook: string, zh: string, en: string, hint?: SheetProblem['hint']): { problems: SheetProblem[] } => ({ problems: [{ workbook, zh, en, ...(hint ? { hint } : {}) }] });

/** Reads a filled .xlsx workbook (or, by its extension, a CSV file). Never throws. */
export async function readSpreadsheet(path: string): Promise<WorkbookData | { problems: SheetProblem[] }> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_SPREADSHEET_BYTES) return refusal(name, `文件超过 ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB，不像是填报表`, `the file is over ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB: not a filled template`);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? refusal(name, `找不到文件 ${path}`, `no such file: ${path}`) : refusal(name, `无法读取文件（${code ?? (error as Error).message}）`, `the file cannot be read (${code ?? (error as Error).message})`);
  }
  const extension = extname(name).toLowerCase();
  if (extension === '.csv' || extension === '.txt') return readCsvBytes(name, bytes);
  if (bytes.length === 0) return refusal(name, '文件是空的（0 字节）', 'the file is empty (0 bytes)');
  // An OLE compound file: what Excel writes for a password-protected workbook, and for old .xls files.
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    return refusal(name, '文件设置了打开密码（已加密），或是旧版 .xls 格式，无法读取', 'the file is password-protected (encrypted) or in the old .xls format, and cannot be read', {
      zh: '在 Excel/WPS 中打开，取消“用密码进行加密”（文件 → 信息 → 保护工作簿），并“另存为”Excel 工作簿（.xlsx）',
      en: 'open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it as an Excel Workbook (.xlsx)',
    });
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return refusal(name, '这不是 .xlsx 工作簿（也不是 CSV 文件）', 'this is not an .xlsx workbook (nor a CSV file)', { zh: '在 Excel/WPS 中“另存为”Excel 工作簿（.xlsx）；CSV 文件请用 .csv 扩展名', en: 'save it from Excel or WPS as an Excel Workbook (.xlsx); CSV files need the .csv extension' });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const message = String((error as Error)?.message ?? error).split('\n')[0].slice(0, 160);
    return refusal(name, `工作簿已损坏或不是 Excel 工作簿，无法打开（${message}）`, `the workbook is damaged or not an Excel workbook and cannot be opened (${message})`, { zh: '在 Excel/WPS 中打开后重新“另存为”.xlsx；打不开时请对方重新发送', en: 'open it in Excel or WPS and save it again as .xlsx; if it will not open, ask for it again' });
  }
  const tables: SheetTable[] = [];
  const meta = new Map<string, SheetCell & { sheet: string }>();
  const problems: SheetProblem[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === LISTS_SHEET) continue;
    const grid: CellValue[][] = [];
    const percent = new Set<string>();
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        values[c - 1] = valueOf(cell.value);
        if (typeof cell.numFmt === 'string' && cell.numFmt.includes('%')) percent.add(`${r - 1}:${c - 1}`);
      });
      grid[r - 1] = values;
    });
    for (let r = 0; r < grid.length; r += 1) grid[r] ??= [];
    // Keyed meta cells (source fields, plan, as-of): a key in one column, its value in the next.
    let hasMeta = false;
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = typeof value === 'string' ? value.trim() : '';
        if (META_KEYS.has(key) && !meta.has(key)) {
          hasMeta = true;
          meta.set(key, { sheet: sheet.name, address: `${columnLetter(c + 2)}${r + 1}`, value: row[c + 1] ?? null });
        }
      }),
    );
    const table = tableOf(sheet.name, grid, (r, c) => percent.has(`${r}:${c}`));
    if (table) tables.push(table);
    else if (!hasMeta && grid.some((row) => row.some((v) => v !== null && v !== undefined && String(v).trim() !== ''))) {
      problems.push({ workbook: name, sheet: sheet.name, zh: '这张工作表没有“指标编号 target_id”表头行，不是填报模板的工作表，未读取', en: 'this sheet has no header row with target_id: it is not a sheet of the template and was not read', hint: { zh: '数字请填在模板的单位工作表里；不要改动表头行', en: 'fill the figures into the template’s department sheets; do not change the header row' } });
    }
  }
  if (tables.length === 0) {
    problems.push({ workbook: name, zh: workbook.worksheets.length === 0 ? '工作簿是空的，没有工作表' : '工作簿里没有填报模板的工作表（没有含“target_id”表头的工作表）', en: workbook.worksheets.length === 0 ? 'the workbook is empty: it has no sheets' : 'the workbook has no sheet of the template (no sheet with a target_id header)', hint: { zh: '用 npm run report:template 生成的模板填写', en: 'fill in the template made by npm run report:template' } });
    return { problems };
  }
  if (problems.length > 0) return { problems };
  return { name, tables, meta };
}

/** Decodes CSV bytes: UTF-8 (with or without a BOM), UTF-16 with a BOM, else GBK (GB18030). */
export function decodeCsv(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8（带 BOM with BOM）' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  const gbk = () => ({ text: iconv.decode(bytes, 'gb18030'), encoding: 'GBK (GB18030)' });
  let utf8: string;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return gbk();
  }
  // Short GBK text can also be valid UTF-8 (约 is D4 BC, which UTF-8 reads as Armenian Լ): when the
  // UTF-8 reading has characters a Chinese table would not hold and the GBK reading has fewer, it is GBK.
  const odd = unlikelyCharacters(utf8);
  if (odd === 0) return { text: utf8, encoding: 'UTF-8' };
  const other = gbk();
  return unlikelyCharacters(other.text) < odd ? other : { text: utf8, encoding: 'UTF-8' };
}

/** How many characters of a text are outside what Chinese tables hold (ASCII, CJK, CJK and full-width punctuation, common symbols). */
function unlikelyCharacters(text: string): number {
  return (text.match(/[^\x00-\x7f\u00b0\u00b7\u00d7\u2000-\u206f\u2100-\u214f\u2160-\u2188\u2460-\u24ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g) ?? []).length;
}

/** Reads CSV bytes into a one-sheet workbook named after the file. Never throws. */
export function readCsvBytes(name: string, bytes: Buffer): WorkbookData | { problems: SheetProblem[] } {
  if (bytes.length === 0) return refusal(name, '文件是空的（0 字节）', 'the file is empty (0 bytes)');
  const { text, encoding } = decodeCsv(bytes);
  if (text.includes('\u0000')) return refusal(name, '这不是 CSV 文本文件（含有空字节，可能是二进制文件或 .xlsx 改了扩展名）', 'this is not a CSV text file (it holds NUL bytes: perhaps a binary file, or an .xlsx renamed)');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const grid: CellValue[][] = parsed.data.map((row) => row.map((v) => (v === '' ? null : v)));
  const sheet = basename(name, extname(name));
  const table = tableOf(sheet, grid, () => false);
  if (!table) {
    return refusal(name, `CSV 文件（按 ${encoding} 读取）前 5 行中没有含“target_id”的表头行，不是填报模板导出的表`, `the CSV file (read as ${encoding}) has no header row with target_id in its first 5 rows: it is not a sheet of the template`, { zh: '从模板的单位工作表“另存为”CSV，保留第一行表头', en: 'save a department sheet of the template as CSV, keeping its header row' });
  }
  return { name, tables: [table], meta: new Map(), encoding };
}
