import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetIndex } from '../../scripts/lib/spreadsheet-fill.ts';
import { INSTRUCTIONS_SHEET, LISTS_SHEET } from '../../src/lib/intake/report-sheet.ts';
import { loadReportPlan } from '../../src/node/report-plan.ts';
import { templateBytes, templateDepartments } from '../../src/node/report-workbook.ts';
import { ROOT } from '../helpers/site-build.ts';

/** The spreadsheet template of the real plan: every target on the sheet of each of its lead units. */
describe('the report template of the 2024 plan', () => {
  const AS_OF = '2024-06-30';
  const loaded = loadReportPlan(join(ROOT, 'content'), AS_OF);
  if ('refusal' in loaded) throw new Error(loaded.refusal.en);

  it('has a sheet per lead department, named as the plan names it, each listing the targets it leads in plan order', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateBytes(loaded, AS_OF)) as unknown as ArrayBuffer);
    const departments = templateDepartments(loaded, AS_OF);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([INSTRUCTIONS_SHEET, LISTS_SHEET, ...departments.map((d) => d.name)]);
    const index = sheetIndex(workbook);
    const order = loaded.view.targets.map((t) => t.id);
    for (const [i, department] of departments.entries()) {
      const led = loaded.view.targets.filter((t) => t.leadUnits.includes(department.id)).map((t) => t.id);
      expect([...index[i].rows.keys()], department.name).toEqual(led);
      expect(led).toEqual([...led].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
    const listed = new Set(index.flatMap((s) => [...s.rows.keys()]));
    expect([...listed].sort()).toEqual([...order].sort());
  });

  it('asks only for what each target takes: a state for milestones, a figure for counts and percentages, county figures where the plan names counties', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateBytes(loaded, AS_OF)) as unknown as ArrayBuffer);
    for (const { sheet, columns, rows } of sheetIndex(workbook)) {
      for (const [id, r] of rows) {
        const target = loaded.view.targets.find((t) => t.id === id)!;
        const open = (key: string) => columns.has(key) && sheet.getCell(r, columns.get(key)!).protection?.locked === false;
        expect(open('state'), id).toBe(target.kind === 'milestone');
        expect(open('value'), id).toBe(['count', 'percentage', 'external'].includes(target.kind));
        expect(open('note'), id).toBe(true);
        expect(open('target_id'), id).toBe(false);
        for (const county of target.countyIds) {
          if (target.kind === 'count' || target.kind === 'percentage') expect(open(`county:${county}`), `${id} ${county}`).toBe(true);
        }
      }
    }
  });
});
