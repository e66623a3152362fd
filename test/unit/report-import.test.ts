import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_FIXTURE_FILLS, fillTemplate, SYNTHETIC_SOURCE } from '../../scripts/lib/spreadsheet-fill.ts';
import { formatProblems } from '../../src/lib/content-rules/problems.ts';
import { INSTRUCTIONS_SHEET, LISTS_SHEET, keyOfHeader } from '../../src/lib/intake/report-sheet.ts';
import { importReport, type ImportOptions } from '../../src/node/report-import.ts';
import { loadReportPlan } from '../../src/node/report-plan.ts';
import { templateBytes } from '../../src/node/report-workbook.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site-build.ts';

/**
 * The spreadsheet route end to end on the base fixture (synthetic content, temporary copies only):
 * the template's structure, a filled template imported into a checked report, and every file or
 * cell the import must refuse, named by workbook, sheet and cell, with nothing written.
 */

const AS_OF = '2024-07-31';
const TODAY = '2024-08-10';
const WORDS = [
  { word: '按序时推进', status: 'on-track' },
  { word: '已完成', status: 'completed' },
];

/** A temporary copy of the base fixture with a status-word vocabulary. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'report-import-'));
  cpSync(BASE_CONTENT, root, { recursive: true });
  writeFileSync(join(root, 'status-words.json'), JSON.stringify(WORDS));
  return root;
}

let template: Buffer;
beforeAll(async () => {
  const loaded = loadReportPlan(contentCopy(), AS_OF);
  if ('refusal' in loaded) throw new Error(loaded.refusal.en);
  template = await templateBytes(loaded, AS_OF, { created: new Date(Date.UTC(2024, 7, 1)) });
});

/** Writes files into a fresh folder and imports them into `root`. */
async function importFiles(root: string, files: Record<string, Uint8Array | string>, options: Partial<ImportOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'report-files-'));
  const paths = Object.entries(files).map(([name, bytes]) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  });
  return importReport({ root, files: paths, asOf: AS_OF, today: TODAY, source: {}, ...options });
}

const reportPath = (root: string) => join(root, 'progress', `${AS_OF}.json`);

describe('report template', () => {
  it('has the instructions sheet first, a hidden lists sheet and one sheet per lead department', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([INSTRUCTIONS_SHEET, LISTS_SHEET, '示例局']);
    expect(workbook.getWorksheet(LISTS_SHEET)?.state).toBe('hidden');
    const guide = workbook.getWorksheet(INSTRUCTIONS_SHEET)!;
    const text = guide.getSheetValues().flat().map(String).join('\n');
    expect(text).toContain('填表说明');
    expect(text).toContain('How to fill in');
    expect(text.indexOf('填表说明')).toBeLessThan(text.indexOf('How to fill in'));
    for (const key of ['source_title', 'source_issuer', 'source_date', 'source_url', 'source_reference', 'plan', 'as_of']) expect(text).toContain(key);
  });

  it('lists the targets in plan order with captions and keys, previous figures, locked plan columns and open fill columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('示例局')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const keys = headers.map((h) => keyOfHeader(h));
    expect(keys).toEqual(['project', 'sub_item', 'target_id', 'label', 'kind', 'unit', 'plan_figure', 'deadline', 'previous_value', 'previous_as_of', 'value', 'reported_rate', 'state', 'reported_status', 'set_value', 'note', 'county:county-a']);
    expect(headers[2]).toBe('指标编号（勿改）\ntarget_id');
    const col = (key: string) => keys.indexOf(key) + 1;
    const ids = [2, 3, 4, 5].map((r) => sheet.getCell(r, col('target_id')).value);
    expect(ids).toEqual(['sample-points', 'sample-coverage', 'sample-plan', 'sample-inspections']);
    expect(sheet.getCell(2, col('plan_figure')).value).toBe('100个');
    expect(sheet.getCell(2, col('previous_value')).value).toBe(40);
    expect(sheet.getCell(2, col('previous_as_of')).value).toBe('2024-06-30');
    expect(sheet.getCell(4, col('previous_value')).value).toBe('已完成');
    // Protection without a password: locked plan cells, open fill cells where the target takes them.
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    expect(sheet.getCell(2, col('target_id')).protection?.locked).not.toBe(false);
    expect(sheet.getCell(2, col('value')).protection?.locked).toBe(false);
    expect(sheet.getCell(2, col('state')).protection?.locked).not.toBe(false);
    expect(sheet.getCell(4, col('state')).protection?.locked).toBe(false);
    expect(sheet.getCell(5, col('note')).protection?.locked).toBe(false);
    expect(sheet.getCell(2, col('county:county-a')).protection?.locked).toBe(false);
    // Validation: figures ≥ 0, percentages 0–100, drop-downs for states and status words.
    expect(sheet.getCell(2, col('value')).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(sheet.getCell(3, col('value')).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(sheet.getCell(4, col('state')).dataValidation).toMatchObject({ type: 'list', formulae: [`'${LISTS_SHEET}'!$A$2:$A$5`] });
    expect(sheet.getCell(2, col('reported_status')).dataValidation).toMatchObject({ type: 'list', formulae: [`'${LISTS_SHEET}'!$B$2:$B$3`] });
    const lists = workbook.getWorksheet(LISTS_SHEET)!;
    expect([2, 3, 4, 5].map((r) => lists.getCell(`A${r}`).value)).toEqual(['计划中', '已完成', '部分完成', '未完成']);
    expect([2, 3].map((r) => lists.getCell(`B${r}`).value)).toEqual(['按序时推进', '已完成']);
  });
});

describe('report import', () => {
  it('turns a filled workbook into a checked report in plan order, with the source from the instructions sheet', async () => {
    const root = contentCopy();
    const filled = await fillTemplate(template, BASE_FIXTURE_FILLS, SYNTHETIC_SOURCE);
    const result = await importFiles(root, { '示例局.xlsx': filled });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.written).toBeDefined();
    expect(JSON.parse(readFileSync(reportPath(root), 'utf8'))).toEqual({
      $schema: '../schemas/snapshot.schema.json',
      plan: '2024',
      asOf: AS_OF,
      published: TODAY,
      source: { title: '测试通报（合成数据）', issuer: '测试局', date: '2024-08-05', url: 'https://example.org/synthetic' },
      entries: [
        { target: 'sample-points', value: 55, reportedStatus: '按序时推进', breakdown: [{ county: 'county-a', value: 55 }] },
        { target: 'sample-coverage', value: 88.5 },
        { target: 'sample-plan', state: 'met' },
        { target: 'sample-inspections', note: '开展检查15次' },
      ],
    });
  });

  it('merges workbooks from two departments; flags win over the sheet’s source fields', async () => {
    const root = contentCopy();
    const a = await fillTemplate(template, BASE_FIXTURE_FILLS.slice(0, 2), SYNTHETIC_SOURCE);
    const b = await fillTemplate(template, BASE_FIXTURE_FILLS.slice(4), {});
    const result = await importFiles(root, { 'a.xlsx': a, 'b.xlsx': b }, { source: { reference: '示字〔2024〕1号', url: undefined }, published: '2024-08-09' });
    expect(formatProblems(result.problems)).toBe('');
    const report = JSON.parse(readFileSync(reportPath(root), 'utf8'));
    expect(report.published).toBe('2024-08-09');
    expect(report.source.reference).toBe('示字〔2024〕1号');
    expect(report.entries.map((e: { target: string }) => e.target)).toEqual(['sample-points', 'sample-plan', 'sample-inspections']);
  });

  it('refuses text in number cells, a state off the list, a changed id and a conflict between workbooks, writing nothing', async () => {
    const root = contentCopy();
    const a = await fillTemplate(template, [
      { target: 'sample-points', key: 'value', value: '约1800' },
      { target: 'sample-coverage', key: 'value', value: '1,800' },
      { target: 'sample-plan', key: 'state', value: '快完成了' },
      { target: 'sample-inspections', key: 'target_id', value: 'sample-inspection' },
    ], SYNTHETIC_SOURCE);
    const b = await fillTemplate(template, [{ target: 'sample-coverage', key: 'value', value: '８８' }], SYNTHETIC_SOURCE);
    const c = await fillTemplate(template, [{ target: 'sample-plan', key: 'state', value: '已完成' }], SYNTHETIC_SOURCE);
    const d = await fillTemplate(template, [{ target: 'sample-plan', key: 'state', value: '部分完成' }], SYNTHETIC_SOURCE);
    const result = await importFiles(root, { 'a.xlsx': a, 'b.xlsx': b, 'c.xlsx': c, 'd.xlsx': d });
    const text = formatProblems(result.problems);
    expect(text).toContain('✗ a.xlsx › 示例局!K2');
    expect(text).toContain('✗ a.xlsx › 示例局!K3');
    expect(text).toContain('✗ a.xlsx › 示例局!M4');
    expect(text).toContain('✗ a.xlsx › 示例局!C5');
    expect(text).toContain('✗ b.xlsx › 示例局!K3');
    expect(text).toContain('✗ d.xlsx › 示例局!C4');
    expect(text).toContain('filled in twice, differently');
    expect(result.written).toBeUndefined();
    expect(existsSync(reportPath(root))).toBe(false);
  });

  it('places the content check’s problems at their cells and writes nothing when the check fails', async () => {
    const root = contentCopy();
    // Lower than June's 40 with no note or correction: the check refuses it.
    const filled = await fillTemplate(template, [{ target: 'sample-points', key: 'value', value: 12 }], SYNTHETIC_SOURCE);
    const result = await importFiles(root, { 'a.xlsx': filled });
    expect(result.written).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0]).toMatchObject({ file: 'a.xlsx', sheet: '示例局', cell: 'K2', field: 'entries[0].value' });
    expect(readdirSync(join(root, 'progress'))).toEqual(['2024-06-30.json']);
  });

  it('asks for a source when neither the sheet nor the flags give one', async () => {
    const root = contentCopy();
    const result = await importFiles(root, { 'a.xlsx': await fillTemplate(template, BASE_FIXTURE_FILLS, {}) });
    expect(result.written).toBeUndefined();
    const text = formatProblems(result.problems);
    expect(text).toContain(`a.xlsx › ${INSTRUCTIONS_SHEET}!C`);
    expect(text).toContain('--source-');
  });

  it('refuses to overwrite a published report, and an unpublished one without --replace', async () => {
    const root = contentCopy();
    const filled = await fillTemplate(template, BASE_FIXTURE_FILLS, SYNTHETIC_SOURCE);
    writeFileSync(reportPath(root), '{}\n');
    const kept = await importFiles(root, { 'a.xlsx': filled });
    expect(kept.problems[0].hint?.en).toContain('--replace');
    expect(readFileSync(reportPath(root), 'utf8')).toBe('{}\n');
    const replaced = await importFiles(root, { 'a.xlsx': filled }, { replace: true });
    expect(formatProblems(replaced.problems)).toBe('');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'publish');
    const published = await importFiles(root, { 'a.xlsx': filled }, { replace: true });
    expect(published.problems[0].en).toContain('is published');
  });

  it('reads CSV files saved as UTF-8, UTF-8 with BOM and GBK, naming the encoding', async () => {
    const header = '指标编号（勿改）\ntarget_id,指标\nlabel,本期数字（累计）\nvalue,说明\nnote';
    const csv = `"${header.split(',').join('","')}"\r\nsample-points,建设示例点,55,\r\nsample-inspections,常态化开展示例检查,,开展检查15次\r\n`;
    for (const [bytes, encoding] of [
      [Buffer.from(csv, 'utf8'), 'UTF-8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]), 'UTF-8（带 BOM with BOM）'],
      [iconv.encode(csv, 'gbk'), 'GBK (GB18030)'],
    ] as const) {
      const root = contentCopy();
      const result = await importFiles(root, { '示例局.csv': bytes }, { source: { title: 'T', issuer: 'I', date: '2024-08-05', url: 'https://example.org/x' } });
      expect(formatProblems(result.problems)).toBe('');
      expect(result.encodings).toEqual([{ file: '示例局.csv', encoding }]);
      expect(JSON.parse(readFileSync(reportPath(root), 'utf8')).entries).toEqual([
        { target: 'sample-points', value: 55 },
        { target: 'sample-inspections', note: '开展检查15次' },
      ]);
    }
  });

  it('names a bad cell of a CSV file by file, sheet and cell', async () => {
    const csv = iconv.encode('target_id,value\nsample-points,约55\n', 'gbk');
    const result = await importFiles(contentCopy(), { 'dept.csv': csv }, { source: { title: 'T', issuer: 'I', date: '2024-08-05', url: 'https://example.org/x' } });
    expect(result.problems[0]).toMatchObject({ file: 'dept.csv', sheet: 'dept', cell: 'B2', found: '"约55"' });
  });

  it.each<[string, string, () => Promise<Uint8Array> | Uint8Array, RegExp]>([
    ['a corrupt workbook', 'a.xlsx', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), /damaged/],
    ['a file that is not a workbook', 'a.xlsx', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), /not a workbook \(\.xlsx, \.xls, \.ods, \.et\) nor a CSV file/],
    ['an empty file', 'a.xlsx', () => Buffer.alloc(0), /empty \(0 bytes\)/],
    ['a password-protected workbook (an OLE container with the EncryptionInfo and EncryptedPackage streams Excel writes)', 'a.xlsx', () => {
      const container = XLSX.CFB.utils.cfb_new();
      XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.alloc(256, 4));
      XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(4096, 9));
      return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
    }, /password-protected \(encrypted\)/],
    ['a damaged Excel 97–2003 file (an OLE header and nothing else)', 'a.xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /damaged or not a workbook/],
    ['an empty workbook', 'a.xlsx', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Sheet1');
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }, /no sheet of the template/],
    ['a wrong sheet', 'a.xlsx', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template as unknown as ArrayBuffer);
      workbook.addWorksheet('汇总').getCell('A1').value = '合计';
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }, /not a sheet of the template/],
    ['an unfilled template', 'a.xlsx', () => template, /nothing is filled/],
    ['a template for another date', 'a.xlsx', async () => {
      const loaded = loadReportPlan(contentCopy(), '2024-09-30');
      if ('refusal' in loaded) throw new Error(loaded.refusal.en);
      return fillTemplate(await templateBytes(loaded, '2024-09-30'), BASE_FIXTURE_FILLS, SYNTHETIC_SOURCE);
    }, /made for as-of date 2024-09-30/],
    ['a CSV file without the header', 'a.csv', () => Buffer.from('项目,数字\n示例,3\n'), /no header row with target_id/],
    ['a binary file named .csv', 'a.csv', () => Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1]), /not a CSV text file/],
  ])('refuses %s in words, naming the file, writing nothing', async (_, name, make, en) => {
    const root = contentCopy();
    const result = await importFiles(root, { [name]: await make() });
    expect(result.written).toBeUndefined();
    const text = formatProblems(result.problems);
    expect(text).toContain(name);
    expect(text).toMatch(en);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(existsSync(reportPath(root))).toBe(false);
  });

  it('npm run report:import exits 1 without a stack trace on a corrupt file', () => {
    const root = contentCopy();
    const file = join(mkdtempSync(join(tmpdir(), 'report-cli-')), '坏表.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]));
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'report-import.ts'), file, '--as-of', AS_OF], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root, TODAY } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('坏表.xlsx');
    expect(result.stderr).toContain('Import refused');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
