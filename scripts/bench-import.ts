/**
 * npm run bench:import — the spreadsheet route at the real plan's size: how large the template of
 * the 2024 plan is (whole workbook and one per department), how long it takes to write, and how
 * long `npm run report:import` takes to turn a workbook with every target filled into a checked
 * report. The figures are synthetic and go only into temporary copies of content/, never content/.
 * Prints figures; never fails on them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportSlots } from '../src/lib/intake/report-slots.ts';
import { checkContentRoot } from '../src/node/check-content.ts';
import { importReport } from '../src/node/report-import.ts';
import { loadReportPlan } from '../src/node/report-plan.ts';
import { templateBytes, templateDepartments } from '../src/node/report-workbook.ts';
import { ROOT } from './lib/build.ts';
import { markdownTable } from './lib/markdown.ts';
import { fillTemplate, SYNTHETIC_SOURCE, type Fill } from './lib/spreadsheet-fill.ts';

const AS_OF = '2024-06-30';
const TODAY = '2024-08-10';

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** A synthetic figure for every target: half the annual figure, a state, a note. */
function everyTarget(loaded: Exclude<ReturnType<typeof loadReportPlan>, { refusal: unknown }>): Fill[] {
  return reportSlots(loaded.view, AS_OF).map(({ target, fields }): Fill => {
    if (fields.state) return { target: target.id, key: 'state', value: '计划中' };
    if (!fields.value) return { target: target.id, key: 'note', value: '合成数据：常态化推进' };
    const value = target.direction === 'lower' ? 0 : target.kind === 'external' ? 1 : Math.round((target.value ?? 2) / 2);
    return { target: target.id, key: 'value', value };
  });
}

/** Runs the benchmark; returns a Markdown section. */
export async function benchImport(runs = 5): Promise<string> {
  const source = mkdtempSync(join(tmpdir(), 'bench-import-'));
  cpSync(join(ROOT, 'content'), source, { recursive: true });
  const loaded = loadReportPlan(source, AS_OF);
  if ('refusal' in loaded) throw new Error(loaded.refusal.en);

  const templateTimes: number[] = [];
  let template: Buffer = Buffer.alloc(0);
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    template = await templateBytes(loaded, AS_OF);
    templateTimes.push(performance.now() - start);
  }
  const departments = templateDepartments(loaded, AS_OF);
  const perDepartment = await Promise.all(departments.map(async (d) => (await templateBytes(loaded, AS_OF, { departments: [d.id] })).length));

  const fills = everyTarget(loaded);
  const filled = await fillTemplate(template, fills, SYNTHETIC_SOURCE);
  const file = join(mkdtempSync(join(tmpdir(), 'bench-import-files-')), 'filled.xlsx');
  writeFileSync(file, filled);

  const importTimes: number[] = [];
  let entries = 0;
  for (let i = 0; i < runs; i += 1) {
    const root = mkdtempSync(join(tmpdir(), 'bench-import-root-'));
    cpSync(source, root, { recursive: true });
    const start = performance.now();
    const result = await importReport({ root, files: [file], asOf: AS_OF, today: TODAY, source: {} });
    importTimes.push(performance.now() - start);
    if (!result.written) throw new Error(`the benchmark's workbook was refused: ${result.problems.map((p) => p.en).join('; ')}`);
    entries = result.entries;
    rmSync(root, { recursive: true, force: true });
  }
  const checkTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    checkContentRoot(source, TODAY);
    checkTimes.push(performance.now() - start);
  }
  // The command as an admin runs it: a new Node process (module loading included).
  const root = mkdtempSync(join(tmpdir(), 'bench-import-root-'));
  cpSync(source, root, { recursive: true });
  const start = performance.now();
  const cli = spawnSync(process.execPath, [join(ROOT, 'scripts', 'report-import.ts'), file, '--as-of', AS_OF], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root, TODAY } });
  const cliTime = performance.now() - start;
  if (cli.status !== 0) throw new Error(`report:import failed: ${cli.stderr}`);
  for (const dir of [root, source]) rmSync(dir, { recursive: true, force: true });

  process.stderr.write(`template ${template.length} B; import ${seconds(median(importTimes))}\n`);
  return [
    '### Spreadsheet route (npm run report:template, report:import)',
    '',
    `The real plan (${loaded.view.plan.id}: ${loaded.view.targets.length} targets, ${departments.length} lead departments) as of ${AS_OF}; a workbook with every target filled with synthetic figures (in a temporary copy of content/). Times are the median of ${runs} runs in-process; the last row is one run of the command in a new Node process.`,
    '',
    markdownTable(
      ['measure', 'value'],
      [
        ['template: whole workbook', `${template.length.toLocaleString('en')} bytes`],
        ['template: one department’s workbook (smallest – largest)', `${Math.min(...perDepartment).toLocaleString('en')} – ${Math.max(...perDepartment).toLocaleString('en')} bytes`],
        ['filled workbook (every target)', `${filled.length.toLocaleString('en')} bytes`],
        ['write the template', seconds(median(templateTimes))],
        [`import a workbook with every target filled (${entries} entries; read, map, check, write)`, seconds(median(importTimes))],
        ['for comparison: the content check of the same root without the new report', seconds(median(checkTimes))],
        ['`report:import` as a command (new process)', seconds(cliTime)],
      ],
      ['l', 'r'],
    ),
  ].join('\n');
}

if (import.meta.main) console.log(await benchImport());
