/**
 * npm run report:import -- FILE.xlsx [FILE2.xlsx|FILE.csv …] --as-of YYYY-MM-DD
 *   [--source-title T --source-issuer I --source-date D --source-url U | --source-reference R]
 *   [--published YYYY-MM-DD] [--plan ID | --issuer ID] [--replace]
 * Merges filled workbooks into content/progress/<as-of>.json and runs the content check on the
 * result; writes the report only when it passes, else lists every problem by workbook, sheet and
 * cell (Chinese, then English) and exits 1.
 */
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/content-rules/problems.ts';
import { contentRoot } from '../src/node/read-content.ts';
import { importReport } from '../src/node/report-import.ts';
import { todayIso } from '../src/node/today.ts';

function fail(zh: string, en: string): never {
  console.error(`✗ ${zh}\n  ${en}`);
  process.exit(1);
}

const options = {
  'as-of': { type: 'string' },
  published: { type: 'string' },
  plan: { type: 'string' },
  issuer: { type: 'string' },
  replace: { type: 'boolean' },
  'source-title': { type: 'string' },
  'source-issuer': { type: 'string' },
  'source-date': { type: 'string' },
  'source-url': { type: 'string' },
  'source-reference': { type: 'string' },
} as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options, allowPositionals: true });
} catch (error) {
  fail(`参数有误：${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
}
const { values, positionals } = parsed;
if (!values['as-of']) fail('请用 --as-of 给出数据截至日期，例如：npm run report:import -- 填报.xlsx --as-of 2024-06-30', 'give the as-of date with --as-of, e.g. npm run report:import -- return.xlsx --as-of 2024-06-30');

const result = await importReport({
  root: contentRoot(),
  files: positionals,
  asOf: values['as-of'],
  published: values.published,
  today: todayIso(),
  plan: values.plan,
  issuer: values.issuer,
  replace: values.replace,
  source: {
    title: values['source-title'],
    issuer: values['source-issuer'],
    date: values['source-date'],
    url: values['source-url'],
    reference: values['source-reference'],
  },
});
for (const { file, encoding } of result.encodings) console.log(`${file}：按 ${encoding} 编码读取。 ${file}: read as ${encoding}.`);
if (!result.written) {
  console.error(formatProblems(result.problems));
  console.error(`\n导入未完成：${result.problems.length} 个问题，没有写入任何文件。改正后重新运行。`);
  console.error(`Import refused: ${result.problems.length} problem(s); nothing was written. Fix them and run it again.`);
  process.exit(1);
}
console.log(`已写入 ${result.written}：${result.entries} 项指标，内容检查通过。`);
console.log(`Written ${result.written}: ${result.entries} entries; the content check passed.`);
console.log('下一步：npm start 预览，然后提交并发起合并请求。 Next: preview with npm start, then commit and open a merge request.');
