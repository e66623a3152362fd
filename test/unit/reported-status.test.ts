import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureFromRate, rateAgreesWithValue, statusOfWord, statusWordIndex } from '../../src/lib/reported-status.ts';
import { StatusWordsSchema } from '../../src/schemas/status-word.ts';
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
    [33.3, 3, 0.999],
  ])('%s%% of %s is %s', (rate, target, figure) => {
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
  ])('figure %s, rate %s%%, target %s → %s', (value, rate, target, agrees) => {
    expect(rateAgreesWithValue(value, rate, target)).toBe(agrees);
  });
});
