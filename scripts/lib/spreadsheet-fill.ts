import ExcelJS from 'exceljs';
import { INSTRUCTIONS_SHEET, LISTS_SHEET, keyOfHeader } from '../../src/lib/intake/report-sheet.ts';

/**
 * Fills cells of a template workbook the way a department would, for tests and benchmarks only
 * (synthetic figures, in temporary folders; never content/). Cells are found by the template's own
 * keys: a row by its target id, a column by its header key, a source field by its key.
 */

/** A cell's text: strings and rich text (as LibreOffice saves headers), numbers written out. */
export function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return typeof value === 'object' ? '' : String(value);
}

/** One cell to fill: the target's row and the column key (value, state, note, county:<id> …). */
export interface Fill {
  target: string;
  key: string;
  value: ExcelJS.CellValue;
  /** Only in this sheet (a target led by two departments appears in both). */
  sheet?: string;
}

/** The data sheets of a workbook, with the column of each header key and the row of each target id. */
export function sheetIndex(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; columns: Map<string, number>; rows: Map<string, number> }[] {
  return workbook.worksheets
    .filter((s) => s.name !== INSTRUCTIONS_SHEET && s.name !== LISTS_SHEET)
    .map((sheet) => {
      const columns = new Map<string, number>();
      sheet.getRow(1).eachCell((cell, c) => {
        const key = keyOfHeader(textOf(cell.value));
        if (key) columns.set(key, c);
      });
      const rows = new Map<string, number>();
      const idColumn = columns.get('target_id');
      sheet.eachRow((row, r) => {
        if (r > 1 && idColumn) rows.set(textOf(row.getCell(idColumn).value), r);
      });
      return { sheet, columns, rows };
    });
}

/**
 * The cells a fill goes to, with their values: each fill to the first sheet listing its target (or
 * the sheet it names); `source` to the instructions sheet's fields by key (source_title …). Throws
 * on a target or column the template does not have (a test's mistake, not the import's).
 */
export function fillCells(workbook: ExcelJS.Workbook, fills: readonly Fill[], source: Record<string, ExcelJS.CellValue> = {}): { sheet: string; cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] {
  const index = sheetIndex(workbook);
  const cells: { sheet: string; cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
  for (const fill of fills) {
    const at = index.find((s) => s.rows.has(fill.target) && (!fill.sheet || s.sheet.name === fill.sheet));
    const column = at?.columns.get(fill.key);
    if (!at || !column) throw new Error(`no cell for ${fill.target} / ${fill.key}`);
    cells.push({ sheet: at.sheet.name, cell: at.sheet.getCell(at.rows.get(fill.target)!, column), value: fill.value });
  }
  const guide = workbook.getWorksheet(INSTRUCTIONS_SHEET);
  guide?.eachRow((row) => {
    const key = textOf(row.getCell(2).value);
    if (key in source) cells.push({ sheet: INSTRUCTIONS_SHEET, cell: row.getCell(3), value: source[key] });
  });
  return cells;
}

/** Fills the workbook's cells (fillCells). */
export function fillWorkbook(workbook: ExcelJS.Workbook, fills: readonly Fill[], source: Record<string, ExcelJS.CellValue> = {}): void {
  for (const { cell, value } of fillCells(workbook, fills, source)) cell.value = value;
}

/** Fills .xlsx bytes and returns the filled workbook's bytes. */
export async function fillTemplate(bytes: Uint8Array, fills: readonly Fill[], source: Record<string, ExcelJS.CellValue> = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  fillWorkbook(workbook, fills, source);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Source fields of a synthetic notice. */
export const SYNTHETIC_SOURCE = { source_title: '测试通报（合成数据）', source_issuer: '测试局', source_date: '2024-08-05', source_url: 'https://example.org/synthetic' };

/**
 * A filled template for the base test fixture (test/fixtures/content-base), synthetic: a figure, a
 * status word and a county figure, a percentage, a milestone state and a note, one of each shape.
 */
export const BASE_FIXTURE_FILLS: readonly Fill[] = [
  { target: 'sample-points', key: 'value', value: 55 },
  { target: 'sample-points', key: 'reported_status', value: '按序时推进' },
  { target: 'sample-points', key: 'county:county-a', value: 55 },
  { target: 'sample-coverage', key: 'value', value: 88.5 },
  { target: 'sample-plan', key: 'state', value: '已完成' },
  { target: 'sample-inspections', key: 'note', value: '开展检查15次' },
];


/** Where fillWorkbook writes each value, as sheet names and A1 addresses, so another program (openpyxl, in the tests) can fill the template the same way. */
export async function fillAddresses(bytes: Uint8Array, fills: readonly Fill[], source: Record<string, ExcelJS.CellValue> = {}): Promise<{ sheet: string; cell: string; value: ExcelJS.CellValue }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return fillCells(workbook, fills, source).map(({ sheet, cell, value }) => ({ sheet, cell: cell.address, value }));
}
