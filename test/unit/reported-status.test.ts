import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { reportChanges } from '../../src/lib/model/changes.ts';
import { formatProblems, validateContent } from '../../src/lib/content-rules/index.ts';
import { valueRows } from '../../src/lib/open-data/open-data.ts';
import { progressSeries } from '../../src/lib/model/series.ts';
import { readingText } from '../../src/lib/web/target-text.ts';
import { readContent } from '../../src/node/read-content.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';
import { CONTRADICTED_BY, disagreementOf, figureFromRate, rateAgreesWithValue, statusOfWord, statusWordIndex, withReportedWord } from '../../src/lib/model/reported-status.ts';
import type { Status } from '../../src/lib/model/status.ts';
import { REPORTABLE_STATUSES, StatusWordsSchema } from '../../src/schemas/status-word.ts';
import { ROOT } from '../helpers/site-build.ts';

const vocabulary = StatusWordsSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content', 'status-words.json'), 'utf8')));
const index = statusWordIndex(vocabulary);

describe('the vocabulary of status words (content/status-words.json)', () => {
  it.each([
    ['已完成', 'completed'],
    ['已完工', 'completed'],
    ['超额完成', 'exceeded'],
    ['按序时推进', 'on-track'],
    ['按进度推进', 'on-track'],
    ['按计划推进', 'on-track'],
    ['超序时', 'ahead'],
    ['滞后', 'behind'],
    ['慢于序时', 'behind'],
    ['未开工', 'not-started'],
    ['部分完成', 'partially-met'],
    ['未完成', 'not-met'],
    ['常态化推进', 'ongoing'],
  ])('maps %s to %s', (word, status) => {
    expect(statusOfWord(index, word)).toBe(status);
  });

  it('ignores surrounding spaces but guesses at no near word', () => {
    expect(statusOfWord(index, ' 已完工 ')).toBe('completed');
    expect(statusOfWord(index, '已基本完工')).toBeUndefined();
    expect(statusOfWord(index, '稳步推进')).toBeUndefined();
  });
});

describe('figureFromRate', () => {
  it.each([
    [130, 30, 39],
    [111.5, 200, 223],
    [0, 50, 0],
    [33.3, 3, 1],
    [71.8, 1377, 989],
    [50, 2.5, 1.3],
  ])('%s per cent of %s is %s', (rate, target, figure) => {
    expect(figureFromRate(rate, target)).toBe(figure);
  });
});

describe('rateAgreesWithValue: within half a unit of the rate’s last written digit', () => {
  it.each([
    [39, 130, 30, true],
    [39, 130.2, 30, false],
    [404, 40, 1000, true],
    [406, 40, 1000, false],
    [40, 40.04, 100, false],
    [235, 111.5, 200, false],
    [223, 111.5, 200, true],
    [1, 33.3, 3, true],
    [1, 33, 3, true],
    [1, 34, 3, false],
    [5, 100, 0, false],
  ])('figure %s, rate %s per cent, target %s → %s', (value, rate, target, agrees) => {
    expect(rateAgreesWithValue(value, rate, target)).toBe(agrees);
  });
});

describe('disagreementOf: the source’s word against the figures’ verdict', () => {
  const target = (status: Status, word: string | undefined, opts: { measure?: 'cumulative' | 'level'; value?: number; basis?: 'figures' | 'word' } = {}) => ({
    measure: opts.measure ?? 'cumulative',
    assessment: {
      status,
      basis: opts.basis ?? 'figures',
      latest: { ...('value' in opts ? { value: opts.value } : { value: 10 }), ...(word !== undefined ? { reportedStatus: word, reportedAs: statusOfWord(index, word) } : {}) },
    },
  });
  it.each([
    // word, computed status, disagrees?
    ['按序时推进', 'behind', true],
    ['按序时推进', 'not-started', true],
    ['按序时推进', 'on-track', false],
    ['按序时推进', 'ahead', false],
    ['按序时推进', 'completed', false],
    ['超序时', 'on-track', false],
    ['超序时', 'behind', true],
    ['已完成', 'on-track', true],
    ['已完成', 'ahead', true],
    ['已完工', 'behind', true],
    ['已完成', 'completed', false],
    ['已完成', 'exceeded', false],
    ['超额完成', 'completed', false],
    ['已完成', 'not-met', true],
    ['滞后', 'on-track', false],
    ['滞后', 'ahead', true],
    ['滞后', 'completed', true],
    ['滞后', 'behind', false],
    ['未开工', 'behind', true],
    ['未开工', 'not-started', false],
    ['未完成', 'completed', true],
    ['未完成', 'not-met', false],
    ['部分完成', 'completed', true],
    ['部分完成', 'behind', false],
    ['常态化推进', 'behind', false],
    ['常态化推进', 'completed', false],
  ] as const)('%s against %s → %s', (word, computed, disagrees) => {
    const result = disagreementOf(target(computed, word));
    expect(result !== null).toBe(disagrees);
    if (result) expect(result).toEqual({ word, reported: statusOfWord(index, word), computed });
  });

  it('reads a level that meets its target before the deadline (on-track) as met', () => {
    expect(disagreementOf(target('on-track', '已完成', { measure: 'level' }))).toBeNull();
    expect(disagreementOf(target('on-track', '未完成', { measure: 'level' }))).not.toBeNull();
    expect(disagreementOf(target('behind', '已完成', { measure: 'level' }))).not.toBeNull();
  });

  it('finds none without a word, for a word alone, or for figures that give no verdict', () => {
    expect(disagreementOf(target('behind', undefined))).toBeNull();
    expect(disagreementOf(target('completed', '已完成', { value: undefined, basis: 'word' }))).toBeNull();
    expect(disagreementOf(target('unassessed', '已完成'))).toBeNull();
    expect(disagreementOf(target('no-data', '已完成', { value: undefined }))).toBeNull();
    expect(disagreementOf({ measure: 'cumulative', assessment: { status: 'behind' } })).toBeNull();
  });

  it('covers every status a word can stand for', () => {
    expect(Object.keys(CONTRADICTED_BY).sort()).toEqual([...REPORTABLE_STATUSES].sort());
  });
});

describe('withReportedWord: a word with no figure', () => {
  it('takes the word’s status, marked as resting on the word alone', () => {
    expect(withReportedWord({ status: 'no-data', latest: { reportedAs: 'completed' } })).toEqual({ status: 'completed', latest: { reportedAs: 'completed' }, basis: 'word' });
  });
  it('keeps the figures’ status when there is a figure, or no word', () => {
    expect(withReportedWord({ status: 'behind', latest: { value: 3, reportedAs: 'on-track' } }).basis).toBe('figures');
    expect(withReportedWord({ status: 'behind', latest: { value: 3, reportedAs: 'on-track' } }).status).toBe('behind');
    expect(withReportedWord({ status: 'no-data', latest: {} })).toEqual({ status: 'no-data', latest: {}, basis: 'figures' });
    expect(withReportedWord({ status: 'ongoing', latest: { reportedAs: 'ongoing' } }).basis).toBe('figures');
  });
});

describe('the site model and open data with the source’s words and rates', () => {
  const root = mkdtempSync(join(tmpdir(), 'reported-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(BASE_CONTENT, root, { recursive: true });
  cpSync(join(ROOT, 'content', 'status-words.json'), join(root, 'status-words.json'));
  const june = JSON.parse(readFileSync(join(BASE_CONTENT, 'progress', '2024-06-30.json'), 'utf8'));
  // 40 of 100 by June 30 is behind schedule (49.7%), yet the source says 按序时推进.
  june.entries[0] = { target: 'sample-points', value: 40, reportedStatus: '按序时推进' };
  june.entries[1] = { target: 'sample-coverage', reportedStatus: '已完成' };
  june.summary = { total: 2, counts: [{ word: '按序时推进', count: 1 }, { word: '已完成', count: 1 }] };
  writeFileSync(join(root, 'progress', '2024-06-30.json'), JSON.stringify(june));
  writeFileSync(join(root, 'progress', '2024-07-31.json'), JSON.stringify({ ...june, asOf: '2024-07-31', published: '2024-08-05', summary: undefined, entries: [{ target: 'sample-points', reportedRate: 70.5, reportedStatus: '超序时' }] }));

  it('passes the check', () => {
    const problems = validateContent(readContent(root), '2024-11-29');
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('flags the word that contradicts the figures, and counts it on the report', () => {
    const site = loadModel(root, '2024-06-30');
    const target = site.plans[0].targets.find((t) => t.id === 'sample-points')!;
    expect(target.assessment.status).toBe('behind');
    expect(target.disagreement).toEqual({ word: '按序时推进', reported: 'on-track', computed: 'behind' });
    expect(site.plans[0].disagreements.map((t) => t.id)).toEqual(['sample-points']);
    const [changes] = reportChanges(site.plans[0]);
    expect(changes.disagreements.map((c) => c.target.id)).toEqual(['sample-points']);
    expect(changes.statusCounts.find((row) => row.status === 'behind')?.count).toBe(1);
  });

  it('takes a word alone as the status, resting on the word, with no figure and no chart', () => {
    const site = loadModel(root, '2024-06-30');
    const target = site.plans[0].targets.find((t) => t.id === 'sample-coverage')!;
    expect(target.assessment).toMatchObject({ status: 'completed', basis: 'word', ratio: null });
    expect(target.disagreement).toBeNull();
    expect(progressSeries(target, '2024-01-01')).toBeNull();
    expect(readingText(target.assessment.latest, target, zhCN)).toBe('报告称已完成，未给出数字');
  });

  it('derives a figure from a rate alone, marks it, and judges the status from it', () => {
    const site = loadModel(root, '2024-07-31');
    const target = site.plans[0].targets.find((t) => t.id === 'sample-points')!;
    expect(target.assessment.latest).toMatchObject({ value: 71, derivedFromRate: true, reportedRate: 70.5 });
    expect(target.assessment.status).toBe('ahead');
    expect(target.disagreement).toBeNull();
    expect(readingText(target.assessment.latest, target, zhCN)).toBe('71个（由报告完成率70.5%推算）');
    const rows = valueRows(site.plans[0], site).filter((r) => r.target_id === 'sample-points' && r.county_id === null);
    expect(rows.map((r) => [r.as_of, r.value, r.reported_rate, r.value_from_rate, r.reported_status, r.reported_as])).toEqual([
      ['2024-06-30', 40, null, false, '按序时推进', 'on-track'],
      ['2024-07-31', 71, 70.5, true, '超序时', 'ahead'],
    ]);
  });
});
