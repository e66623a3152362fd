import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  dateOfCell,
  entriesFromWorkbooks,
  keyOfHeader,
  parseFigureCell,
  sourceFromWorkbooks,
  type CellValue,
  type ImportTarget,
  type SheetCell,
  type WorkbookData,
} from '../../src/lib/intake/report-sheet.ts';
import { formatProblems } from '../../src/lib/content-rules/problems.ts';
import { slotFields } from '../../src/lib/intake/report-slots.ts';
import type { TargetKind } from '../../src/schemas/target.ts';

const cell = (value: CellValue, extra: Partial<SheetCell> = {}): SheetCell => ({ address: 'K7', value, ...extra });

describe('parseFigureCell', () => {
  it.each<[string, CellValue, number | 'empty', Partial<SheetCell>?]>([
    ['a number', 1800, 1800],
    ['a decimal', 38.5, 38.5],
    ['zero', 0, 0],
    ['a plain figure stored as text (CSV)', ' 1800 ', 1800],
    ['a percent-formatted cell', 0.955, 95.5, { percent: true }],
    ['an empty cell', null, 'empty'],
    ['a blank text', '  ', 'empty'],
  ])('reads %s', (_, value, expected, extra) => {
    const result = parseFigureCell(cell(value, extra));
    expect(result).toEqual(expected === 'empty' ? { empty: true } : { value: expected });
  });

  it.each<[string, CellValue, RegExp, string | undefined]>([
    ['an approximation', '约1800', /确切数字/, '1800'],
    ['“over”', '1800以上', /确切数字/, '1800'],
    ['a thousands separator', '1,800', /千位分隔符/, '1800'],
    ['full-width digits', '１８００', /全角/, '1800'],
    ['万', '1.8万', /万/, '18000'],
    ['a % sign', '95%', /%/, '95'],
    ['a negative figure', '-3', /负数/, undefined],
    ['words', '已完成', /应填数字/, undefined],
    ['a date', new Date(Date.UTC(2024, 5, 30)), /日期/, undefined],
    ['a formula error', { error: '#VALUE!' }, /#VALUE!/, undefined],
    ['TRUE', true, /是\/否/, undefined],
  ])('refuses %s, saying what to write', (_, value, zh, suggestion) => {
    const result = parseFigureCell(cell(value));
    expect('refusal' in result).toBe(true);
    if (!('refusal' in result)) return;
    expect(result.refusal.zh).toMatch(zh);
    expect(result.refusal.en).toMatch(/[a-z]/);
    if (suggestion) expect(`${result.refusal.hint?.zh}`).toContain(suggestion);
  });
});

describe('sheet helpers', () => {
  it.each([
    ['本期数字（累计）\nvalue', 'value'],
    ['指标编号（勿改）\ntarget_id', 'target_id'],
    ['伊宁市\ncounty:yining-city', 'county:yining-city'],
    ['target_id', 'target_id'],
    ['指标', undefined],
  ])('keyOfHeader(%j) is %j', (text, key) => expect(keyOfHeader(text)).toBe(key));

  it.each([
    [1, 'A'],
    [11, 'K'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('columnLetter(%i) is %s', (n, letters) => expect(columnLetter(n)).toBe(letters));

  it.each<[CellValue, string | undefined]>([
    [new Date(Date.UTC(2024, 6, 8)), '2024-07-08'],
    ['2024-07-08', '2024-07-08'],
    ['2024/7/8', '2024-07-08'],
    ['2024年7月8日', '2024-07-08'],
    ['七月八日', undefined],
    [45481, undefined],
  ])('dateOfCell(%j) is %j', (value, iso) => expect(dateOfCell(cell(value))).toBe(iso));
});

/** A target of the given kind, as the import sees it. */
function importTarget(id: string, kind: TargetKind, order: number, countyIds: string[] = []): ImportTarget {
  const target = { id, label: `指标${id}`, kind, unit: kind === 'percentage' ? '%' : '个', countyIds, direction: 'higher' as const, value: kind === 'count' ? 100 : kind === 'percentage' ? 90 : undefined };
  return { target, fields: slotFields(target), order };
}

const TARGETS = new Map(
  [importTarget('points', 'count', 0, ['county-a', 'county-b']), importTarget('coverage', 'percentage', 1), importTarget('plan', 'milestone', 2), importTarget('duty', 'ongoing', 3)].map((t) => [t.target.id, t]),
);
const WORDS = [
  { word: '按序时推进', status: 'on-track' as const },
  { word: '已完成', status: 'completed' as const },
];

/** A one-sheet workbook whose rows are given as { key: value } with the target id first. */
function workbook(name: string, sheet: string, rows: Record<string, CellValue>[], meta: Record<string, CellValue> = {}): WorkbookData {
  return {
    name,
    tables: [
      {
        sheet,
        rows: rows.map((values, i) => ({
          number: i + 2,
          cells: new Map(Object.entries(values).map(([key, value], c) => [key, { address: `${columnLetter(c + 1)}${i + 2}`, value }])),
        })),
      },
    ],
    meta: new Map(Object.entries(meta).map(([key, value], i) => [key, { sheet: '填表说明', address: `C${i + 4}`, value }])),
  };
}

describe('entriesFromWorkbooks', () => {
  it('maps filled rows to entries in plan order and skips empty rows', () => {
    const result = entriesFromWorkbooks(
      [
        workbook('a.xlsx', '州民政局', [
          { target_id: 'plan', label: '指标plan', state: '已完成', note: '已印发' },
          { target_id: 'points', label: '指标points', value: 40, reported_rate: null, reported_status: '按序时推进', 'county:county-a': 30, 'county:county-b': '10' },
          { target_id: 'coverage', label: '指标coverage', value: null, note: '  ' },
        ]),
        workbook('b.csv', 'b', [{ target_id: 'duty', note: '开展检查12次' }]),
      ],
      TARGETS,
      WORDS,
      '2024',
    );
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([
      { target: 'points', value: 40, reportedStatus: '按序时推进', breakdown: [{ county: 'county-a', value: 30 }, { county: 'county-b', value: 10 }] },
      { target: 'plan', state: 'met', note: '已印发' },
      { target: 'duty', note: '开展检查12次' },
    ]);
    expect(result.origins[0]).toMatchObject({ workbook: 'a.xlsx', sheet: '州民政局', row: 3, cells: { value: 'C3', 'breakdown[1]': 'G3' } });
  });

  it('names workbook, sheet and cell of every bad cell, in Chinese and English', () => {
    const result = entriesFromWorkbooks(
      [
        workbook('州卫生健康委.xlsx', '州卫生健康委', [
          { target_id: 'points', label: '指标points', value: '约1800' },
          { target_id: 'plan', label: '指标plan', state: '差不多了' },
          { target_id: 'coverage', label: '指标coverage', value: 120 },
          { target_id: 'duty', label: '指标duty', reported_status: '稳步推进' },
        ]),
      ],
      TARGETS,
      WORDS,
      '2024',
    );
    const places = result.problems.map((p) => `${p.file} › ${p.sheet}!${p.cell}`);
    expect(places).toEqual(['州卫生健康委.xlsx › 州卫生健康委!C2', '州卫生健康委.xlsx › 州卫生健康委!C3', '州卫生健康委.xlsx › 州卫生健康委!C4', '州卫生健康委.xlsx › 州卫生健康委!C5']);
    expect(result.problems[1].zh).toContain('计划中、已完成、部分完成、未完成');
    expect(result.problems[3].zh).toContain('稳步推进');
    expect(result.problems[3].hint?.zh).toContain('content/status-words.json');
    expect(result.entries).toEqual([]);
    expect(formatProblems(result.problems)).toContain('✗ 州卫生健康委.xlsx › 州卫生健康委!C2\n    现值 found: "约1800"');
  });

  it('refuses a row whose target id was changed: unknown, or another target’s id', () => {
    const result = entriesFromWorkbooks(
      [
        workbook('a.xlsx', 'S', [
          { target_id: 'pointz', label: '指标points', value: 4 },
          { target_id: 'coverage', label: '指标points', value: 4 },
        ]),
      ],
      TARGETS,
      WORDS,
      '2024',
    );
    expect(result.problems.map((p) => p.cell)).toEqual(['A2', 'A3']);
    expect(result.problems[0].en).toContain('target id was changed');
    expect(result.problems[0].hint?.en).toContain('points');
    expect(result.problems[1].en).toContain('“指标coverage”');
    expect(result.entries).toEqual([]);
  });

  it('refuses a field the target does not take (a state for a count, an unnamed county)', () => {
    const result = entriesFromWorkbooks([workbook('a.xlsx', 'S', [{ target_id: 'points', label: '指标points', state: '已完成', 'county:county-z': 3 }, { target_id: 'plan', value: 1 }])], TARGETS, WORDS, '2024');
    expect(result.problems.map((p) => p.cell)).toEqual(['C2', 'D2', 'B3']);
    expect(result.problems[2].hint?.zh).toContain('里程碑状态');
  });

  it('merges a target given twice alike, and refuses it given twice differently, naming both places', () => {
    const same = entriesFromWorkbooks([workbook('a.xlsx', 'A', [{ target_id: 'points', value: 40 }]), workbook('b.xlsx', 'B', [{ target_id: 'points', value: 40 }])], TARGETS, WORDS, '2024');
    expect(same.problems).toEqual([]);
    expect(same.entries).toEqual([{ target: 'points', value: 40 }]);
    const different = entriesFromWorkbooks([workbook('a.xlsx', 'A', [{ target_id: 'points', value: 40 }]), workbook('b.xlsx', 'B', [{ target_id: 'points', value: 41 }])], TARGETS, WORDS, '2024');
    expect(different.problems).toHaveLength(1);
    expect(different.problems[0]).toMatchObject({ file: 'b.xlsx', sheet: 'B', cell: 'A2' });
    expect(different.problems[0].zh).toContain('a.xlsx › A 第 2 行');
    expect(different.problems[0].hint?.zh).toContain('"value":40');
    expect(different.problems[0].hint?.zh).toContain('"value":41');
  });

  it('refuses figures in a row with no target id', () => {
    const result = entriesFromWorkbooks([workbook('a.xlsx', 'S', [{ target_id: null, value: 3 }])], TARGETS, WORDS, '2024');
    expect(result.problems[0]).toMatchObject({ cell: 'B2' });
    expect(result.problems[0].en).toContain('target id is empty');
  });
});

describe('sourceFromWorkbooks', () => {
  const meta = { source_title: '通报', source_issuer: '州民政局', source_date: new Date(Date.UTC(2024, 6, 8)), source_url: 'https://example.org/a' };

  it('takes the fields from the instructions sheet; flags win', () => {
    const { source, problems } = sourceFromWorkbooks([workbook('a.xlsx', 'S', [], meta)], { title: '另一个标题' });
    expect(problems).toEqual([]);
    expect(source).toEqual({ title: '另一个标题', issuer: '州民政局', date: '2024-07-08', url: 'https://example.org/a' });
  });

  it('refuses workbooks that disagree, and a date that is not one, naming the cells', () => {
    const { problems } = sourceFromWorkbooks([workbook('a.xlsx', 'S', [], meta), workbook('b.xlsx', 'S', [], { ...meta, source_issuer: '州财政局', source_date: '上周' })], {});
    expect(problems.map((p) => `${p.file}!${p.cell}`)).toEqual(['b.xlsx!C5', 'b.xlsx!C6']);
    expect(problems[0].zh).toContain('a.xlsx › 填表说明!C5');
    expect(problems[0].hint?.en).toContain('--source-issuer');
    expect(problems[1].en).toContain('YYYY-MM-DD');
  });
});
