/**
 * npm run report:template -- --as-of YYYY-MM-DD [--plan ID | --issuer ID] [--out FILE.xlsx] [--per-department]
 * Writes the spreadsheet departments fill in for the report as of that date: an instructions sheet,
 * one sheet per lead department with its targets in plan order, ids and plan columns locked.
 * With --per-department, also one workbook per department (to send each its own sheet).
 * Files go to spreadsheets/<as-of>/ (git-ignored) unless --out says otherwise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { IsoDateSchema } from '../src/schemas/common.ts';
import { contentRoot } from '../src/node/read-content.ts';
import { loadReportPlan } from '../src/node/report-plan.ts';
import { sheetName, templateBytes, templateDepartments } from '../src/node/report-workbook.ts';

function fail(zh: string, en: string): never {
  console.error(`✗ ${zh}\n  ${en}`);
  process.exit(1);
}

let values: { 'as-of'?: string; plan?: string; issuer?: string; out?: string; 'per-department'?: boolean };
try {
  ({ values } = parseArgs({ options: { 'as-of': { type: 'string' }, plan: { type: 'string' }, issuer: { type: 'string' }, out: { type: 'string' }, 'per-department': { type: 'boolean' } } }));
} catch (error) {
  fail(`参数有误：${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
}
const asOf = values['as-of'];
if (!asOf || !IsoDateSchema.safeParse(asOf).success) {
  fail('请用 --as-of 给出数据截至日期，格式 YYYY-MM-DD，例如：npm run report:template -- --as-of 2024-06-30', 'give the as-of date with --as-of YYYY-MM-DD, e.g. npm run report:template -- --as-of 2024-06-30');
}
// A draft report for this very date (e.g. from new-snapshot) is what the spreadsheet replaces: leave it out.
const loaded = loadReportPlan(contentRoot(), asOf, { planId: values.plan, issuerId: values.issuer, replacing: true });
if ('refusal' in loaded) fail(loaded.refusal.zh, loaded.refusal.en);

const out = values.out ?? join('spreadsheets', asOf, `民生实事进度填报-${loaded.view.plan.id}-${asOf}.xlsx`);
const shown = (path: string) => relative(process.cwd(), path) || path;
mkdirSync(dirname(out), { recursive: true });
const bytes = await templateBytes(loaded, asOf);
writeFileSync(out, bytes);
const departments = templateDepartments(loaded, asOf);
console.log(`已写入 ${shown(out)}：${departments.length} 个牵头单位工作表，${loaded.view.targets.length} 项指标，${bytes.length.toLocaleString('en')} 字节。`);
console.log(`Written ${shown(out)}: ${departments.length} department sheets, ${loaded.view.targets.length} targets, ${bytes.length.toLocaleString('en')} bytes.`);
if (values['per-department']) {
  for (const department of departments) {
    const file = join(dirname(out), `${sheetName(department.name)}-${asOf}.xlsx`);
    writeFileSync(file, await templateBytes(loaded, asOf, { departments: [department.id] }));
    console.log(`  ${shown(file)}`);
  }
  console.log(`每个单位一个工作簿，已写入 ${departments.length} 个。 One workbook per department: ${departments.length} written.`);
}
console.log(`填好后导入：npm run report:import -- <文件.xlsx …> --as-of ${asOf}`);
console.log(`When filled in, import with: npm run report:import -- <file.xlsx …> --as-of ${asOf}`);
