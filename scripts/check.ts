/**
 * npm run check: validates every content file without building the site and reports every
 * problem at once, in Chinese and English, naming the file, line and field. Exits 1 on any problem.
 */
import { formatProblems } from '../src/lib/content-rules/index.ts';
import { checkContentRoot } from '../src/node/check-content.ts';
import { contentRoot } from '../src/node/read-content.ts';
import { todayIso } from '../src/node/today.ts';

const root = contentRoot();
const { problems, files, history, warning } = checkContentRoot(root, todayIso());
if (warning) console.warn(`注意：${warning.zh}\nWarning: ${warning.en}`);
if (history.skipped) console.log(`注意：${history.skipped.zh}\nNote: ${history.skipped.en}`);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n内容检查未通过：${problems.length} 个问题，共检查 ${files} 个文件。`);
  console.error(`Content check failed: ${problems.length} problem(s) in ${files} files checked.`);
  process.exit(1);
}
console.log(`内容检查通过：${files} 个文件（${root}）。`);
console.log(`Content check passed: ${files} files (${root}).`);
if (!history.skipped) console.log(`已发布的报告和目标调整均未改动：${history.compared} 个文件。 Published reports and target adjustments unchanged: ${history.compared} files.`);
