import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CASES } from '../../scripts/demo/generate.ts';
import { reportingState } from '../../src/lib/model/cadence.ts';
import { currentPlan } from '../../src/lib/model/plan-model.ts';
import { writeDemoContent } from '../../scripts/demo.ts';
import { loadModel } from '../helpers/model.ts';
import { ROOT } from '../helpers/site-build.ts';

const first = writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-a-')));
const second = writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-b-')));
const site = loadModel(first, '2026-11-29');
const plan = currentPlan(site);

describe('demo data generator', () => {
  it('writes eleven monthly reports (December is left out, so it is overdue), an adjustment and an attachment, the same bytes every run, and passes the content check', () => {
    const files = readdirSync(join(first, 'progress')).filter((name) => name.endsWith('.json')).sort();
    expect(files).toHaveLength(11);
    expect(files[0]).toBe('2024-01-31.json');
    expect(files.at(-1)).toBe('2024-11-30.json');
    const written = [
      ...files.map((file) => join('progress', file)),
      ...readdirSync(join(first, 'adjustments')).map((file) => join('adjustments', file)),
      join('sources', 'demo-2024-06-30-progress.pdf'),
      join('plans', '2024.json'),
    ];
    expect(written).toContain(join('adjustments', `2024-07-15-${DEMO_CASES.adjusted}.json`));
    for (const file of written) expect(readFileSync(join(first, file))).toEqual(readFileSync(join(second, file)));
  });

  it('adjusts one target with an (invented) approval and judges it against the adjusted figure', () => {
    const target = plan.targets.find((t) => t.id === DEMO_CASES.adjusted)!;
    expect([target.original.value, target.value, target.written, target.judgedAdjusted]).toEqual([2500, 1800, '1800间', true]);
    expect(plan.adjustments.map((a) => a.approval.issuer)).toEqual(['演示：州人民政府']);
  });

  it('states a monthly cadence, so the missing December report is overdue', () => {
    expect(plan.plan.reporting?.cadence).toBe('monthly');
    const state = reportingState(plan.plan, plan.reports.map((r) => r.asOf), '2026-11-29');
    expect(state).toMatchObject({ latestAsOf: '2024-11-30', next: { periodEnd: '2024-12-31', due: '2025-01-10' }, overdue: true });
  });

  it('marks its content root as synthetic and never touches content/', () => {
    expect(JSON.parse(readFileSync(join(first, 'synthetic.json'), 'utf8')).notice).toContain('演示数据，非真实进度');
    expect(readdirSync(join(ROOT, 'content', 'progress')).filter((f) => f.endsWith('.json'))).toEqual([]);
    expect(readdirSync(join(ROOT, 'content', 'adjustments')).filter((f) => f.endsWith('.json'))).toEqual([]);
  });

  it('has targets ahead of and behind schedule in mid-year', () => {
    const midYear = loadModel(first, '2024-07-15').plans[0].targets.map((t) => t.assessment.status);
    expect(midYear).toEqual(expect.arrayContaining(['ahead', 'behind', 'on-track']));
  });

  it('has one downward revision and one correction', () => {
    const revised = plan.targets.flatMap((t) => t.readings.filter((r) => r.revisedDown).map(() => t.id));
    const corrected = plan.targets.flatMap((t) => t.readings.filter((r) => r.corrects).map(() => t.id));
    expect(revised).toContain(DEMO_CASES.revisedDown);
    expect(corrected).toEqual([DEMO_CASES.corrected]);
  });

  it('has milestones in every state', () => {
    const states = new Set(plan.targets.flatMap((t) => t.readings.map((r) => r.state)).filter(Boolean));
    expect([...states].sort()).toEqual(['met', 'not-met', 'partially-met', 'planned']);
  });

  it('breaks a few targets down by county', () => {
    const withBreakdown = plan.targets.filter((t) => t.readings.some((r) => r.breakdown)).map((t) => t.id);
    expect(withBreakdown.sort()).toEqual([...DEMO_CASES.breakdown].sort());
  });
});
