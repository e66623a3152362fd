import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_CONTENT } from './fixtures.ts';

/**
 * The gate corpus: edits of the valid base fixture (test/fixtures/content-base) that the publishing
 * gate must refuse (CASES) or accept (ACCEPTED). test/unit/gate-corpus.test.ts runs the check on each;
 * test/build/gate-corpus-build.test.ts builds the accepted ones and the config readers over the refused.
 */


/** The day the corpus is checked and built on. */
export const TODAY = '2024-11-29';
let gbkIndex: Map<string, number[]> | undefined;
/** The base fixture's project file. */
export const PROJECT = 'projects/2024/sample.mdx';
/** The base fixture's report. */
export const REPORT = 'progress/2024-06-30.json';
const VOCABULARY = 'status-words.json';
const WORDS = '[\n  { "word": "已完成", "status": "completed" },\n  { "word": "按序时推进", "status": "on-track" }\n]\n';
/** A file of the base fixture, as text. */
export const base = (path: string): string => readFileSync(join(BASE_CONTENT, path), 'utf8');
const mdxBody = (body: string): string => `${base(PROJECT).trimEnd()}\n\n${body}\n`;
const inFrontmatter = (from: string, to: string): string => base(PROJECT).replace(from, to);
const reportWith = (edit: (r: Record<string, any>) => void): string => {
  const report = JSON.parse(base(REPORT));
  edit(report);
  return JSON.stringify(report, null, 2);
};

/** A corpus file set that must be refused, and the problem that must name it. */
export interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  /** The file a problem must name (path under the content root). */
  file: string;
  /** Words of the Chinese and the English message. */
  zh: string;
  en: string;
  /** Whether the problem must give a line (every case does, but for files that have none, e.g. too large). */
  line?: false;
}

const mdx = (name: string, body: string, zh: string, en: string): Case => ({ name: `mdx: ${name}`, files: { [PROJECT]: mdxBody(body) }, file: PROJECT, zh, en });

/** Edits the gate must refuse, each naming its file. */
export const CASES: Case[] = [
  // 1. MDX bodies judged on the parsed tree, with allowlists.
  mdx('character reference in a link scheme', '[点我](jav&#x61;script:alert(1))', '不允许 javascript: 链接', 'javascript: URLs are not allowed'),
  mdx('decimal reference colon', '[点我](javascript&#58;alert(1))', '不允许 javascript:', 'javascript:'),
  mdx('named reference colon', '[点我](javascript&colon;alert(1))', '不允许 javascript:', 'javascript:'),
  mdx('tag attribute with a reference', '<a href="&#106;avascript:alert(1)">x</a>', '不允许 javascript:', 'javascript:'),
  mdx('URL split across lines in a tag', '<a href="java\nscript:alert(1)">x</a>', '不允许 javascript:', 'javascript:'),
  mdx('tab inside a scheme', '[x](<java\tscript:alert(1)>)', '不允许 javascript:', 'javascript:'),
  mdx('upper-case scheme', '[x](JAVASCRIPT:alert(1))', '不允许 javascript:', 'javascript:'),
  mdx('vbscript', '[x](vbscript:msgbox(1))', '不允许 vbscript:', 'vbscript:'),
  mdx('data image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', '不允许 data:', 'data:'),
  mdx('reference definition', '[x][r]\n\n[r]: javascript:alert(1)', '不允许 javascript:', 'javascript:'),
  mdx('file scheme', '[x](file:///etc/passwd)', '不允许 file:', 'file:'),
  mdx('meta refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example" />', '不允许 <meta> 元素', 'the <meta> element is not allowed'),
  mdx('base', '<base href="https://evil.example/" />', '不允许 <base> 元素', '<base>'),
  mdx('form', '<form action="https://evil.example"><input name="q" /></form>', '不允许 <form> 元素', '<form>'),
  mdx('svg', '<svg><a href="javascript:alert(1)">x</a></svg>', '不允许 <svg> 元素', '<svg>'),
  mdx('math', '<math><mi>x</mi></math>', '不允许 <math> 元素', '<math>'),
  mdx('style', '<style>body</style>', '不允许 <style> 元素', '<style>'),
  mdx('link', '<link rel="stylesheet" href="https://evil.example/x.css" />', '不允许 <link> 元素', '<link>'),
  mdx('script', '<script src="https://evil.example/x.js"></script>', '不允许 <script> 脚本', '<script> is not allowed'),
  mdx('upper-case iframe', '<IFRAME src="https://evil.example"></IFRAME>', '嵌入元素', 'raw <IFRAME>'),
  mdx('object', '<object data="x.swf"></object>', '嵌入元素', 'raw <object>'),
  mdx('event handler on an allowed element', '<abbr title="x" onMouseOver="alert(1)">x</abbr>', '事件属性', 'event handler'),
  mdx('style attribute', '<span style="position:fixed">x</span>', '不允许 style 属性', 'may not carry a style attribute'),
  mdx('attribute expression', '<a href={"javascript:alert(1)"}>x</a>', '不能是 { } 表达式', 'may not be a { } expression'),
  mdx('spread attribute', '<span {...{dangerouslySetInnerHTML: 1}}>x</span>', '展开属性', 'spread attributes'),
  mdx('text expression', '结果是 {1 + 1}', '不允许 { } 表达式', '{ } expressions are not allowed'),
  mdx('export', 'export const x = 1', '不允许 import/export', 'import/export statements'),
  mdx('import', 'import X from "https://evil.example/x.js"', '不允许 import/export', 'import/export statements'),
  mdx('fragment', '<>x</>', '不允许 <> 片段', '<> fragments'),
  mdx('custom component', '<Counter />', '不允许 <Counter> 元素', '<Counter>'),
  // 2. What MDX cannot compile is a check error, not a build crash.
  mdx('unclosed tag', '<sub>x', 'MDX 无法编译', 'MDX cannot compile'),
  mdx('HTML comment', '<!-- 备注 -->', 'MDX 无法编译', 'MDX cannot compile'),
  mdx('bare less-than before a letter', '人数<b 与 a>', 'MDX 无法编译', 'MDX cannot compile'),
  mdx('mismatched closing tag', '<sub>x</sup>', 'MDX 无法编译', 'MDX cannot compile'),
  // 3. No input produces a stack trace.
  mdx('deeply nested quotes', '> '.repeat(5000) + 'x', '嵌套过深', 'nested too deeply'),
  mdx('deeply nested elements', '<sub>'.repeat(300) + 'x' + '</sub>'.repeat(300), '嵌套过深', 'nested too deeply'),
  { name: 'YAML alias bomb', files: { [PROJECT]: inFrontmatter('plan: "2024"', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nplan: "2024"') }, file: PROJECT, zh: 'YAML 别名', en: 'YAML alias' },
  { name: 'deeply nested JSON', files: { [REPORT]: '['.repeat(100000) + ']'.repeat(100000) }, file: REPORT, zh: '嵌套层级超过', en: 'nested more than' },
  { name: 'deeply nested frontmatter', files: { [PROJECT]: inFrontmatter('plan: "2024"', `x: ${'['.repeat(5000)}${']'.repeat(5000)}\nplan: "2024"`) }, file: PROJECT, zh: '', en: '' },
  { name: 'binary junk as a report', files: { [REPORT]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, file: REPORT, zh: '不是文本文件', en: 'not a text file' },
  { name: 'zip archive as a project', files: { [PROJECT]: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]) }, file: PROJECT, zh: '不是文本文件', en: 'not a text file' },
  { name: 'empty report', files: { [REPORT]: '' }, file: REPORT, zh: 'JSON 格式错误', en: 'malformed JSON' },
  { name: 'report that is a bare number', files: { [REPORT]: '42' }, file: REPORT, zh: '', en: '' },
  { name: 'empty project file', files: { [PROJECT]: '' }, file: PROJECT, zh: '缺少 frontmatter', en: 'missing frontmatter' },
  { name: 'frontmatter that is a list', files: { [PROJECT]: '---\n- a\n- b\n---\n\nx\n' }, file: PROJECT, zh: 'frontmatter 应为', en: 'frontmatter must be a map' },
  { name: 'huge body', files: { [PROJECT]: mdxBody('很长的正文。'.repeat(60000)) }, file: PROJECT, zh: '正文过长', en: 'the body is too long' },
  // 5. Encodings.
  { name: 'GBK report', files: { [REPORT]: gbk(base(REPORT)) }, file: REPORT, zh: 'GBK/GB18030', en: 'GBK/GB18030' },
  { name: 'GBK project', files: { [PROJECT]: gbk(base(PROJECT)) }, file: PROJECT, zh: 'GBK/GB18030', en: 'GBK/GB18030' },
  { name: 'UTF-16 with BOM', files: { [REPORT]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base(REPORT), 'utf16le')]) }, file: REPORT, zh: 'UTF-16', en: 'UTF-16' },
  { name: 'UTF-16 without BOM', files: { [REPORT]: Buffer.from(base(REPORT), 'utf16le') }, file: REPORT, zh: 'UTF-16', en: 'UTF-16' },
  { name: 'UTF-16 big-endian', files: { [PROJECT]: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(base(PROJECT), 'utf16le').swap16()]) }, file: PROJECT, zh: 'UTF-16', en: 'UTF-16' },
  { name: 'Latin-1 bytes', files: { [REPORT]: Buffer.concat([Buffer.from('{ "plan": "2024", "note": "caf'), Buffer.from([0xe9]), Buffer.from('" }')]) }, file: REPORT, zh: '不是有效的 UTF-8', en: 'not valid UTF-8' },
  { name: 'control character', files: { [REPORT]: base(REPORT).replace('开展检查12次', '开展检查\u000812次') }, file: REPORT, zh: '控制字符', en: 'control character' },
  { name: 'right-to-left override', files: { [PROJECT]: mdxBody('正文\u202e文本') }, file: PROJECT, zh: '控制字符', en: 'control character' },
  // 6. Figures tied to the official text.
  { name: 'typo in value', files: { [PROJECT]: inFrontmatter('value: 100\n', 'value: 1000\n') }, file: PROJECT, zh: '与原文写法“100个”不符', en: 'does not match the plan’s wording' },
  { name: 'lowered target', files: { [PROJECT]: inFrontmatter('value: 90\n', 'value: 80\n') }, file: PROJECT, zh: '不能调低', en: 'never lowered' },
  { name: 'lowered target with written changed too', files: { [PROJECT]: inFrontmatter('value: 100\n', 'value: 80\n').replace('written: 100个', 'written: 80个') }, file: PROJECT, zh: '没有出现在本子项的原文引文中', en: 'does not appear in this sub-item’s officialText' },
  { name: 'comparator against the wording', files: { [PROJECT]: inFrontmatter('comparator: at-least', 'comparator: stated') }, file: PROJECT, zh: 'comparator 应为 at-least', en: 'comparator is at-least' },
  { name: 'fragment of the paragraph', files: { [PROJECT]: inFrontmatter('\n      牵头单位：示例局\n      责任单位：协办局，甲县人民政府', '') }, file: PROJECT, zh: '只是段落的一部分', en: 'is a fragment' },
  { name: 'number with a gap', files: { [PROJECT]: inFrontmatter('number: 1\n', 'number: 2\n') }, file: PROJECT, zh: '应从 1 起连续编号', en: 'numbered 1…N without gaps' },
  // 7. Reports.
  { name: 'report saved as .json.txt', files: { 'progress/2024-07-31.json.txt': base(REPORT) }, file: 'progress/2024-07-31.json.txt', zh: '文件名不符合', en: 'name does not fit', line: false },
  { name: 'report with an upper-case extension', files: { 'progress/2024-07-31.JSON': base(REPORT) }, file: 'progress/2024-07-31.JSON', zh: '文件名不符合', en: 'name does not fit', line: false },
  { name: 'editor backup', files: { 'progress/2024-06-30.json~': base(REPORT) }, file: 'progress/2024-06-30.json~', zh: '备份', en: 'backup', line: false },
  { name: '（1） copy', files: { 'progress/2024-06-30（1）.json': base(REPORT) }, file: 'progress/2024-06-30（1）.json', zh: '副本', en: 'copy', line: false },
  { name: 'project saved as .md', files: { 'projects/2024/extra.md': base(PROJECT) }, file: 'projects/2024/extra.md', zh: '文件名不符合', en: 'name does not fit', line: false },
  { name: 'correction without a note', files: { 'progress/2024-07-31.json': reportWith((r) => { r.asOf = '2024-07-31'; r.published = '2024-08-05'; r.entries = [{ target: 'sample-points', value: 35, corrects: '2024-06-30' }]; }) }, file: 'progress/2024-07-31.json', zh: '需要 note 说明原数字错在哪里', en: 'needs a note saying what was wrong' },
  { name: 'figure more than twice its target', files: { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', value: 400 }; }) }, file: REPORT, zh: '超过目标值 100 的两倍', en: 'more than twice the target' },
  { name: 'cumulative figure falls without corrects', files: { 'progress/2024-07-31.json': reportWith((r) => { r.asOf = '2024-07-31'; r.published = '2024-08-05'; r.entries = [{ target: 'sample-points', value: 30 }]; }) }, file: 'progress/2024-07-31.json', zh: '累计数不会下降', en: 'a cumulative figure does not fall' },
  // 7b. The source's own status words and completion rates.
  { name: 'unknown status word', files: { [VOCABULARY]: WORDS, [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', value: 40, reportedStatus: '稳步推进中' }; }) }, file: REPORT, zh: '进度用语“稳步推进中”不在用语表中；已知用语：已完成、按序时推进', en: 'the status word “稳步推进中” of target sample-points is not in the vocabulary; known words: 已完成, 按序时推进' },
  { name: 'unknown word in the plan summary', files: { [VOCABULARY]: WORDS, [REPORT]: reportWith((r) => { r.summary = { total: 28, counts: [{ word: '按进度推进', count: 7 }, { word: '已完成', count: 21 }] }; }) }, file: REPORT, zh: '进度汇总的进度用语“按进度推进”不在用语表中', en: 'the status word “按进度推进” of the summary is not in the vocabulary' },
  { name: 'plan summary counting more than its total', files: { [VOCABULARY]: WORDS, [REPORT]: reportWith((r) => { r.summary = { total: 20, counts: [{ word: '按序时推进', count: 7 }, { word: '已完成', count: 21 }] }; }) }, file: REPORT, zh: '各状态项数合计 28，多于总数 20', en: 'the counts add up to 28, more than the total 20' },
  { name: 'status word without a vocabulary file', files: { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', reportedStatus: '已完成' }; }) }, file: REPORT, zh: '缺少用语表 content/status-words.json', en: 'the vocabulary content/status-words.json is missing' },
  { name: 'vocabulary with a word twice', files: { [VOCABULARY]: '[\n  { "word": "已完成", "status": "completed" },\n  { "word": "已完成", "status": "on-track" }\n]\n' }, file: VOCABULARY, zh: '用语“已完成”重复出现', en: 'the word “已完成” is listed twice' },
  { name: 'vocabulary with an unknown status', files: { [VOCABULARY]: '[\n  { "word": "已完成", "status": "done" }\n]\n' }, file: VOCABULARY, zh: '未知的状态', en: 'unknown status' },
  { name: 'completion rate of a percentage target', files: { [REPORT]: reportWith((r) => { r.entries[1] = { target: 'sample-coverage', reportedRate: 105 }; }) }, file: REPORT, zh: 'reportedRate（完成率）只用于有年度目标数的数量指标；指标 sample-coverage 是百分比指标', en: 'target sample-coverage is a percentage target' },
  { name: 'completion rate of a milestone', files: { [REPORT]: reportWith((r) => { r.entries[2] = { target: 'sample-plan', state: 'met', reportedRate: 100 }; }) }, file: REPORT, zh: '是 milestone 类指标', en: 'is a milestone target, with no annual figure' },
  { name: 'negative completion rate', files: { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', reportedRate: -5 }; }) }, file: REPORT, zh: '完成率不能为负数', en: 'a completion rate cannot be negative' },
  { name: 'rate and figure that disagree, without a note', files: { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', value: 40, reportedRate: 45 }; }) }, file: REPORT, zh: '完成率 45% 与数字 40 不符：按目标值 100 计算是 40%', en: 'the completion rate 45% does not match the figure 40' },
  { name: 'optional slot left null by new-snapshot', files: { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', value: 40, reportedStatus: null, reportedRate: null }; }) }, file: REPORT, zh: '尚未填写（可选字段）', en: 'still to be filled in (an optional field)' },
  { name: 'entry with neither figure, rate nor word', files: { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points' }; }) }, file: REPORT, zh: '需要数值 value', en: 'needs a number value' },
  // 8. Messages stay clear under stress.
  { name: 'full-width colon in JSON', files: { [REPORT]: base(REPORT).replace('"plan":', '"plan"：') }, file: REPORT, zh: '全角冒号', en: 'full-width colon' },
  { name: 'trailing comma in JSON', files: { [REPORT]: base(REPORT).replace('"note": "开展检查12次" }', '"note": "开展检查12次" },') }, file: REPORT, zh: '多余的逗号', en: 'trailing comma' },
  { name: 'Chinese quotes in JSON', files: { [REPORT]: base(REPORT).replace('"plan": "2024"', '"plan": “2024”') }, file: REPORT, zh: '中文引号', en: 'Chinese quotation mark' },
  { name: 'tab inside a JSON string', files: { [REPORT]: base(REPORT).replace('开展检查12次', '开展检查\t12次') }, file: REPORT, zh: '制表符', en: 'tab character' },
  { name: 'comment in JSON', files: { [REPORT]: base(REPORT).replace('{\n', '{\n  // 六月\n') }, file: REPORT, zh: '注释', en: 'comment' },
  { name: 'full-width colon in YAML', files: { [PROJECT]: inFrontmatter('shortTitle: 示例实事', 'shortTitle：示例实事') }, file: PROJECT, zh: '全角冒号', en: 'full-width colon' },
  { name: 'tab indentation in YAML', files: { [PROJECT]: inFrontmatter('  - id: sample\n', '\t- id: sample\n') }, file: PROJECT, zh: '第', en: 'line' },
  { name: 'infinite target value', files: { [PROJECT]: inFrontmatter('value: 100\n', 'value: .inf\n') }, file: PROJECT, zh: '不是有限的数字', en: 'not a finite number' },
  { name: 'number in quotes', files: { [REPORT]: base(REPORT).replace('"value": 85', '"value": "85"') }, file: REPORT, zh: '数字不加引号', en: 'numbers take no quotes' },
];

/** A text encoded as GB18030, as Chinese Windows editors save it. */
function gbk(text: string): Buffer {
  // Node decodes GB18030 but cannot encode it; these bytes are the GBK encoding of each character in the fixtures.
  const table: Record<string, number[]> = {};
  const out: number[] = [];
  const decoder = new TextDecoder('gb18030');
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    table[ch] ??= findGbk(ch, decoder);
    out.push(...table[ch]);
  }
  return Buffer.from(out);
}

/** The two GBK bytes of a character, found by decoding the GBK range once. */
function findGbk(ch: string, decoder: TextDecoder): number[] {
  if (!gbkIndex) {
    gbkIndex = new Map();
    for (let hi = 0x81; hi <= 0xfe; hi += 1) {
      for (let lo = 0x40; lo <= 0xfe; lo += 1) {
        if (lo === 0x7f) continue;
        const decoded = decoder.decode(Uint8Array.from([hi, lo]));
        if (decoded.length === 1 && !gbkIndex.has(decoded)) gbkIndex.set(decoded, [hi, lo]);
      }
    }
  }
  return gbkIndex.get(ch) ?? [0x3f];
}


/** Edits the gate must accept (and the build must build): a name and the files written over the base fixture. */
export const ACCEPTED: [string, Record<string, string>][] = [
    ['a BOM', { [REPORT]: `\uFEFF${base(REPORT)}` }],
    ['CRLF line ends', { [REPORT]: base(REPORT).replace(/\n/g, '\r\n'), [PROJECT]: base(PROJECT).replace(/\n/g, '\r\n') }],
    ['a BOM and CRLF in a project', { [PROJECT]: `\uFEFF${base(PROJECT).replace(/\n/g, '\r\n')}` }],
    ['a correction with a note', { 'progress/2024-07-31.json': reportWith((r) => { r.asOf = '2024-07-31'; r.published = '2024-08-05'; r.entries = [{ target: 'sample-points', value: 35, corrects: '2024-06-30', note: '6月数字含重复统计' }]; }) }],
    ['a falling figure with a note', { 'progress/2024-07-31.json': reportWith((r) => { r.asOf = '2024-07-31'; r.published = '2024-08-05'; r.entries = [{ target: 'sample-points', value: 30, note: '撤销了10个不达标的示例点' }]; }) }],
    ['a known status word beside a figure', { [VOCABULARY]: WORDS, [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', value: 40, reportedStatus: ' 按序时推进' }; }) }],
    ['a status word alone', { [VOCABULARY]: WORDS, [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', reportedStatus: '已完成' }; r.entries[1] = { target: 'sample-coverage', reportedStatus: '按序时推进' }; }) }],
    ['a plan summary as the source states it', { [VOCABULARY]: WORDS, [REPORT]: reportWith((r) => { r.summary = { total: 28, counts: [{ word: '按序时推进', count: 7 }, { word: '已完成', count: 21 }], text: '共28项工作，按序时推进7项，已完成21项' }; }) }],
    ['a completion rate alone', { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', reportedRate: 111.5 }; }) }],
    ['a rate and a figure that agree', { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', value: 40, reportedRate: 40 }; }) }],
    ['a rate and a figure that disagree, with a note', { [REPORT]: reportWith((r) => { r.entries[0] = { target: 'sample-points', value: 40, reportedRate: 45, note: '完成率按整项计算' }; }) }],
    ['allowed Markdown, links and tags', { [PROJECT]: mdxBody('## 小标题\n\n- [官网](https://example.org/)、[邮件](mailto:a@example.org)、[站内](/about/#x)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nH<sub>2</sub>O，<abbr title="示例">示</abbr>，a &lt; b，x ＜ y') }],
];
