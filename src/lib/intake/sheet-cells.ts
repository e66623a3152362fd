import { parseChineseFigure } from '../content-rules/chinese-number.ts';

/**
 * Cells of a filled spreadsheet as the readers give them (src/node/report-reader.ts), and reading one cell as a figure, a text or a date. Pure.
 */

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

/** Whether a cell holds nothing (empty, or only spaces). */
export const isBlank = (value: CellValue): boolean => value === null || (typeof value === 'string' && value.trim() === '');

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

