import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import {
  FILL_COLUMNS,
  LISTS_SHEET,
  PLAN_COLUMNS,
  SOURCE_FIELDS,
  columnLetter,
  keyOfHeader,
  type CellValue,
  type SheetCell,
  type SheetRow,
  type SheetTable,
  type WorkbookData,
} from '../lib/intake/report-sheet.ts';
import type { Problem } from '../lib/content-rules/problems.ts';

/**
 * Filled progress-report files on disk, read into the plain cells src/lib/intake/report-sheet.ts
 * maps to report entries. Workbooks are read by SheetJS (the npm registry's @e965/xlsx, a
 * republication of SheetJS CE 0.20, Apache-2.0), whatever program saved them: Excel, WPS,
 * LibreOffice, openpyxl (and so pandas), exceljs; as .xlsx, .xls (Excel 97–2003), .ods or WPS's
 * own .et. CSV files are decoded by iconv-lite (UTF-8, UTF-16 or GBK) and parsed by papaparse.
 * Reading never throws: a file it cannot read is a problem naming it, in Chinese and English.
 */

/** Larger than any filled template by far. */
export const MAX_SPREADSHEET_BYTES = 32 * 1024 * 1024;

/** The first bytes of a ZIP archive (.xlsx, .ods) and of an OLE compound file (.xls, .et, or an encrypted workbook). */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A SheetJS cell's value, reduced to what the mapping reads (a formula gives its saved result). */
function valueOf(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'e':
      return { error: cell.w ?? String(cell.v) };
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    default:
      return null;
  }
}

/** Whether an OLE file holds an encrypted Office document (ECMA-376 encryption puts an EncryptionInfo stream in it). */
function encryptedOle(bytes: Buffer): boolean {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'buffer' });
    return container.FullPaths.some((path: string) => /\/EncryptionInfo$/i.test(path));
  } catch {
    return false;
  }
}

/** The refusal of a password-protected workbook. */
const ENCRYPTED_HINT = {
  zh: '在 Excel/WPS 中打开，取消“用密码进行加密”（文件 → 信息 → 保护工作簿），再保存',
  en: 'open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again',
};

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
const refusal = (file: string, zh: string, en: string, hint?: Problem['hint']): { problems: Problem[] } => ({ problems: [{ file, zh, en, ...(hint ? { hint } : {}) }] });

/** Reads a filled workbook (.xlsx, .xls, .ods, .et) or, by its extension, a CSV file. Never throws. */
export async function readSpreadsheet(path: string): Promise<WorkbookData | { problems: Problem[] }> {
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
  return readWorkbookBytes(name, bytes);
}

/** Reads workbook bytes (a ZIP: .xlsx, .ods; an OLE file: .xls, .et) into tables and meta cells. Never throws. */
export function readWorkbookBytes(name: string, bytes: Buffer): WorkbookData | { problems: Problem[] } {
  if (bytes.length === 0) return refusal(name, '文件是空的（0 字节）', 'the file is empty (0 bytes)');
  const ole = bytes.subarray(0, 8).equals(OLE);
  if (!ole && !bytes.subarray(0, 4).equals(ZIP)) {
    return refusal(name, '这不是 Excel/WPS/LibreOffice 工作簿（.xlsx、.xls、.ods、.et），也不是 CSV 文件', 'this is not a workbook (.xlsx, .xls, .ods, .et) nor a CSV file', { zh: '在 Excel/WPS 中“另存为”Excel 工作簿（.xlsx）；CSV 文件请用 .csv 扩展名', en: 'save it from Excel or WPS as an Excel Workbook (.xlsx); CSV files need the .csv extension' });
  }
  if (ole && encryptedOle(bytes)) return refusal(name, '文件设置了打开密码（已加密），无法读取', 'the file is password-protected (encrypted) and cannot be read', ENCRYPTED_HINT);
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'buffer', cellDates: true, cellNF: true, cellFormula: false, cellHTML: false, WTF: false });
  } catch (error) {
    const message = String((error as Error)?.message ?? error).split('\n')[0].slice(0, 160);
    // An .xls saved with a password (a BIFF FilePass record) is refused by SheetJS by name.
    if (ole && /password/i.test(message)) return refusal(name, '文件设置了打开密码（已加密），无法读取', 'the file is password-protected (encrypted) and cannot be read', ENCRYPTED_HINT);
    return refusal(name, `工作簿已损坏或不是工作簿，无法打开（${message}）`, `the workbook is damaged or not a workbook and cannot be opened (${message})`, { zh: '在 Excel/WPS 中打开后重新“另存为”.xlsx；打不开时请对方重新发送', en: 'open it in Excel or WPS and save it again as .xlsx; if it will not open, ask for it again' });
  }
  const tables: SheetTable[] = [];
  const meta = new Map<string, SheetCell & { sheet: string }>();
  const problems: Problem[] = [];
  const sheetNames = workbook.SheetNames.filter((sheetName) => sheetName !== LISTS_SHEET);
  for (const sheetName of sheetNames) {
    const sheet = workbook.Sheets[sheetName];
    const grid: CellValue[][] = [];
    const percent = new Set<string>();
    if (sheet?.['!ref']) {
      const range = XLSX.utils.decode_range(sheet['!ref']);
      for (let r = 0; r <= range.e.r; r += 1) {
        const values: CellValue[] = [];
        for (let c = 0; c <= range.e.c; c += 1) {
          const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
          const value = valueOf(cell);
          if (value !== null) values[c] = value;
          if (typeof cell?.z === 'string' && cell.z.includes('%')) percent.add(`${r}:${c}`);
        }
        grid[r] = values;
      }
    }
    // Keyed meta cells (source fields, plan, as-of): a key in one column, its value in the next.
    let hasMeta = false;
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = typeof value === 'string' ? value.trim() : '';
        if (META_KEYS.has(key) && !meta.has(key)) {
          hasMeta = true;
          meta.set(key, { sheet: sheetName, address: `${columnLetter(c + 2)}${r + 1}`, value: row[c + 1] ?? null });
        }
      }),
    );
    const table = tableOf(sheetName, grid, (r, c) => percent.has(`${r}:${c}`));
    if (table) tables.push(table);
    else if (!hasMeta && grid.some((row) => row.some((v) => v !== null && v !== undefined && String(v).trim() !== ''))) {
      problems.push({ file: name, sheet: sheetName, zh: '这张工作表没有“指标编号 target_id”表头行，不是填报模板的工作表，未读取', en: 'this sheet has no header row with target_id: it is not a sheet of the template and was not read', hint: { zh: '数字请填在模板的单位工作表里；不要改动表头行', en: 'fill the figures into the template’s department sheets; do not change the header row' } });
    }
  }
  if (tables.length === 0) {
    problems.push({ file: name, zh: sheetNames.length === 0 ? '工作簿是空的，没有工作表' : '工作簿里没有填报模板的工作表（没有含“target_id”表头的工作表）', en: sheetNames.length === 0 ? 'the workbook is empty: it has no sheets' : 'the workbook has no sheet of the template (no sheet with a target_id header)', hint: { zh: '用 npm run report:template 生成的模板填写', en: 'fill in the template made by npm run report:template' } });
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
export function readCsvBytes(name: string, bytes: Buffer): WorkbookData | { problems: Problem[] } {
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
