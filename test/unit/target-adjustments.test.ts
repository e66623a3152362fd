import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { minimalPdf } from '../../scripts/demo/pdf.ts';
import { attachmentServer } from '../../src/integrations/content-check.ts';
import { termsAt } from '../../src/lib/model/adjustments.ts';
import { reportChanges } from '../../src/lib/model/changes.ts';
import { countStatuses } from '../../src/lib/model/judge.ts';
import { periodEnds, reportingState } from '../../src/lib/model/cadence.ts';
import { progressChart } from '../../src/lib/charts/chart-spec.ts';
import { formatProblems, validateContent } from '../../src/lib/content-rules/index.ts';
import { progressSeries } from '../../src/lib/model/series.ts';
import { progressSummary } from '../../src/lib/charts/summary.ts';
import { targetEvents } from '../../src/lib/model/target-events.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { checkPublishedFolder } from '../../src/node/published-history.ts';
import { detectAttachmentType, readContent } from '../../src/node/read-content.ts';
import type { Adjustment } from '../../src/schemas/adjustment.ts';
import { BASE_CONTENT, baseContentWriter } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';

/**
 * Adjusted targets, report attachments and the reporting cadence: the pure rules (terms in force,
 * periods and due dates, a target's events) table-first, then each content rule on the base fixture
 * with one file changed, refused with its file, field and both languages, as `npm run check` does.
 */

const TODAY = '2024-11-29';
/** The base fixture with `files` written over it (paths under the content root). */
const contentWith = baseContentWriter('adjust-');
const problemsOf = (files: Record<string, string | Buffer>) => validateContent(readContent(contentWith(files)), TODAY);

const ADJUSTMENT = {
  plan: '2024',
  target: 'sample-points',
  effective: '2024-07-15',
  published: '2024-07-20',
  value: 80,
  written: '80个',
  reason: '示例：部分点位合并',
  approval: { title: '关于调整示例目标的批复', issuer: '示例州人民政府', date: '2024-07-12', reference: '示政函〔2024〕1号' },
};
const adjustmentFile = (over: Record<string, unknown> = {}, name?: string): Record<string, string> => {
  const data = { ...ADJUSTMENT, ...over };
  for (const [key, value] of Object.entries(over)) if (value === undefined) delete (data as Record<string, unknown>)[key];
  return { [`adjustments/${name ?? `${data.effective}-${data.target}`}.json`]: JSON.stringify(data, null, 2) };
};

const PDF = minimalPdf(['SAMPLE ATTACHMENT']);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const REPORT = 'progress/2024-06-30.json';
const reportWithAttachment = (attachment: Record<string, unknown>): string => {
  const report = JSON.parse(readFileSync(join(BASE_CONTENT, REPORT), 'utf8'));
  report.source.attachments = [{ file: 'sources/sample-progress.pdf', name: '附件1.进度表.pdf', type: 'pdf', size: PDF.length, sha256: sha(PDF), ...attachment }];
  return JSON.stringify(report, null, 2);
};
/** A ZIP whose entry names mark it as an .xlsx (the reader looks no further than the names). */
const XLSX_LIKE = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.xml....', 'latin1')]);

describe('termsAt: the terms a target is held to at a date', () => {
  const original = { value: 100, written: '100个', deadline: '2024-12-31' };
  const lower = { ...ADJUSTMENT, value: 80, written: '80个' } as Adjustment;
  const later = { ...ADJUSTMENT, effective: '2024-09-01', value: undefined, written: undefined, deadline: '2024-10-31' } as Adjustment;
  it.each([
    ['before any adjustment', '2024-07-14', { value: 100, written: '100个', deadline: '2024-12-31', adjusted: 0 }],
    ['on the effective date', '2024-07-15', { value: 80, written: '80个', deadline: '2024-12-31', adjusted: 1 }],
    ['after a second that moves only the deadline', '2024-09-30', { value: 80, written: '80个', deadline: '2024-10-31', adjusted: 2 }],
  ])('%s', (_, date, expected) => {
    const { adjustedBy, ...terms } = termsAt(original, [later, lower], date);
    expect({ ...terms, adjusted: adjustedBy.length }).toEqual(expected);
  });
});

describe('reporting cadence', () => {
  it.each([
    ['quarterly', '2024-01-01', '2024-12-31', ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']],
    ['monthly over part of a year', '2024-10-15', '2024-12-20', ['2024-10-31', '2024-11-30', '2024-12-20']],
  ] as const)('periods: %s', (cadence, start, end, ends) => {
    expect(periodEnds(start, end, cadence.split(' ')[0] as 'quarterly' | 'monthly')).toEqual(ends);
  });

  const plan = (dueDays: number) => ({ period: { start: '2024-01-01', end: '2024-12-31' }, reporting: { cadence: 'quarterly' as const, dueDays, source: { title: 't', issuer: 'i', date: null, reference: 'r', quote: 'q' } } });
  it.each([
    ['no report yet, before the first due day', plan(10), [], '2024-04-05', { latestAsOf: null, next: { periodEnd: '2024-03-31', due: '2024-04-10' }, overdue: false, daysOverdue: 0 }],
    ['no report yet, after it', plan(10), [], '2024-04-20', { next: { periodEnd: '2024-03-31', due: '2024-04-10' }, overdue: true, daysOverdue: 10 }],
    ['the latest covers Q2: Q3 is next', plan(10), ['2024-03-31', '2024-06-30'], '2024-10-10', { latestAsOf: '2024-06-30', next: { periodEnd: '2024-09-30', due: '2024-10-10' }, overdue: false }],
    ['a report mid-quarter covers its quarter', plan(0), ['2024-08-15'], '2024-10-01', { next: { periodEnd: '2024-12-31', due: '2024-12-31' }, overdue: false }],
    ['due on the period end when no days are stated', plan(0), ['2024-06-30'], '2024-10-01', { next: { periodEnd: '2024-09-30', due: '2024-09-30' }, overdue: true, daysOverdue: 1 }],
    ['every period reported', plan(10), ['2024-12-31'], '2025-06-01', { next: null, overdue: false }],
  ])('%s', (_, p, asOfs, today, expected) => {
    expect(reportingState(p, asOfs, today)).toMatchObject(expected);
  });

  it('never guesses: no stated cadence, nothing due', () => {
    expect(reportingState({ period: { start: '2024-01-01', end: '2024-12-31' } }, ['2024-06-30'], '2025-06-01')).toEqual({ cadence: null, latestAsOf: '2024-06-30', next: null, overdue: false, daysOverdue: 0 });
  });
});

describe('the plan model applies adjustments', () => {
  const root = contentWith({
    ...adjustmentFile(),
    'progress/2024-08-31.json': JSON.stringify({ plan: '2024', asOf: '2024-08-31', published: '2024-09-05', source: { title: '示例通报', issuer: '示例局', date: '2024-09-03', url: 'https://example.org/r' }, entries: [{ target: 'sample-points', value: 60 }] }),
  });

  it('keeps the original, shows the adjusted terms and judges against them from the effective date', () => {
    const target = loadModel(root, TODAY).plans[0].targets.find((t) => t.id === 'sample-points')!;
    expect([target.original.value, target.value, target.written, target.adjustments.length, target.judgedAdjusted]).toEqual([100, 80, '80个', 1, true]);
    // 60 of 80 (75%) on 2024-08-31, when 66.7% of the year is gone, is ahead; 60 of 100 would be behind.
    expect(target.assessment.status).toBe('ahead');
  });

  it('judges a reading before the effective date against the original terms', () => {
    const target = loadModel(root, '2024-07-31').plans[0].targets.find((t) => t.id === 'sample-points')!;
    expect([target.value, target.judgedAdjusted, target.assessment.latest?.asOf]).toEqual([80, false, '2024-06-30']);
  });

  it('gives the June reading one status everywhere: as “status before” on the August report page and in July’s counts, as its page showed it in July', () => {
    const july = loadModel(root, '2024-07-31').plans[0];
    const shownInJuly = july.targets.find((t) => t.id === 'sample-points')!.assessment.status;
    // 40 of the plan's 100 by 30 June is behind; judged against the 80 that took effect later it would read 按序时推进.
    expect(shownInJuly).toBe('behind');
    const august = reportChanges(loadModel(root, TODAY).plans[0]).find((r) => r.report.asOf === '2024-08-31')!;
    expect(august.changes.find((c) => c.target.id === 'sample-points')!.statusBefore).toBe(shownInJuly);
    expect(august.statusCounts).toEqual(countStatuses(loadModel(root, '2024-08-31').plans[0].targets.map((t) => t.assessment.status)));
  });

  it('does not apply an adjustment before it takes effect', () => {
    const target = loadModel(root, '2024-07-01').plans[0].targets.find((t) => t.id === 'sample-points')!;
    expect([target.value, target.adjustments]).toEqual([100, []]);
  });

  it('lists the target’s events newest first: reports, corrections and the adjustment with the terms it replaced', () => {
    const target = loadModel(root, TODAY).plans[0].targets.find((t) => t.id === 'sample-points')!;
    expect(targetEvents(target, '2024-01-01').map((e) => [e.kind, e.date])).toEqual([
      ['reading', '2024-09-05'],
      ['adjustment', '2024-07-20'],
      ['reading', '2024-07-10'],
    ]);
    const adjustment = targetEvents(target, '2024-01-01').find((e) => e.kind === 'adjustment');
    expect(adjustment && [adjustment.before.value, adjustment.after.value]).toEqual([100, 80]);
  });
});

describe('a frozen data package holds what was published when its report was', () => {
  // The base fixture's report: as of 2024-06-30, published 2024-07-10. Later, an adjustment effective
  // before that date and a report dated before it are published.
  const root = contentWith({
    ...adjustmentFile({ effective: '2024-06-15', published: '2024-08-01', approval: { ...ADJUSTMENT.approval, date: '2024-06-10' } }),
    'progress/2024-05-31.json': JSON.stringify({ plan: '2024', asOf: '2024-05-31', published: '2024-09-01', source: { title: '补录通报', issuer: '示例局', date: '2024-08-30', url: 'https://example.org/r5' }, entries: [{ target: 'sample-points', value: 30 }] }),
  });
  const points = (knownBy?: string) => loadModel(root, '2024-06-30', knownBy).plans[0].targets.find((t) => t.id === 'sample-points')!;

  it('leaves out an adjustment and a report published after it, though dated before', () => {
    const frozen = points('2024-07-10');
    expect([frozen.value, frozen.adjustments.length, frozen.readings.map((r) => r.asOf)]).toEqual([100, 0, ['2024-06-30']]);
  });

  it('includes them in the model of today, as the pages show it', () => {
    const now = points();
    expect([now.value, now.adjustments.length, now.readings.map((r) => r.asOf)]).toEqual([80, 1, ['2024-05-31', '2024-06-30']]);
  });

  it('is content the check accepts: publishing late is allowed, it just never rewrites a frozen package', () => {
    const problems = validateContent(readContent(root), TODAY);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('the progress chart steps at an adjustment', () => {
  // sample-points: 100 in the plan, 80 from 2024-07-15; reports on 2024-06-30 (40) and 2024-08-31 (60).
  const root = contentWith({
    ...adjustmentFile(),
    'progress/2024-08-31.json': JSON.stringify({ plan: '2024', asOf: '2024-08-31', published: '2024-09-05', source: { title: '示例通报', issuer: '示例局', date: '2024-09-03', url: 'https://example.org/r' }, entries: [{ target: 'sample-points', value: 60 }] }),
  });
  const target = loadModel(root, TODAY).plans[0].targets.find((t) => t.id === 'sample-points')!;
  const series = progressSeries(target, '2024-01-01')!;

  it('holds each date to the target in force then, the schedule included', () => {
    expect(series.points.map((p) => [p.asOf, p.target, Math.round(p.expected!)])).toEqual([
      ['2024-06-30', 100, 50],
      ['2024-08-31', 80, 53],
    ]);
    expect([series.startTarget, series.target, series.adjustments]).toEqual([100, 80, [{ effective: '2024-07-15', previous: 100, value: 80, approval: ADJUSTMENT.approval.title }]]);
  });

  it('gives the adjustment its own date, where the target line steps and the schedule breaks, and its own table row', () => {
    const { spec, table } = progressChart(series, zhCN);
    expect(spec.labels).toEqual(['2024年1月1日', '2024年6月30日', '2024年7月15日', '2024年8月31日']);
    expect(spec.actual).toEqual([null, 40, null, 60]);
    expect(spec.expected).toEqual([0, 50, null, 53]);
    expect([spec.target, spec.stepped]).toEqual([[100, 100, 80, 80], true]);
    expect(spec.notes[2]).toBe(`批准文件：${ADJUSTMENT.approval.title}`);
    expect(table.rows).toEqual([
      ['2024年6月30日', '40个', '50个', '100个', '示例进度通报'],
      ['2024年7月15日', '—', '—', '目标 100个 → 80个', `批准文件：${ADJUSTMENT.approval.title}`],
      ['2024年8月31日', '60个', '53个', '80个（已调整）', '示例通报'],
    ]);
    // The target column changes here, so a narrow screen keeps it.
    expect(table.repeated).toEqual([]);
    expect(progressSummary(series, target, target.assessment.status, zhCN)).toBe('截至2024年8月31日，已完成60个，占全年目标的75%，按序时应达67%，状态：超序时。');
  });

  it('draws no step and no extra date when a report shares the adjustment’s date', () => {
    const sameDay = contentWith({
      ...adjustmentFile({ effective: '2024-08-31', published: '2024-09-01' }),
      'progress/2024-08-31.json': JSON.stringify({ plan: '2024', asOf: '2024-08-31', published: '2024-09-05', source: { title: '示例通报', issuer: '示例局', date: '2024-09-03', url: 'https://example.org/r' }, entries: [{ target: 'sample-points', value: 60 }] }),
    });
    const { spec, table } = progressChart(progressSeries(loadModel(sameDay, TODAY).plans[0].targets.find((t) => t.id === 'sample-points')!, '2024-01-01')!, zhCN);
    expect(spec.labels).toEqual(['2024年1月1日', '2024年6月30日', '2024年8月31日']);
    expect(spec.target).toEqual([100, 100, 80]);
    expect(table.rows.map((r) => r[0])).toEqual(['2024年6月30日', '2024年8月31日', '2024年8月31日']);
  });
});

describe('the content check: adjustments, attachments and cadence', () => {
  it.each([
    ['an adjustment', adjustmentFile()],
    ['a deadline-only adjustment of a milestone', adjustmentFile({ target: 'sample-plan', value: undefined, written: undefined, deadline: '2024-10-31' })],
    ['an attachment that matches its report', { 'sources/sample-progress.pdf': PDF, [REPORT]: reportWithAttachment({}) }],
    ['an .xlsx attachment', { 'sources/sample-progress.xlsx': XLSX_LIKE, [REPORT]: reportWithAttachment({ file: 'sources/sample-progress.xlsx', name: '进度表.xlsx', type: 'xlsx', size: XLSX_LIKE.length, sha256: sha(XLSX_LIKE) }) }],
    ['a plan with a stated cadence', { 'plans/2024.json': JSON.stringify({ ...JSON.parse(readFileSync(join(BASE_CONTENT, 'plans/2024.json'), 'utf8')), reporting: { cadence: 'quarterly', dueDays: 0, to: '州人民政府督查室', source: { title: '示例通知', issuer: '示例州', date: null, url: 'https://example.org/n', quote: '每季度向州人民政府督查室报送' } } }) }],
  ])('accepts %s', (_, files) => {
    const problems = problemsOf(files);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it.each([
    ['a file not named after its date and target', adjustmentFile({}, '2024-07-16-sample-points'), 'effective', '文件名应为生效日期加指标编号', 'the file name must be'],
    ['an unknown target', adjustmentFile({ target: 'sample-pionts' }), 'target', '没有编号为 sample-pionts 的指标', 'has no target with id sample-pionts'],
    ['a figure for a milestone', adjustmentFile({ target: 'sample-plan' }), 'value', '没有可调整的目标值', 'no figure to change'],
    ['a value its wording does not state', adjustmentFile({ value: 70 }), 'value', '与写法“80个”不符，应为 80', 'does not match its wording'],
    ['a value without its wording', adjustmentFile({ written: undefined }), 'written', '照录批准文件中的写法', 'needs its wording'],
    ['neither a value nor a deadline', adjustmentFile({ value: undefined, written: undefined }), 'value', '至少一项', 'or a new deadline'],
    ['a change that changes nothing', adjustmentFile({ value: 100, written: '100个' }), 'value', '没有改变', 'changes neither'],
    ['an effective date in the future', adjustmentFile({ effective: '2024-12-15' }), 'effective', '生效日期不能晚于今天', 'cannot be in the future'],
    ['a deadline outside the plan period', adjustmentFile({ target: 'sample-plan', value: undefined, written: undefined, deadline: '2025-03-31' }), 'deadline', '应在方案期间', 'within the plan period'],
    ['a percentage over 100', adjustmentFile({ target: 'sample-coverage', value: 120, written: '120%' }), 'value', '百分比应在 0–100 之间', 'within 0–100'],
    ['an approval without url or reference', adjustmentFile({ approval: { title: 'x', issuer: 'y', date: '2024-07-12' } }), 'approval', '需要 url 或 reference', 'needs a url or a reference'],
    ['a published date before the approval', adjustmentFile({ published: '2024-07-01', effective: '2024-07-01' }), 'published', '不能早于批准日期', 'before the approval date'],
  ])('refuses an adjustment with %s', (_, files, field, zh, en) => {
    const problems = problemsOf(files);
    const match = problems.find((p) => p.file.includes('adjustments/') && (p.field ?? '').startsWith(field) && p.zh.includes(zh) && p.en.includes(en));
    expect(match, formatProblems(problems)).toBeDefined();
    expect(match!.line).toBeTypeOf('number');
  });

  it.each([
    ['a missing file', { [REPORT]: reportWithAttachment({}) }, 'source.attachments[0].file', '不存在', 'is missing'],
    ['an altered file', { 'sources/sample-progress.pdf': Buffer.concat([PDF, Buffer.from('%x\n')]), [REPORT]: reportWithAttachment({}) }, 'source.attachments[0].sha256', '与登记的 SHA-256 不符', 'altered or replaced'],
    ['a wrong size', { 'sources/sample-progress.pdf': PDF, [REPORT]: reportWithAttachment({ size: 1 }) }, 'source.attachments[0].size', '字节', 'bytes'],
    ['a file whose bytes are not its type', { 'sources/sample-progress.pdf': XLSX_LIKE, [REPORT]: reportWithAttachment({ size: XLSX_LIKE.length, sha256: sha(XLSX_LIKE) }) }, 'source.attachments[0].file', '不是 PDF 文件（看起来是 Excel (.xlsx)）', 'is not a PDF file'],
    ['a type that is not allowed', { 'sources/sample-progress.doc': PDF, [REPORT]: reportWithAttachment({ file: 'sources/sample-progress.doc', type: 'doc' }) }, 'source.attachments[0].file', '.pdf、.docx 或 .xlsx', '.pdf, .docx or .xlsx'],
    ['a type its extension contradicts', { 'sources/sample-progress.pdf': PDF, [REPORT]: reportWithAttachment({ type: 'docx' }) }, 'source.attachments[0].type', '扩展名是 .pdf', "extension is .pdf"],
  ])('refuses an attachment with %s', (_, files, field, zh, en) => {
    const problems = problemsOf(files);
    const match = problems.find((p) => p.file.endsWith(REPORT) && p.field === field && p.zh.includes(zh) && p.en.includes(en));
    expect(match, formatProblems(problems)).toBeDefined();
  });

  it.each([
    ['an attachment no report names', { 'sources/stray.pdf': PDF }, '没有被任何报告', 'no report names this file'],
    ['a file type sources/ does not hold', { 'sources/notes.doc': PDF }, '这种文件类型不允许', 'this file type is not allowed'],
  ])('refuses %s in sources/', (_, files, zh, en) => {
    const problems = problemsOf(files);
    expect(problems.find((p) => p.file.includes('sources/') && p.zh.includes(zh) && p.en.includes(en)), formatProblems(problems)).toBeDefined();
  });

  // sample-points: 100 in the plan, 80 from 2024-07-15 (ADJUSTMENT). A rate is a share of the figure in force on the report's date.
  const julyReport = (entry: Record<string, unknown>): Record<string, string> => {
    const report = JSON.parse(readFileSync(join(BASE_CONTENT, REPORT), 'utf8'));
    Object.assign(report, { asOf: '2024-07-31', published: '2024-08-05', entries: [{ target: 'sample-points', ...entry }] });
    return { 'progress/2024-07-31.json': JSON.stringify(report, null, 2) };
  };
  it.each([
    ['a rate of the adjusted figure after the adjustment', { ...adjustmentFile(), ...julyReport({ value: 60, reportedRate: 75 }) }],
    ['a rate alone after the adjustment, read as a share of the adjusted figure', { ...adjustmentFile(), ...julyReport({ reportedRate: 75 }) }],
    ['a rate of the plan’s figure before the adjustment takes effect', { ...adjustmentFile({ effective: '2024-08-01', published: '2024-08-02' }), ...julyReport({ value: 60, reportedRate: 60 }) }],
  ])('accepts %s', (_, files) => {
    const problems = problemsOf(files);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it.each([
    ['a rate of the plan’s figure after the adjustment', { value: 60, reportedRate: 60 }, 'entries[0].reportedRate', '按调整后（2024-07-15 起）的目标值 80 计算是 75%', 'against the target 80 as adjusted from 2024-07-15 it is 75%'],
    ['a figure more than twice the adjusted one', { value: 170 }, 'entries[0].value', '超过调整后（2024-07-15 起）的目标值 80 的两倍', 'more than twice the target 80 as adjusted from 2024-07-15'],
  ])('names the adjusted figure when it refuses %s', (_, entry, field, zh, en) => {
    const problems = problemsOf({ ...adjustmentFile(), ...julyReport(entry) });
    expect(problems.find((p) => p.file.endsWith('progress/2024-07-31.json') && p.field === field && p.zh.includes(zh) && p.en.includes(en)), formatProblems(problems)).toBeDefined();
  });

  it('refuses a cadence without the document it rests on', () => {
    const plan = { ...JSON.parse(readFileSync(join(BASE_CONTENT, 'plans/2024.json'), 'utf8')), reporting: { cadence: 'quarterly', dueDays: 0 } };
    const problems = problemsOf({ 'plans/2024.json': JSON.stringify(plan) });
    expect(problems.find((p) => p.field === 'reporting.source'), formatProblems(problems)).toBeDefined();
  });

  it('refuses a stray file in adjustments/', () => {
    const problems = problemsOf({ 'adjustments/sample-points.json': '{}' });
    expect(problems.find((p) => p.file.endsWith('adjustments/sample-points.json') && p.en.includes('target adjustments named')), formatProblems(problems)).toBeDefined();
  });
});

describe('attachments in the dev server (npm run dev)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  writeFileSync(join(dir, 'report.pdf'), PDF);
  writeFileSync(join(dir, 'plan.txt'), 'official text');
  /** What the middleware does with a request: the file it sends, or "next" when it leaves it to Astro. */
  const answer = (url: string, base = '/') => {
    let sent: { status: number; type: string; bytes: number } | 'next' = 'next';
    const response = {
      writeHead: (status: number, headers: Record<string, string>) => ((sent = { status, type: headers['Content-Type']!, bytes: 0 }), response),
      end: (body: Buffer) => sent !== 'next' && (sent.bytes = body.length),
    };
    attachmentServer(dir, base)({ url } as IncomingMessage, response as unknown as ServerResponse, () => undefined);
    return sent;
  };
  it.each([
    ['an archived PDF, as the build publishes it', '/sources/report.pdf', '/', { status: 200, type: 'application/pdf', bytes: PDF.length }],
    ['the same under a base path', '/minsheng/sources/report.pdf', '/minsheng/', { status: 200, type: 'application/pdf', bytes: PDF.length }],
    ['a plan text (not an attachment)', '/sources/plan.txt', '/', 'next'],
    ['a missing file', '/sources/other.pdf', '/', 'next'],
    ['a way out of the folder', '/sources/..%2Fsecret.pdf', '/', 'next'],
    ['a malformed address', '/sources/%E0%A4%A.pdf', '/', 'next'],
    ['another page', '/2024/', '/', 'next'],
  ] as const)('%s', (_, url, base, expected) => {
    expect(answer(url, base)).toEqual(expected);
  });
});

describe('attachments: types by their bytes, and the demo PDF', () => {
  it.each([
    ['a PDF', minimalPdf(['x']), 'pdf'],
    ['an .xlsx', XLSX_LIKE, 'xlsx'],
    ['a .docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml', 'latin1')]), 'docx'],
    ['plain text', Buffer.from('hello'), null],
    ['an old .doc (OLE)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), null],
  ])('%s', (_, bytes, type) => {
    expect(detectAttachmentType(bytes)).toBe(type);
  });

  it('writes a PDF whose cross-reference table points at each object', () => {
    const text = PDF.toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
    expect(minimalPdf(['SAMPLE ATTACHMENT']).equals(PDF)).toBe(true);
  });
});

describe('published adjustments never change', () => {
  it('refuses an edit or a deletion of an adjustment main has published, and accepts a new one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'adjust-history-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'office@example.org');
    git('config', 'user.name', 'Office');
    git('config', 'commit.gpgsign', 'false');
    const folder = join(dir, 'content', 'adjustments');
    mkdirSync(folder, { recursive: true });
    const [name, body] = Object.entries(adjustmentFile())[0];
    writeFileSync(join(dir, 'content', name), body);
    git('add', '-A');
    git('commit', '-q', '-m', 'Publish an adjustment');
    expect(checkPublishedFolder(folder, 'adjustment')).toEqual({ problems: [], compared: 1 });
    writeFileSync(join(folder, '2024-09-01-sample-points.json'), '{}\n');
    expect(checkPublishedFolder(folder, 'adjustment').problems).toEqual([]);
    writeFileSync(join(dir, 'content', name), body.replace('"value": 80', '"value": 70'));
    const [edited] = checkPublishedFolder(folder, 'adjustment').problems;
    expect([edited.zh, edited.en]).toEqual([expect.stringContaining('已发布的目标调整被修改了'), expect.stringContaining('a published target adjustment was changed')]);
    expect(edited.hint?.en).toContain('add a new adjustment');
    rmSync(join(dir, 'content', name));
    expect(checkPublishedFolder(folder, 'adjustment').problems.map((p) => p.en)).toEqual([expect.stringContaining('a published target adjustment was deleted')]);
  });
});
