import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { gbtReference, plainSourceLine } from '../../src/lib/web/citation.ts';
import { packageFiles, toCsv, type Row } from '../../src/lib/open-data/open-data.ts';
import { VALUE_FIELDS } from '../../src/lib/open-data/table-fields.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';

const row = (note: string): Row => Object.fromEntries(VALUE_FIELDS.map((f) => [f.name, f.name === 'note' ? note : f.name === 'revised_down' ? false : null]));

describe('CSV', () => {
  it.each([
    ['Chinese text', '开展检查12次，覆盖全部县市'],
    ['commas', '甲县, 乙县, 丙县'],
    ['quotes', '他说“好”，又说"很好"'],
    ['line breaks', '第一行\n第二行\r\n第三行'],
    ['a leading BOM-like character and spaces', '  \uFEFF前后有空格  '],
  ])('round-trips %s through Papa Parse', (_, note) => {
    const csv = toCsv([row(note), row('第二条')], VALUE_FIELDS);
    expect(csv.startsWith('plan,')).toBe(true);
    expect(toCsv([row(note), row('第二条')], VALUE_FIELDS, { bom: true })).toBe(`\uFEFF${csv}`);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(VALUE_FIELDS.map((f) => f.name));
    expect(parsed.data.map((r) => r.note)).toEqual([note, '第二条']);
  });

  it('joins lists with ; and leaves empty cells empty', () => {
    const csv = toCsv([{ a: ['x', 'y'], b: null }], [
      { name: 'a', type: 'array', description: '' },
      { name: 'b', type: 'number', description: '' },
    ]);
    expect(csv).toBe('a,b\r\nx;y,\r\n');
  });

  it('ends an empty table with the header’s line break, and no blank line', () => {
    expect(toCsv([], [{ name: 'a', type: 'string', description: '' }, { name: 'b', type: 'number', description: '' }])).toBe('a,b\r\n');
    expect(toCsv([], [{ name: 'a', type: 'string', description: '' }], { bom: true })).toBe('\uFEFFa\r\n');
  });
});

describe('data packages', () => {
  const site = loadModel(BASE_CONTENT, '2024-11-29');
  const files = packageFiles(site.plans[0], site, { publisher: '测试', languages: ['zh-CN'], dataLicence: { name: 'notspecified', title: '未指定' } }, '2024-06-30', zhCN);

  it('has targets, values, adjustments and this report, each as CSV and JSON, and a descriptor', () => {
    expect([...files.keys()].sort()).toEqual(['adjustments-excel.csv', 'adjustments.csv', 'adjustments.json', 'datapackage.json', 'report-excel.csv', 'report.csv', 'report.json', 'targets-excel.csv', 'targets.csv', 'targets.json', 'values-excel.csv', 'values.csv', 'values.json']);
  });

  it('declares for every CSV exactly the columns of its header', () => {
    const descriptor = JSON.parse(files.get('datapackage.json')!) as { resources: { path: string; format: string; schema: { fields: { name: string }[] } }[] };
    for (const resource of descriptor.resources.filter((r) => r.format === 'csv')) {
      const header = Papa.parse<string[]>(files.get(resource.path)!, { delimiter: ',' }).data[0];
      expect(header, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('versions the package by Semantic Versioning: layout, then the number of reports and adjustments it holds', () => {
    const descriptor = JSON.parse(files.get('datapackage.json')!) as { name: string; version: string; resources: { name: string; schema: { primaryKey: string[]; foreignKeys?: unknown[] } }[] };
    expect([descriptor.name, descriptor.version]).toEqual(['minsheng-2024', '1.1.0']);
    expect(descriptor.resources.map((r) => [r.name, r.schema.primaryKey, r.schema.foreignKeys?.length ?? 0])).toEqual([
      ['targets', ['target_id'], 0],
      ['values', ['target_id', 'as_of', 'county_id'], 1],
      ['adjustments', ['target_id', 'effective'], 1],
      ['report', ['target_id', 'as_of', 'county_id'], 1],
    ]);
  });

  it('writes the breakdown as its own rows in long format', () => {
    const values = JSON.parse(files.get('values.json')!) as { target_id: string; county_id: string | null; value: number | null }[];
    expect(values.filter((v) => v.target_id === 'sample-points').map((v) => [v.county_id, v.value])).toEqual([
      [null, 40],
      ['county-a', 40],
    ]);
  });
});

describe('citations', () => {
  const plan = loadModel(BASE_CONTENT, '2024-11-29').plans[0];
  const report = plan.reports[0];
  const input = { publisher: '民生实事公开', title: '建设示例点', plan: plan.plan, report, url: 'https://example.org/2024/reports/2024-06-30/#target-sample-points', accessed: '2026-11-29' };

  it('gives a GB/T 7714 reference with the as-of and access dates', () => {
    expect(gbtReference(input, zhCN)).toBe('民生实事公开. 建设示例点：示例方案[EB/OL]. (2024-06-30)[2026-11-29]. https://example.org/2024/reports/2024-06-30/#target-sample-points.');
  });

  it('gives a plain source line naming plan, report, URL and access date', () => {
    expect(plainSourceLine(input, zhCN)).toBe(
      '数据来源：《示例方案》（示例州）；进度截至2024年6月30日，据《示例进度通报》（示例局，2024年7月8日）。网址：https://example.org/2024/reports/2024-06-30/#target-sample-points，访问于2026年11月29日。',
    );
    expect(plainSourceLine({ ...input, report: undefined }, zhCN)).toMatch(/^数据来源：《示例方案》（示例州）；尚无进度报告。/);
  });
});
