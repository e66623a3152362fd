import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_FIXTURE_FILLS, fillAddresses, fillTemplate, sheetIndex, SYNTHETIC_SOURCE } from '../../scripts/lib/spreadsheet-fill.ts';
import { formatProblems } from '../../src/lib/content-rules/problems.ts';
import { INSTRUCTIONS_SHEET, LISTS_SHEET } from '../../src/lib/intake/report-sheet.ts';
import { importReport } from '../../src/node/report-import.ts';
import { loadReportPlan } from '../../src/node/report-plan.ts';
import { templateBytes } from '../../src/node/report-workbook.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';

/**
 * The template through a real spreadsheet program: LibreOffice Calc (Debian's
 * libreoffice-calc-nogui, headless; .ci/run installs it) opens it and saves it back as .xlsx, and
 * the result is filled and imported three ways: cells filled after LibreOffice's save, a workbook
 * filled first and saved by LibreOffice, and figures typed as text into a CSV copy that LibreOffice
 * itself reads and turns into a workbook. Synthetic figures, temporary folders only. Two LibreOffice
 * runs, in parallel, each with a private profile.
 */

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const AS_OF = '2024-07-31';
const TODAY = '2024-08-10';
const SOURCE_FLAGS = { title: '测试通报（合成数据）', issuer: '测试局', date: '2024-08-05', url: 'https://example.org/synthetic' };
const EXPECTED = [
  { target: 'sample-points', value: 55, reportedStatus: '按序时推进', breakdown: [{ county: 'county-a', value: 55 }] },
  { target: 'sample-coverage', value: 88.5 },
  { target: 'sample-plan', state: 'met' },
  { target: 'sample-inspections', note: '开展检查15次' },
];
const run = promisify(execFile);
/** Debian's Python, which has python3-openpyxl (a pyenv python3 earlier on PATH may not). */
const PYTHON = process.env.PYTHON_OPENPYXL ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
/** Loads a workbook with openpyxl, writes the given cells and saves it under a new name. */
const OPENPYXL_FILL = [
  'import json, sys, openpyxl',
  'book = openpyxl.load_workbook(sys.argv[1])',
  'for c in json.loads(sys.argv[3]): book[c["sheet"]][c["cell"]] = c["value"]',
  'book.save(sys.argv[2])',
].join('\n');

/**
 * Whether a cell is locked, read from the saved XML: exceljs reads only locked="0" and sheet="1",
 * while LibreOffice writes the equally valid "false" and "true".
 */
async function lockedInXml(zip: JSZip, sheetPath: string, address: string): Promise<boolean> {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['xf', 'row', 'c'].includes(name) });
  const sheet = parser.parse((await zip.file(sheetPath)?.async('string')) ?? '');
  const cell = (sheet.worksheet.sheetData.row as { c?: { r: string; s?: string }[] }[]).flatMap((r) => r.c ?? []).find((c) => c.r === address);
  const styles = parser.parse((await zip.file('xl/styles.xml')?.async('string')) ?? '');
  const xf = styles.styleSheet.cellXfs.xf[Number(cell?.s ?? 0)] as { protection?: { locked?: string } };
  return !['0', 'false'].includes(xf.protection?.locked ?? 'true');
}

/**
 * LibreOffice's user profile for this file's conversions. They run one after another with the one
 * profile, as LibreOffice expects: four at once, each with a fresh profile, crashed it once
 * on a fresh machine (a WrappedTargetRuntimeException while starting, signal 6).
 */
const LO_PROFILE = pathToFileURL(mkdtempSync(join(tmpdir(), 'lo-profile-'))).href;

/** Converts files with headless LibreOffice into `outDir`. */
async function soffice(outDir: string, files: string[], infilter?: string, to = 'xlsx'): Promise<void> {
  try {
    await run(SOFFICE, [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', outDir, ...files], { timeout: 180_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui (.ci/run installs it), or set SOFFICE_PATH');
    }
    throw error;
  }
}

function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'report-roundtrip-'));
  cpSync(BASE_CONTENT, root, { recursive: true });
  writeFileSync(join(root, 'status-words.json'), JSON.stringify([{ word: '按序时推进', status: 'on-track' }, { word: '已完成', status: 'completed' }]));
  return root;
}

async function importInto(file: string, source = {}) {
  const root = contentCopy();
  const result = await importReport({ root, files: [file], asOf: AS_OF, today: TODAY, source });
  return { result, report: result.written ? JSON.parse(readFileSync(join(root, 'progress', `${AS_OF}.json`), 'utf8')) : undefined };
}

const dir = mkdtempSync(join(tmpdir(), 'report-lo-'));
const saved = (name: string) => join(dir, 'lo', name);

beforeAll(async () => {
  const loaded = loadReportPlan(contentCopy(), AS_OF);
  if ('refusal' in loaded) throw new Error(loaded.refusal.en);
  const template = await templateBytes(loaded, AS_OF);
  writeFileSync(join(dir, 'template.xlsx'), template);
  writeFileSync(join(dir, 'filled.xlsx'), await fillTemplate(template, BASE_FIXTURE_FILLS, SYNTHETIC_SOURCE));

  // A CSV copy of the department sheet with the figures typed as text, as a person types them.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const [{ sheet, columns }] = sheetIndex(workbook);
  const typed: Record<string, Record<string, string>> = {
    'sample-points': { value: '55', reported_status: '按序时推进', 'county:county-a': '55' },
    'sample-coverage': { value: '88.5' },
    'sample-plan': { state: '已完成' },
    'sample-inspections': { note: '开展检查15次' },
  };
  const rows: string[][] = [];
  sheet.eachRow((row, r) => {
    const values = [...columns.entries()].map(([key, c]) => {
      const text = String(row.getCell(c).value ?? '');
      return r === 1 ? text : (typed[String(row.getCell(columns.get('target_id')!).value)]?.[key] ?? text);
    });
    rows.push(values);
  });
  writeFileSync(join(dir, '示例局.csv'), Papa.unparse(rows));

  // The template filled by openpyxl (Debian's python3-openpyxl), cell by cell where fillWorkbook writes.
  const cells = await fillAddresses(template, BASE_FIXTURE_FILLS, SYNTHETIC_SOURCE);
  await run(PYTHON, ['-c', OPENPYXL_FILL, join(dir, 'template.xlsx'), join(dir, 'openpyxl.xlsx'), JSON.stringify(cells)], { timeout: 60_000 }).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
    throw new Error(`openpyxl could not fill the template (apt-get install -y python3-openpyxl; .ci/run installs it, or set PYTHON_OPENPYXL): ${error.stderr ?? error.message}`);
  });

  await soffice(join(dir, 'lo'), [join(dir, 'template.xlsx'), join(dir, 'filled.xlsx')]);
  // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at row 1.
  await soffice(join(dir, 'lo'), [join(dir, '示例局.csv')], 'CSV:44,34,76,1');
  // Excel 97–2003 and OpenDocument, as offices still send them.
  await soffice(join(dir, 'lo-xls'), [join(dir, 'filled.xlsx')], undefined, 'xls');
  await soffice(join(dir, 'lo-ods'), [join(dir, 'filled.xlsx')], undefined, 'ods');
}, 300_000);

describe('LibreOffice round trip', () => {
  it('keeps the template’s sheets, protection, open cells and validation after LibreOffice saves it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved('template.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([INSTRUCTIONS_SHEET, LISTS_SHEET, '示例局']);
    expect(workbook.getWorksheet(LISTS_SHEET)?.state).toBe('hidden');
    const [{ sheet, columns, rows }] = sheetIndex(workbook);
    expect([...rows.keys()]).toEqual(['sample-points', 'sample-coverage', 'sample-plan', 'sample-inspections']);
    // exceljs reads only sheet="1"; LibreOffice writes the equally valid sheet="true", so read the XML itself.
    const zip = await JSZip.loadAsync(readFileSync(saved('template.xlsx')));
    for (const n of [1, 2, 3]) expect(await zip.file(`xl/worksheets/sheet${n}.xml`)?.async('string')).toMatch(/<sheetProtection [^>]*sheet="(?:1|true)"/);
    const cell = (target: string, key: string) => sheet.getCell(rows.get(target)!, columns.get(key)!);
    const locked = (target: string, key: string) => lockedInXml(zip, 'xl/worksheets/sheet3.xml', cell(target, key).address);
    expect(await locked('sample-points', 'target_id')).toBe(true);
    expect(await locked('sample-points', 'label')).toBe(true);
    expect(await locked('sample-points', 'value')).toBe(false);
    expect(await locked('sample-points', 'state')).toBe(true);
    expect(await locked('sample-plan', 'state')).toBe(false);
    expect(cell('sample-points', 'value').dataValidation).toMatchObject({ type: 'decimal' });
    expect(cell('sample-coverage', 'value').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(cell('sample-plan', 'state').dataValidation).toMatchObject({ type: 'list' });
    expect(String(cell('sample-plan', 'state').dataValidation?.formulae?.[0])).toContain(LISTS_SHEET);
  });

  it('imports a template saved by LibreOffice and then filled', async () => {
    const filled = join(dir, 'filled-after-lo.xlsx');
    writeFileSync(filled, await fillTemplate(readFileSync(saved('template.xlsx')), BASE_FIXTURE_FILLS, SYNTHETIC_SOURCE));
    const { result, report } = await importInto(filled);
    expect(formatProblems(result.problems)).toBe('');
    expect(report.entries).toEqual(EXPECTED);
    expect(report.source.date).toBe('2024-08-05');
  });

  it('imports a filled workbook saved by LibreOffice', async () => {
    const { result, report } = await importInto(saved('filled.xlsx'));
    expect(formatProblems(result.problems)).toBe('');
    expect(report.entries).toEqual(EXPECTED);
  });

  it('imports figures typed into a CSV copy and read by LibreOffice itself', async () => {
    const { result, report } = await importInto(saved('示例局.xlsx'), SOURCE_FLAGS);
    expect(formatProblems(result.problems)).toBe('');
    expect(report.entries).toEqual(EXPECTED);
  });
});

describe('the import reads what every producer saves', () => {
  it.each<[string, () => string]>([
    ['exceljs (.xlsx)', () => join(dir, 'filled.xlsx')],
    ['LibreOffice (.xlsx)', () => saved('filled.xlsx')],
    ['LibreOffice (.xls, Excel 97–2003)', () => join(dir, 'lo-xls', 'filled.xls')],
    ['LibreOffice (.ods)', () => join(dir, 'lo-ods', 'filled.ods')],
    ['openpyxl (.xlsx), which exceljs could not read', () => join(dir, 'openpyxl.xlsx')],
  ])('the template filled and saved by %s', async (_producer, file) => {
    const { result, report } = await importInto(file());
    expect(formatProblems(result.problems)).toBe('');
    expect(report.entries).toEqual(EXPECTED);
    expect(report.source.title).toBe(SYNTHETIC_SOURCE.source_title);
  });

  it('refuses a workbook cut short in transit, by name, with no stack trace', async () => {
    const bytes = readFileSync(join(dir, 'lo-ods', 'filled.ods'));
    const cut = join(dir, 'cut.ods');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const { result, report } = await importInto(cut);
    expect(report).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'cut.ods' });
    expect(formatProblems(result.problems)).toMatch(/工作簿已损坏[\s\S]*damaged or not a workbook/);
    expect(formatProblems(result.problems)).not.toMatch(/\bat \S+ \(/);
  });
});
