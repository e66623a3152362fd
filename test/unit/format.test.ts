import { describe, expect, it } from 'vitest';
import { chineseRuns, originalParts } from '../../src/lib/web/text-parts.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { pseudoRtl } from '../../src/i18n/rtl-test.ts';
import { chineseNumeral, zhCN } from '../../src/i18n/zh-CN.ts';
import { en } from '../../src/i18n/en.ts';
import { fillTemplate, formatDate, formatNumber, formatQuantity, formatShare, subItemNumber, unitName } from '../../src/lib/web/format.ts';
import { statedFigure, targetGoal } from '../../src/lib/web/target-text.ts';

describe('formatNumber', () => {
  it.each([
    [0, '0', '0'],
    [400, '400', '400'],
    [4120, '4,120', '4,120'],
    [9600, '9,600', '9,600'],
    [13700, '1.37万', '13,700'],
    [88900, '8.89万', '88,900'],
    [124000, '12.4万', '124,000'],
    [260000, '26万', '260,000'],
    [12.5, '12.5', '12.5'],
  ])('%d → %s in Chinese, %s in English', (value, zh, english) => {
    expect(formatNumber(value, zhCN)).toBe(zh);
    expect(formatNumber(value, en)).toBe(english);
  });
});

describe('formatQuantity', () => {
  it.each([
    [3400, '名', '3,400名', '3,400 people'],
    [13700, '户', '1.37万户', '13,700 households'],
    [90, '%', '90%', '90%'],
    [100, '㎡', '100㎡', '100 m²'],
    [5, '某单位', '5某单位', '5 某单位'],
  ])('%d %s → %s / %s', (value, unit, zh, english) => {
    expect(formatQuantity(value, unit, zhCN)).toBe(zh);
    expect(formatQuantity(value, unit, en)).toBe(english);
  });

  it('names units in the language and keeps an unknown unit as written', () => {
    expect(unitName('公里', en)).toBe('km');
    expect(unitName('公里', zhCN)).toBe('公里');
    expect(unitName('某单位', en)).toBe('某单位');
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
    expect(formatShare(share, zhCN)).toBe(text);
    expect(formatShare(share, en)).toBe(text);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-06-30', '2024年6月30日', 'June 30, 2024'],
    ['2024-01-01', '2024年1月1日', 'January 1, 2024'],
  ])('%s → %s / %s', (iso, zh, english) => {
    expect(formatDate(iso, zhCN)).toBe(zh);
    expect(formatDate(iso, en)).toBe(english);
  });
});

describe('numbering', () => {
  it.each([
    [1, '一'],
    [7, '七'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
  ])('chineseNumeral(%d) → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('numbers projects and sub-items the way each language does', () => {
    expect(zhCN.punct.projectNumber(7)).toBe('七、');
    expect(en.punct.projectNumber(7)).toBe('7. ');
    expect(subItemNumber('二', zhCN)).toBe('（二）');
    expect(subItemNumber('二', en)).toBe('(2)');
  });
});

describe('goals', () => {
  const households = { id: 'x', label: 'x', kind: 'count', value: 13700, unit: '户', comparator: 'at-least', written: '1.37万户', direction: 'higher', measure: 'cumulative' } as const;

  it('keeps the plan’s wording in Chinese and formats the figure in English', () => {
    expect(targetGoal(households, zhCN)).toBe('1.37万户');
    expect(targetGoal(households, en)).toBe('at least 13,700 households');
    expect(targetGoal({ ...households, comparator: 'about', written: '约1.37万户' }, en)).toBe('about 13,700 households');
  });

  it('states figures with “about” where the plan gives them as approximate', () => {
    expect(statedFigure({ value: 79000, unit: '名', written: '7.9万余名', approximate: true }, en)).toBe('about 79,000 people');
    expect(statedFigure({ value: 79000, unit: '名', written: '7.9万余名', approximate: true }, zhCN)).toBe('7.9万余名');
  });
});

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillTemplate('找到 {n} 条与“{q}”相关的结果', { n: 3, q: '涂氟' })).toBe('找到 3 条与“涂氟”相关的结果');
    expect(fillTemplate('{n} of {m}', { n: 1 })).toBe('1 of {m}');
  });
});

describe('the right-to-left test locale', () => {
  it('is placeholder text: English letters in Arabic script, placeholders and names kept', () => {
    expect(pseudoRtl('Found {n} results')).toBe('فوۇند {n} رەسۇلتس');
    expect(DICTIONARIES.qaa.dir).toBe('rtl');
    expect(DICTIONARIES.qaa.language.placeholder).toMatch(/placeholder/);
    expect(DICTIONARIES.qaa.search.results).toContain('{n}');
  });
});

describe('the right-to-left test locale’s functions', () => {
  it('change only their own words, never what they are given', () => {
    const { qaa } = DICTIONARIES;
    expect(qaa.punct.labelled('targets.csv', 'Sample')).toBe('targets.csv: Sample');
    expect(qaa.plan.targetCount(3)).toBe(pseudoRtl(en.plan.targetCount(3)));
    expect(qaa.target.setBy('the Region')).toContain('the Region');
  });
});

describe('marking the content’s own words in another edition’s text', () => {
  it.each([
    ['an issuer inside a phrase', 'From July 15, 2024, approved by 州人民政府: ', ['州人民政府'], ['From July 15, 2024, approved by ', '[州人民政府]', ': ']],
    ['each occurrence, the longer word first, missing words ignored', '州卫健委 and 州卫健委办公室', ['州卫健委', '州卫健委办公室', undefined, ''], ['[州卫健委]', ' and ', '[州卫健委办公室]']],
    ['adjacent words as one run', 'Source: 通报（州政府）', ['通报', '（州政府）'], ['Source: ', '[通报（州政府）]']],
    ['a phrase without them', 'Report says nothing', ['已完成'], ['Report says nothing']],
  ])('originalParts: %s', (_, phrase, originals, expected) => {
    expect(originalParts(phrase, originals).map((p) => (p.original ? `[${p.text}]` : p.text))).toEqual(expected);
  });

  it.each([
    ['a quoted example', 'A target worded "about" (约) counts as met at 95%', ['A target worded "about" (', '[约]', ') counts as met at 95%']],
    ['figures inside a run, not at its edges', 'e.g. 2024年6月 or 3,400户', ['e.g. 2024', '[年6月]', ' or 3,400', '[户]']],
    ['a bilingual notice', '演示数据，非真实进度 — demo data', ['[演示数据，非真实进度]', ' — demo data']],
    ['no Chinese', 'plain text', ['plain text']],
  ])('chineseRuns: %s', (_, text, expected) => {
    expect(chineseRuns(text).map((p) => (p.original ? `[${p.text}]` : p.text))).toEqual(expected);
  });
});
