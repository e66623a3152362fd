import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../src/lib/content-rules/index.ts';
import { parseChineseFigure } from '../../src/lib/content-rules/chinese-number.ts';
import { headingNumber } from '../../src/lib/content-rules/official-text.ts';
import { readContent } from '../../src/node/read-content.ts';
import { baseContentWriter } from '../helpers/fixtures.ts';
import { ACCEPTED, base, CASES, REPORT, TODAY } from '../helpers/gate-cases.ts';

/**
 * The publishing gate against what a careless admin or an attacker can commit: each case changes the
 * valid base fixture and must be refused with its file (and a line) named, never crash, and say why in
 * both languages. Run in-process through readContent + validateContent, the same as `npm run check`.
 */

const contentWith = baseContentWriter('gate-');

describe('the publishing gate', () => {
  it('holds at least 60 malformed cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('refuses $name, naming the file', ({ files, file, zh, en, line }) => {
    const problems = validateContent(readContent(contentWith(files)), TODAY);
    const match = problems.find((p) => p.file.endsWith(file) && p.zh.includes(zh) && p.en.includes(en));
    expect(match, `problems were:\n${formatProblems(problems)}`).toBeDefined();
    if (line !== false) expect(match?.line, formatProblems([match!])).toBeTypeOf('number');
    // Bilingual: the Chinese message has Chinese in it, the English one has none.
    expect(match!.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(ACCEPTED)('accepts %s', (_, files) => {
    const problems = validateContent(readContent(contentWith(files)), TODAY);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('reports a file that does not parse once, without unknown-id problems in other files', () => {
    const problems = validateContent(readContent(contentWith({ 'departments.json': '[{ "id": "lead-bureau", }]' })), TODAY);
    expect(problems.map((p) => p.file.split('/').at(-1))).toEqual(['departments.json']);
  });

  it('reports an unparsable plan once, without "unknown plan" in projects and reports', () => {
    const problems = validateContent(readContent(contentWith({ 'plans/2024.json': '{ "id": "2024", ' })), TODAY);
    expect(problems.filter((p) => /unknown plan/.test(p.en))).toEqual([]);
    expect(problems.filter((p) => p.file.endsWith('plans/2024.json'))).toHaveLength(1);
  });

  it('gives line and column of a JSON error', () => {
    const problems = validateContent(readContent(contentWith({ [REPORT]: base(REPORT).replace('"plan":', '"plan"：') })), TODAY);
    expect(problems[0]).toMatchObject({ line: 2 });
    expect(problems[0].en).toMatch(/line 2, column \d+: a full-width colon/);
  });
});

describe('parseChineseFigure', () => {
  it.each([
    ['100个', 100],
    ['1.37万户', 13700],
    ['约8.89万栋', 88900],
    ['约0.6万栋', 6000],
    ['不低于5万人', 50000],
    ['18000人以上', 18000],
    ['7.9万余名各族学生', 79000],
    ['12.4万人', 124000],
    ['90%以上', 90],
    ['100%覆盖', 100],
    ['动态清零', 0],
    ['不少于1000场次', 1000],
    ['3个百分点', 3],
    ['两个', 2],
    ['二十五所', 25],
    ['一百二十人', 120],
    ['3千人', 3000],
    ['1.5亿元', 150000000],
    ['１，３７７户', 1377],
    ['1,377户', 1377],
  ])('%s → %d', (written, value) => {
    expect(parseChineseFigure(written)?.value).toBe(value);
  });

  it('reads the qualifiers', () => {
    expect(parseChineseFigure('约8.89万栋')).toMatchObject({ approximate: true, atLeast: false });
    expect(parseChineseFigure('7.9万余名')).toMatchObject({ approximate: true });
    expect(parseChineseFigure('不少于1000场次')).toMatchObject({ atLeast: true, approximate: false });
    expect(parseChineseFigure('控制在5%以内')).toMatchObject({ atMost: true, unit: '%' });
    expect(parseChineseFigure('提高3个百分点')).toMatchObject({ value: 3, unit: '个百分点' });
    expect(parseChineseFigure('印发行动方案')).toBeUndefined();
  });
});

describe('headingNumber', () => {
  it.each([
    ['一、持续推进大气污染治理。', 1],
    ['十、开展数字便民利企行动', 10],
    ['（二）继续实施', undefined],
  ])('%s → %s', (heading, number) => {
    expect(headingNumber(heading)).toBe(number);
  });
});