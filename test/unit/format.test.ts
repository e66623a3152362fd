import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatDate, formatNumber, formatQuantity, formatShare } from '../../src/lib/format.ts';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [400, '400'],
    [4120, '4,120'],
    [9600, '9,600'],
    [13700, '1.37万'],
    [88900, '8.89万'],
    [124000, '12.4万'],
    [260000, '26万'],
    [12.5, '12.5'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatQuantity', () => {
  it.each([
    [3400, '名', '3,400名'],
    [13700, '户', '1.37万户'],
    [90, '%', '90%'],
  ])('%d %s → %s', (value, unit, text) => {
    expect(formatQuantity(value, unit)).toBe(text);
  });
});

describe('formatShare', () => {
  it.each([
    [0, '0%'],
    [0.004, '0.4%'],
    [182 / 366, '50%'],
    [0.46, '46%'],
    [1.12, '112%'],
  ])('%f → %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-06-30', '2024年6月30日'],
    ['2024-01-01', '2024年1月1日'],
  ])('%s → %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [7, '七'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
  ])('%d → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });
});
