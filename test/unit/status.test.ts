import { describe, expect, it } from 'vitest';
import {
  assessTarget,
  expectedShare,
  progressRatio,
  projectStatus,
  type Reading,
  type Status,
  type TargetRule,
} from '../../src/lib/model/status.ts';

const YEAR = { start: '2024-01-01', deadline: '2024-12-31' };
const count = (value: number, extra: Partial<TargetRule> = {}): TargetRule => ({
  kind: 'count',
  value,
  comparator: 'stated',
  direction: 'higher',
  measure: 'cumulative',
  ...YEAR,
  ...extra,
});
const at = (asOf: string, value: number): Reading => ({ asOf, value });
const milestone: TargetRule = { ...YEAR, kind: 'milestone', direction: 'higher', measure: 'cumulative' };
const ongoing: TargetRule = { ...YEAR, kind: 'ongoing', direction: 'higher', measure: 'cumulative' };

describe('expectedShare (序时进度)', () => {
  it.each([
    ['2023-12-31', 0],
    ['2024-01-01', 1 / 366],
    ['2024-06-30', 182 / 366],
    ['2024-12-31', 1],
    ['2025-03-01', 1],
  ])('at %s is %f', (asOf, share) => {
    expect(expectedShare(YEAR.start, YEAR.deadline, asOf)).toBeCloseTo(share, 6);
  });
});

describe('progressRatio', () => {
  it.each([
    { target: 3400, direction: 'higher', value: 1700, baseline: undefined, ratio: 0.5 },
    { target: 100, direction: 'higher', value: 130, baseline: undefined, ratio: 1.3 },
    { target: 0, direction: 'lower', value: 0, baseline: undefined, ratio: 1 },
    { target: 0, direction: 'lower', value: 5, baseline: undefined, ratio: null },
    { target: 0, direction: 'lower', value: 5, baseline: 20, ratio: 0.75 },
    { target: 0, direction: 'lower', value: 30, baseline: 20, ratio: 0 },
    { target: 35, direction: 'lower', value: 40, baseline: 45, ratio: 0.5 },
  ] as const)('$value toward $target ($direction, baseline $baseline) is $ratio', ({ target, direction, value, baseline, ratio }) => {
    expect(progressRatio(target, direction, value, baseline)).toBe(ratio);
  });
});

/** Target, readings, evaluation date → expected status. */
const STATUS_CASES: { name: string; rule: TargetRule; readings: Reading[]; date: string; status: Status }[] = [
  { name: 'no report at all', rule: count(3400), readings: [], date: '2024-06-30', status: 'no-data' },
  { name: 'a report after the evaluation date is not yet known', rule: count(3400), readings: [at('2024-09-30', 3000)], date: '2024-06-30', status: 'no-data' },
  { name: 'zero done mid-year', rule: count(3400), readings: [at('2024-06-30', 0)], date: '2024-07-01', status: 'not-started' },
  { name: 'on schedule within tolerance', rule: count(1000), readings: [at('2024-06-30', 470)], date: '2024-07-01', status: 'on-track' },
  { name: 'ahead of schedule', rule: count(1000), readings: [at('2024-06-30', 600)], date: '2024-07-01', status: 'ahead' },
  { name: 'behind schedule', rule: count(1000), readings: [at('2024-06-30', 400)], date: '2024-07-01', status: 'behind' },
  { name: 'reached before the deadline', rule: count(10), readings: [at('2024-10-31', 10)], date: '2024-11-01', status: 'completed' },
  { name: 'exceeded', rule: count(1000, { comparator: 'at-least' }), readings: [at('2024-12-31', 1120)], date: '2025-01-10', status: 'exceeded' },
  { name: 'about: within 5% counts as done, never exceeded', rule: count(88900, { comparator: 'about' }), readings: [at('2024-12-31', 85000)], date: '2025-01-10', status: 'completed' },
  { name: 'about: more than 5% short at the deadline', rule: count(88900, { comparator: 'about' }), readings: [at('2024-12-31', 80000)], date: '2025-01-10', status: 'not-met' },
  { name: 'a report after the deadline, still short', rule: count(882), readings: [at('2025-01-15', 850)], date: '2025-02-01', status: 'not-met' },
  {
    name: 'a figure revised downward: the latest report decides',
    rule: count(1000),
    readings: [at('2024-06-30', 600), at('2024-07-31', 450)],
    date: '2024-08-01',
    status: 'behind',
  },
  {
    name: 'zero target (动态清零) met',
    rule: count(0, { comparator: 'zero', direction: 'lower', measure: 'level' }),
    readings: [at('2024-06-30', 0)],
    date: '2024-07-01',
    status: 'on-track',
  },
  {
    name: 'zero target (动态清零) not yet met mid-year',
    rule: count(0, { comparator: 'zero', direction: 'lower', measure: 'level' }),
    readings: [at('2024-06-30', 3)],
    date: '2024-07-01',
    status: 'behind',
  },
  {
    name: 'zero target met at the deadline',
    rule: count(0, { comparator: 'zero', direction: 'lower', measure: 'level' }),
    readings: [at('2024-12-31', 0)],
    date: '2025-01-10',
    status: 'completed',
  },
  {
    name: 'lower is better, cumulative, with a baseline, on schedule',
    rule: count(35, { direction: 'lower', comparator: 'stated', baseline: { value: 45 } }),
    readings: [at('2024-06-30', 40)],
    date: '2024-07-01',
    status: 'on-track',
  },
  {
    name: 'lower is better without a baseline cannot be measured mid-year',
    rule: count(35, { direction: 'lower', comparator: 'stated' }),
    readings: [at('2024-06-30', 40)],
    date: '2024-07-01',
    status: 'unassessed',
  },
  {
    name: 'a rate (level) meeting its target before the deadline',
    rule: { ...count(90, { comparator: 'at-least', measure: 'level' }), kind: 'percentage' },
    readings: [at('2024-09-30', 91)],
    date: '2024-10-01',
    status: 'on-track',
  },
  {
    name: 'full coverage reached',
    rule: { ...count(100, { comparator: 'full-coverage' }), kind: 'percentage' },
    readings: [at('2024-11-30', 100)],
    date: '2024-12-01',
    status: 'completed',
  },
  { name: 'milestone met', rule: milestone, readings: [{ asOf: '2024-05-31', state: 'met' }], date: '2024-06-01', status: 'completed' },
  { name: 'milestone partially met', rule: milestone, readings: [{ asOf: '2024-05-31', state: 'partially-met' }], date: '2024-06-01', status: 'partially-met' },
  { name: 'milestone planned', rule: milestone, readings: [{ asOf: '2024-05-31', state: 'planned' }], date: '2024-06-01', status: 'planned' },
  { name: 'milestone still planned at the deadline', rule: milestone, readings: [{ asOf: '2024-12-31', state: 'planned' }], date: '2025-01-05', status: 'not-met' },
  { name: 'milestone reported not met', rule: milestone, readings: [{ asOf: '2024-12-31', state: 'not-met' }], date: '2025-01-05', status: 'not-met' },
  { name: 'ongoing duty with a report', rule: ongoing, readings: [{ asOf: '2024-06-30' }], date: '2024-07-01', status: 'ongoing' },
  { name: 'ongoing duty without a report', rule: ongoing, readings: [], date: '2024-07-01', status: 'no-data' },
  {
    name: 'external target without the set figure',
    rule: { ...YEAR, kind: 'external', direction: 'lower', measure: 'level' },
    readings: [at('2024-12-31', 38)],
    date: '2025-01-05',
    status: 'unassessed',
  },
  {
    name: 'external target with the set figure, met',
    rule: { ...YEAR, kind: 'external', direction: 'lower', measure: 'level' },
    readings: [{ asOf: '2024-12-31', value: 38, setValue: 40 }],
    date: '2025-01-05',
    status: 'completed',
  },
];

describe('assessTarget', () => {
  it.each(STATUS_CASES)('$name → $status', ({ rule, readings, date, status }) => {
    expect(assessTarget(rule, readings, date).status).toBe(status);
  });

  it('gives ratio and expected share at the latest reading’s date, not the evaluation date', () => {
    const result = assessTarget(count(1000), [at('2024-03-31', 100), at('2024-06-30', 470)], '2024-09-01');
    expect(result.latest?.asOf).toBe('2024-06-30');
    expect(result.ratio).toBeCloseTo(0.47);
    expect(result.expected).toBeCloseTo(182 / 366);
  });
});

describe('projectStatus', () => {
  it.each([
    { statuses: [], status: 'no-data' },
    { statuses: ['no-data', 'no-data'], status: 'no-data' },
    { statuses: ['completed', 'exceeded'], status: 'completed' },
    { statuses: ['exceeded', 'exceeded'], status: 'exceeded' },
    { statuses: ['completed', 'no-data'], status: 'partially-met' },
    { statuses: ['ahead', 'on-track', 'no-data'], status: 'on-track' },
    { statuses: ['ahead', 'behind', 'completed'], status: 'behind' },
    { statuses: ['behind', 'not-met'], status: 'not-met' },
    { statuses: ['ongoing', 'completed'], status: 'ongoing' },
  ] as { statuses: Status[]; status: Status }[])('$statuses → $status', ({ statuses, status }) => {
    expect(projectStatus(statuses)).toBe(status);
  });
});
