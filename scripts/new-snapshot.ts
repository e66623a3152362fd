/**
 * npm run new-snapshot -- --as-of YYYY-MM-DD [--plan ID]
 * Writes content/progress/<as-of>.json: every target of the plan in force on that date, each with the
 * previous report's figure for reference and an empty slot for the new one, and a source block to
 * fill in. Refuses to overwrite an existing report. `npm run check` then lists what is still empty.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFileOf, reportSlots } from '../src/lib/intake/report-slots.ts';
import { IsoDateSchema } from '../src/schemas/common.ts';
import { contentRoot } from '../src/node/read-content.ts';
import { loadReportPlan } from '../src/node/report-plan.ts';

function fail(zh: string, en: string): never {
  console.error(`✗ ${zh}\n  ${en}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, plan: { type: 'string' }, issuer: { type: 'string' } } });
const asOf = values['as-of'];
if (!asOf || !IsoDateSchema.safeParse(asOf).success) {
  fail('请用 --as-of 给出数据截至日期，格式 YYYY-MM-DD，例如：npm run new-snapshot -- --as-of 2024-06-30', 'give the as-of date with --as-of YYYY-MM-DD, e.g. npm run new-snapshot -- --as-of 2024-06-30');
}

const root = contentRoot();
const loaded = loadReportPlan(root, asOf, { planId: values.plan, issuerId: values.issuer });
if ('refusal' in loaded) fail(loaded.refusal.zh, loaded.refusal.en);
const { view } = loaded;
const file = join(root, reportFileOf(view, loaded.site, asOf));
if (existsSync(file)) {
  fail(`${relative(process.cwd(), file)} 已存在，不会覆盖。已发布的报告不能修改；要更正数字，请新建一期报告并用 corrects 注明更正哪一期。`, `${relative(process.cwd(), file)} already exists and will not be overwritten. Published reports are never edited; to correct a figure, add a new report whose entry names the report it corrects (corrects).`);
}


// Empty slots are null: the content check reports each as “still to be filled in” (the optional
// ones, reportedStatus, reportedRate and summary, as "fill in or delete").
const entries = reportSlots(view, asOf).map(({ target, fields, previous }) => {
  // A completion rate stands for a figure only on a count with an annual figure where higher is better (the check's rule).
  const slot = fields.state ? { state: null } : fields.value ? { value: null, ...(fields.reportedRate ? { reportedRate: null } : {}) } : { note: null };
  return { target: target.id, ...slot, reportedStatus: null, ...(previous ? { previous } : {}) };
});
const report = {
  $schema: relative(dirname(file), join(root, 'schemas', 'snapshot.schema.json')).split('\\').join('/'),
  plan: view.plan.id,
  asOf,
  published: null,
  // attachments: the source's .pdf/.docx/.xlsx files, archived under content/sources/ (see docs/PUBLISHING.md); delete the list when there are none.
  source: { title: null, issuer: null, date: null, url: null, attachments: [] },
  summary: null,
  entries,
};
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`已写入 ${relative(process.cwd(), file)}：${entries.length} 项指标待填写。填好后运行 npm run check。`);
console.log(`Written ${relative(process.cwd(), file)}: ${entries.length} targets to fill in. Then run npm run check.`);
console.log('来源需要 url 或 reference（文号）之一；不报告的指标整条删除。 The source needs a url or a reference; delete entries you do not report.');
console.log('来源有附件（.pdf/.docx/.xlsx）时，存到 content/sources/，在 source.attachments 中逐个登记 file、name、type、size、sha256（sha256sum 文件名）；没有附件就删掉 attachments。');
console.log('If the source has attachments (.pdf/.docx/.xlsx), save them under content/sources/ and list each in source.attachments with file, name, type, size and sha256 (sha256sum FILE); delete attachments when there are none.');
console.log('reportedStatus（来源用语）、reportedRate（完成率）、summary（整体汇总）可选：来源给出就照填，没有就删掉该字段。 reportedStatus, reportedRate and summary are optional: fill in what the source gives, delete the rest.');
