import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFieldPath, formatProblems, validateContent } from '../../src/lib/content-rules/index.ts';
import { readContent } from '../../src/node/read-content.ts';
import { BASE_CONTENT, FIXTURES, brokenContent, overlaidContent } from '../helpers/fixtures.ts';

const TODAY = '2024-11-29';

/** Each broken fixture, the file and field it must be reported at, and words of its message in both languages. */
const CASES: { fixture: string; file: string; field: string; zh: string; en: string }[] = [
  { fixture: 'unknown-department', file: 'projects/2024/sample.mdx', field: 'subItems[0].lead[0]', zh: '未知的单位编号 lead-buraeu', en: 'unknown department id lead-buraeu' },
  { fixture: 'unknown-county', file: 'projects/2024/sample.mdx', field: 'subItems[0].counties[0]', zh: '未知的县市编号 county-c', en: 'unknown county id county-c' },
  { fixture: 'unknown-language', file: 'site.json', field: 'languages[2]', zh: '未知语言', en: 'unknown language' },
  { fixture: 'first-language-not-chinese', file: 'site.json', field: 'languages', zh: '第一种语言应为 zh-CN', en: 'the first language is zh-CN' },
  { fixture: 'plan-id-clashes-with-language', file: 'plans/en.json', field: 'id', zh: '方案编号 en 与网站的语言版本或栏目网址冲突', en: 'plan id en clashes with a language edition' },
  { fixture: 'unknown-plan', file: 'projects/2024/sample.mdx', field: 'plan', zh: '未知的方案编号 2023', en: 'unknown plan id 2023' },
  { fixture: 'duplicate-target-id', file: 'projects/2024/sample.mdx', field: 'subItems[0].targets[1].id', zh: '指标编号 sample-points 在方案 2024 中重复', en: 'duplicate target id sample-points' },
  { fixture: 'duplicate-project-id', file: 'projects/2024/sample.mdx', field: 'id', zh: '项目编号 sample 在方案 2024 中重复', en: 'duplicate project id sample' },
  { fixture: 'duplicate-department-id', file: 'departments.json', field: '[3].id', zh: '单位编号 lead-bureau 重复', en: 'duplicate department id lead-bureau' },
  { fixture: 'official-text-altered', file: 'projects/2024/sample.mdx', field: 'subItems[0].officialText', zh: '须逐字照录', en: 'word for word' },
  { fixture: 'malformed-frontmatter', file: 'projects/2024/sample.mdx', field: '', zh: 'frontmatter 的 YAML 格式错误', en: 'malformed YAML frontmatter' },
  { fixture: 'missing-frontmatter', file: 'projects/2024/sample.mdx', field: '', zh: '缺少 frontmatter', en: 'missing frontmatter' },
  { fixture: 'missing-target-value', file: 'projects/2024/sample.mdx', field: 'subItems[0].targets[0].value', zh: 'count 类指标需要目标值 value', en: 'a count target needs a value' },
  { fixture: 'unknown-target', file: 'progress/2024-06-30.json', field: 'entries[2].target', zh: '没有编号为 sample-plna 的指标', en: 'has no target with id sample-plna' },
  { fixture: 'milestone-given-number', file: 'progress/2024-06-30.json', field: 'entries[2].value', zh: '是里程碑，应填写 state', en: 'is a milestone: give a state' },
  { fixture: 'count-given-state', file: 'progress/2024-06-30.json', field: 'entries[0].state', zh: '不是里程碑，不填 state', en: 'is not a milestone' },
  { fixture: 'percentage-out-of-range', file: 'progress/2024-06-30.json', field: 'entries[1].value', zh: '百分比应在 0–100 之间', en: 'a percentage is within 0–100' },
  { fixture: 'negative-count', file: 'progress/2024-06-30.json', field: 'entries[0].value', zh: '数量不能为负数', en: 'a count cannot be negative' },
  { fixture: 'malformed-json', file: 'progress/2024-06-30.json', field: '', zh: 'JSON 格式错误', en: 'malformed JSON' },
  { fixture: 'duplicate-json-key', file: 'progress/2024-06-30.json', field: '', zh: '重复的键', en: 'duplicate key' },
  { fixture: 'missing-source', file: 'progress/2024-06-30.json', field: 'source', zh: '缺少必填字段 source', en: 'missing required field source' },
  { fixture: 'file-name-mismatch', file: 'progress/2024-06-30.json', field: 'asOf', zh: '文件名应为截至日期 2024-06-29.json', en: 'the file name must be the as-of date' },
  { fixture: 'as-of-outside-period', file: 'progress/2023-12-31.json', field: 'asOf', zh: '截至日期应在方案期间 2024-01-01 至 2024-12-31 内', en: 'must fall within the plan period' },
  { fixture: 'as-of-in-future', file: 'progress/2024-12-31.json', field: 'asOf', zh: '截至日期不能晚于今天（2024-11-29）', en: 'cannot be in the future' },
  { fixture: 'duplicate-entry', file: 'progress/2024-06-30.json', field: 'entries[2].target', zh: '在本报告中出现了两次', en: 'appears twice in this report' },
  { fixture: 'unknown-breakdown-county', file: 'progress/2024-06-30.json', field: 'entries[0].breakdown[0].county', zh: '未知的县市编号 county-z', en: 'unknown county id county-z' },
  { fixture: 'correction-of-missing-report', file: 'progress/2024-09-30.json', field: 'entries[1].corrects', zh: '没有截至 2024-03-31 的报告可供更正', en: 'there is no report as of 2024-03-31 to correct' },
  { fixture: 'bad-date', file: 'progress/2024-06-30.json', field: 'published', zh: 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  { fixture: 'search-term-not-in-plan', file: 'search-terms.json', field: 'terms[1].term', zh: '方案和项目文件里找不到“助餐服务点”', en: 'is not in the plan or any project file' },
  { fixture: 'search-equivalent-in-plan', file: 'search-terms.json', field: 'terms[0].equivalents[1]', zh: '“示例检查”本来就出现在方案或项目文件里', en: 'already appears in the plan or a project file' },
  { fixture: 'search-word-twice', file: 'search-terms.json', field: 'terms[1].equivalents[1]', zh: '“样板点”已在 terms[0].equivalents[0] 列出', en: 'each word may appear once' },
  { fixture: 'search-terms-no-equivalents', file: 'search-terms.json', field: 'terms[0].equivalents', zh: '至少写一个日常说法', en: 'at least one everyday word is expected' },
  { fixture: 'mdx-script', file: 'projects/2024/sample.mdx', field: '(MDX)', zh: '不允许 <script> 脚本', en: '<script> is not allowed' },
  { fixture: 'mdx-event-handler', file: 'projects/2024/sample.mdx', field: '(MDX)', zh: '不允许 onclick= 等事件属性', en: 'on*= event handler' },
  { fixture: 'mdx-javascript-url', file: 'projects/2024/sample.mdx', field: '(MDX)', zh: '不允许 javascript: 链接', en: 'javascript: URLs' },
  { fixture: 'mdx-data-url', file: 'projects/2024/sample.mdx', field: '(MDX)', zh: '不允许 data: 链接或图片', en: 'data: URLs' },
  { fixture: 'mdx-iframe', file: 'projects/2024/sample.mdx', field: '(MDX)', zh: '不允许 <iframe>', en: 'raw <iframe>' },
  { fixture: 'mdx-import', file: 'projects/2024/sample.mdx', field: '(MDX)', zh: '不允许 import/export 语句', en: 'import/export statements' },
  { fixture: 'mdx-expression', file: 'projects/2024/sample.mdx', field: '(MDX)', zh: '不允许 { } 表达式', en: '{ } expressions are not allowed' },
];

describe('content rules', () => {
  it('accept the valid base fixture', () => {
    expect(validateContent(readContent(BASE_CONTENT), TODAY)).toEqual([]);
  });

  it('have a case in this table for every broken fixture on disk', () => {
    const onDisk = readdirSync(join(FIXTURES, 'broken')).sort();
    expect(CASES.map((c) => c.fixture).sort()).toEqual(onDisk);
  });

  it.each(CASES)('reject $fixture at $file $field', ({ fixture, file, field, zh, en }) => {
    const problems = validateContent(readContent(brokenContent(fixture)), TODAY);
    const match = problems.find((p) => p.file.endsWith(file) && p.field === field && p.zh.includes(zh) && p.en.includes(en));
    expect(match, `problems were:\n${formatProblems(problems)}`).toBeDefined();
  });

  it('refuse the placeholder right-to-left locale in real (non-synthetic) content', () => {
    const content = readContent(overlaidContent('rtl-locale'));
    expect(validateContent(content, TODAY)).toEqual([]);
    const problems = validateContent({ ...content, synthetic: false }, TODAY);
    expect(problems.map((p) => `${p.field} ${p.en}`)).toEqual([expect.stringMatching(/^languages\[2\] qaa is a placeholder test locale/)]);
  });

  it('name the line of the field in the file', () => {
    const [problem] = validateContent(readContent(brokenContent('unknown-department')), TODAY);
    expect(problem.line).toBe(17); // the line of `lead: [lead-buraeu]`
  });

  it('name the line of an unsafe MDX body', () => {
    const [problem] = validateContent(readContent(brokenContent('mdx-script')), TODAY);
    expect([problem.line, problem.found]).toEqual([46, '"<script>alert(1)</script>"']);
  });

  it('show the value found', () => {
    const problems = validateContent(readContent(brokenContent('percentage-out-of-range')), TODAY);
    expect(problems.find((p) => p.field === 'entries[1].value')?.found).toBe('120');
  });

  it('report every problem of a file at once, even when its shape is wrong too', () => {
    const root = brokenContent('unknown-department');
    const content = readContent(root);
    const project = content.projects[0].data as { subItems: { counties: string[]; targets: { value?: unknown }[] }[] };
    project.subItems[0].counties = ['nowhere'];
    project.subItems[0].targets[0].value = -1;
    const fields = validateContent(content, TODAY).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['subItems[0].lead[0]', 'subItems[0].counties[0]', 'subItems[0].targets[0].value']));
  });
});

describe('formatFieldPath', () => {
  it.each([
    [[], ''],
    [['plan'], 'plan'],
    [['subItems', 0, 'targets', 2, 'value'], 'subItems[0].targets[2].value'],
    [[3, 'id'], '[3].id'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatFieldPath(path)).toBe(text);
  });
});
