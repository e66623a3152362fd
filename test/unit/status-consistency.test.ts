import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { formatProblems, validateContent } from '../../src/lib/content-rules/index.ts';
import { targetRows } from '../../src/lib/open-data/open-data.ts';
import { reportChanges } from '../../src/lib/model/changes.ts';
import { countStatuses, judgeTarget } from '../../src/lib/model/judge.ts';
import type { SiteModel, TargetView } from '../../src/lib/model/plan-model.ts';
import { statusCounts } from '../../src/lib/model/series.ts';
import { projectStatus, type Status } from '../../src/lib/model/status.ts';
import { targetEvents } from '../../src/lib/model/target-events.ts';
import { buildSearchIndex } from '../../src/lib/search/search-entries.ts';
import { readContent } from '../../src/node/read-content.ts';
import { BASE_CONTENT, FIXTURES, baseContentWriter, overlaidContent } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';
import { ROOT } from '../helpers/site-build.ts';

/**
 * One truth: every reading of the demo, the fixtures and the real content, walked through every
 * place a status appears, must get the same answer there as on its target's page on that day.
 *
 * The reference is the site as it stood on a date D: the model built with today = D, whose target
 * pages show each target's status then. Every other place is computed from today's site, as the
 * pages that show them are: a report page's status after and before, its counts, the home page's
 * counts, the project's status, the target's feed, targets.csv and the search entries (the last
 * three as the site showed them on D). The dates walked are every report's as-of date, every
 * adjustment's effective date and the day before it, and today.
 */

const TODAY = '2026-11-29';

/** Content roots: a name, how to make it, and whether it holds reports (the real content has none published yet). */
const ROOTS: [name: string, root: () => string, reported: boolean][] = [
  ['demo', () => writeDemoContent(mkdtempSync(join(tmpdir(), 'consistency-demo-'))), true],
  ['content-base fixture', () => BASE_CONTENT, true],
  ['july-report fixture', () => overlaidContent('july-report'), true],
  ['real content with the plan-2025 fixture', () => {
    const root = mkdtempSync(join(tmpdir(), 'consistency-two-plans-'));
    cpSync(join(ROOT, 'content'), root, { recursive: true });
    cpSync(join(FIXTURES, 'plan-2025'), root, { recursive: true });
    return root;
  }, false],
  ['real content', () => join(ROOT, 'content'), false],
];

/** The day before a date (YYYY-MM-DD). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every date worth walking for a site: report dates, adjustment dates and the day before each, today. */
function datesOf(site: SiteModel): string[] {
  const dates = site.plans.flatMap((v) => [...v.reports.map((r) => r.asOf), ...v.targets.flatMap((t) => t.adjustments.flatMap((a) => [a.effective, dayBefore(a.effective)]))]);
  return [...new Set([...dates, TODAY])].sort();
}

describe.each(ROOTS)('one status per reading: %s', (_name, rootOf, reported) => {
  const root = rootOf();
  const today = loadModel(root, TODAY);
  const dates = datesOf(today);
  const asOf = new Map(dates.map((date) => [date, loadModel(root, date)]));
  /** The status a target's page showed on a date (the site built that day). */
  const shownOn = (date: string, plan: string, target: string): TargetView => asOf.get(date)!.plans.find((v) => v.plan.id === plan)!.targets.find((t) => t.id === target)!;

  it('passes the content check, so the site builds it', () => {
    expect(formatProblems(validateContent(readContent(root), TODAY))).toBe('');
  });

  it(reported ? 'has readings to walk' : 'has no report yet, so every status is 暂无数据', () => {
    const readings = today.plans.flatMap((v) => v.targets.flatMap((t) => t.readings));
    expect(readings.length > 0).toBe(reported);
    if (!reported) expect(new Set(today.plans.flatMap((v) => v.targets.map((t) => t.assessment.status)))).toEqual(new Set(['no-data']));
  });

  it('the judge, on any day, gives what the target page showed that day', () => {
    const rows = today.plans.flatMap((view) =>
      view.targets.flatMap((target) =>
        dates.map((date) => {
          const judged = judgeTarget(target, view.plan.period.start, target.readings, date);
          const shown = shownOn(date, view.plan.id, target.id);
          return { target: target.id, date, judged: [judged.assessment.status, judged.disagreement], shown: [shown.assessment.status, shown.disagreement] };
        }),
      ),
    );
    expect(rows.filter((r) => JSON.stringify(r.judged) !== JSON.stringify(r.shown))).toEqual([]);
  });

  it('a report page gives each target the status its page showed on the report’s date, and before it the status of its previous reading’s day', () => {
    const rows = today.plans.flatMap((view) =>
      reportChanges(view).flatMap(({ report, changes }) =>
        changes.map((change) => {
          const previous = change.target.readings.filter((r) => r.asOf < report.asOf).at(-1)?.asOf;
          return {
            report: report.asOf,
            target: change.target.id,
            after: [change.statusAfter, shownOn(report.asOf, view.plan.id, change.target.id).assessment.status],
            before: [change.statusBefore, previous ? shownOn(previous, view.plan.id, change.target.id).assessment.status : 'no-data'],
            disagreement: [change.disagreement, shownOn(report.asOf, view.plan.id, change.target.id).disagreement],
          };
        }),
      ),
    );
    expect(rows.filter((r) => r.after[0] !== r.after[1] || r.before[0] !== r.before[1] || JSON.stringify(r.disagreement[0]) !== JSON.stringify(r.disagreement[1]))).toEqual([]);
  });

  it('a report page’s counts are the home page’s counts on the report’s date, and the counter is the only one', () => {
    for (const view of today.plans) {
      for (const { report, statusCounts: counted } of reportChanges(view)) {
        const then = asOf.get(report.asOf)!.plans.find((v) => v.plan.id === view.plan.id)!;
        expect({ report: report.asOf, counted }).toEqual({ report: report.asOf, counted: statusCounts(then.targets) });
        expect(counted).toEqual(countStatuses(then.targets.map((t) => t.assessment.status)));
        expect(counted.reduce((sum, row) => sum + row.count, 0)).toBe(view.targets.length);
      }
    }
  });

  it('a target’s feed states, for each reading, the disagreement its page showed on that reading’s day', () => {
    const rows = today.plans.flatMap((view) =>
      view.targets.flatMap((target) =>
        targetEvents(target, view.plan.period.start).flatMap((event) =>
          event.kind === 'adjustment' ? [] : [{ target: target.id, asOf: event.reading.asOf, feed: event.disagreement, shown: shownOn(event.reading.asOf, view.plan.id, target.id).disagreement }],
        ),
      ),
    );
    expect(rows.filter((r) => JSON.stringify(r.feed) !== JSON.stringify(r.shown))).toEqual([]);
  });

  it('on every day, projects, targets.csv and the search entries give each target the status its page shows', () => {
    const rows: { date: string; id: string; place: string; status: Status; shown: Status }[] = [];
    for (const date of dates) {
      const site = asOf.get(date)!;
      const search = buildSearchIndex(site, zhCN);
      for (const view of site.plans) {
        const csv = new Map(targetRows(view, site).map((row) => [row.target_id, row.status]));
        for (const project of view.projects) {
          rows.push({ date, id: project.id, place: 'project', status: project.status, shown: projectStatus(project.targets.map((t) => t.assessment.status)) });
        }
        for (const target of view.targets) {
          const shown = target.assessment.status;
          const entry = search.entries.find((e) => e.kind === 'target' && e.id === target.id);
          rows.push({ date, id: target.id, place: 'targets.csv', status: csv.get(target.id) as Status, shown });
          rows.push({ date, id: target.id, place: 'search entry', status: entry?.status as Status, shown });
          rows.push({ date, id: target.id, place: 'search filter', status: entry?.filters.status?.[0] as Status, shown });
        }
      }
    }
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.status !== r.shown)).toEqual([]);
  });

  it('every figure the site shows as a fall is one the check let through only as a correction or with a note', () => {
    const falls = today.plans.flatMap((v) => v.targets.flatMap((t) => t.readings.filter((r) => r.revisedDown).map((r) => ({ target: t.id, asOf: r.asOf, explained: r.corrects !== undefined || (r.note ?? '').trim() !== '' }))));
    expect(falls.filter((f) => !f.explained)).toEqual([]);
  });
});

describe('the check and the site agree on what a fall is', () => {
  const contentWith = baseContentWriter('falls-');
  const MDX = readFileSync(join(BASE_CONTENT, 'projects', '2024', 'sample.mdx'), 'utf8');
  const july = (target: string, value: number) =>
    JSON.stringify({ plan: '2024', asOf: '2024-07-31', published: '2024-08-05', source: { title: '示例进度通报', issuer: '示例局', date: '2024-08-03', url: 'https://example.org/r7' }, entries: [{ target, value }] });
  const CASES: { name: string; mdx: string; target: string; value: number; falls: boolean }[] = [
    { name: 'a running count (cumulative, higher is better) below June’s 40', mdx: MDX, target: 'sample-points', value: 30, falls: true },
    { name: 'a lower-is-better count below June’s 40 (progress, not a fall)', mdx: MDX.replace('written: 100个', 'written: 100个\n        direction: lower'), target: 'sample-points', value: 30, falls: false },
    { name: 'a cumulative percentage below June’s 85', mdx: MDX.replace('        measure: level\n', ''), target: 'sample-coverage', value: 80, falls: true },
    { name: 'a level percentage below June’s 85 (a level may move either way)', mdx: MDX, target: 'sample-coverage', value: 80, falls: false },
  ];

  it.each(CASES)('$name: refused by the check and shown as a revision exactly when it falls', ({ mdx, target, value, falls }) => {
    const root = contentWith({ 'projects/2024/sample.mdx': mdx, 'progress/2024-07-31.json': july(target, value) });
    const refused = validateContent(readContent(root), TODAY).filter((p) => p.file.endsWith('2024-07-31.json') && p.en.includes('does not fall'));
    const shown = loadModel(root, TODAY).plans[0].targets.find((t) => t.id === target)!.readings.find((r) => r.asOf === '2024-07-31')!;
    expect([refused.length > 0, shown.revisedDown]).toEqual([falls, falls]);
  });
});
