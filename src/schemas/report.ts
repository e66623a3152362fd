import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PublishedAtSchema, SchemaKeySchema, TextSchema, UrlSchema, bilingual } from './common.ts';

/** A milestone's reported state. */
export const MilestoneStateSchema = z.enum(['planned', 'met', 'partially-met', 'not-met']);
export type MilestoneState = z.output<typeof MilestoneStateSchema>;

/** File types a source's attachment may have: what offices publish reports in. */
export const AttachmentTypeSchema = z.enum(['pdf', 'docx', 'xlsx']);
export type AttachmentType = z.output<typeof AttachmentTypeSchema>;

/**
 * A file attached to a source (the detail offices often publish only as .pdf, .docx or .xlsx),
 * archived under content/sources/ and identified by its SHA-256, so the check refuses a missing or
 * altered file.
 */
export const AttachmentSchema = z.strictObject({
  file: z
    .string()
    .regex(/^sources\/[a-z0-9][a-z0-9-]*\.(pdf|docx|xlsx)$/, {
      error: bilingual(
        '应为 sources/ 目录下的 .pdf、.docx 或 .xlsx 文件，文件名用小写字母、数字和连字符，例如 sources/2024-06-30-progress.pdf',
        'a .pdf, .docx or .xlsx file under sources/ named in lower-case letters, digits and hyphens is expected, e.g. sources/2024-06-30-progress.pdf',
      ),
    })
    .describe('content/ 下存档的附件 — the archived file under content/'),
  name: TextSchema.describe('附件原名，如 附件1.进度表.xlsx — the attachment’s name as the source gives it'),
  type: AttachmentTypeSchema.describe('文件类型：pdf、docx、xlsx — file type'),
  size: z.int().positive().describe('文件大小（字节） — size in bytes'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: bilingual('应为 64 位小写十六进制 SHA-256 值', 'a SHA-256 of 64 lower-case hex digits is expected') })
    .describe('文件的 SHA-256 校验值 — the file’s SHA-256'),
});
export type Attachment = z.output<typeof AttachmentSchema>;

/** The published document a progress report is taken from. */
export const ReportSourceSchema = z
  .strictObject({
    title: TextSchema.describe('来源文件标题 — title of the source'),
    issuer: TextSchema.describe('发布机关 — who published it'),
    date: IsoDateSchema.describe('来源发布日期 — date the source was published'),
    url: UrlSchema.optional().describe('来源网址 — URL of the source'),
    reference: TextSchema.optional().describe('文号或档案号（无网址时） — document number when there is no URL'),
    accessed: IsoDateSchema.optional().describe('访问日期 — date the URL was accessed'),
    attachments: z.array(AttachmentSchema).optional().describe('来源附件（存档于 content/sources/） — the source’s attachments, archived under content/sources/'),
  })
  .refine((s) => s.url !== undefined || s.reference !== undefined, {
    error: bilingual('来源需要 url 或 reference 至少一项', 'a source needs a url or a reference'),
  });

/** One target's figure in a report. */
export const ReportEntrySchema = z.strictObject({
  target: IdSchema.describe('指标编号 — target id'),
  value: z.number().optional().describe('截至报告日的累计数或水平值 — cumulative figure or level as of the report date'),
  state: MilestoneStateSchema.optional().describe('里程碑状态 — milestone state'),
  reportedStatus: TextSchema.optional().describe(
    '来源原文对这项工作的进度用语，逐字照录（如 按序时推进、已完工、滞后），须列在 content/status-words.json 中 — the status word the source states for this item, verbatim (e.g. 按序时推进, 已完工, 滞后); it must be listed in content/status-words.json',
  ),
  reportedRate: z
    .number()
    .nonnegative({ error: bilingual('完成率不能为负数', 'a completion rate cannot be negative') })
    .optional()
    .describe(
      '来源原文给出的完成率，即占年度目标的百分比，照录（如 111.5 表示 111.5%）；未给出数字时本站据此推算 — the completion rate the source states, as a percentage of the annual target (111.5 means 111.5%); without a value the site derives the figure from it',
    ),
  setValue: z
    .number()
    .optional()
    .describe('外部设定指标：来源写明的上级下达目标值 — external targets: the figure set by the higher authority, as the source states it'),
  breakdown: z
    .array(z.strictObject({ county: IdSchema, value: z.number() }))
    .optional()
    .describe('分县市数字 — figures by county'),
  note: TextSchema.optional().describe('说明 — note'),
  corrects: IsoDateSchema.optional().describe('更正哪一期报告（该期截至日期） — as-of date of the report this figure corrects'),
  previous: z
    .strictObject({ asOf: IsoDateSchema, value: z.number().optional(), state: MilestoneStateSchema.optional() })
    .optional()
    .describe('上期数值，仅供填写时参考（npm run new-snapshot 写入，不参与计算） — the previous report’s figure, for reference while filling in; not used'),
});
export type ReportEntry = z.output<typeof ReportEntrySchema>;

/** The source's own count of the plan's items by status, verbatim ("共28项……按进度推进7项，已完成21项"). */
export const ReportSummarySchema = z
  .strictObject({
    total: z.number().int().nonnegative().optional().describe('来源所说的总项数 — how many items the source says there are'),
    counts: z
      .array(
        z.strictObject({
          word: TextSchema.describe('来源原文的进度用语，逐字 — the status word, verbatim'),
          count: z.number().int().nonnegative().describe('该用语下的项数 — how many items the source puts under it'),
        }),
      )
      .min(1, { error: bilingual('至少填写一组用语和项数', 'give at least one word and its count') })
      .describe('按来源原文顺序的各状态项数 — the counts by status, in the source’s order'),
    text: TextSchema.optional().describe('来源原句，逐字照录 — the source’s sentence, verbatim'),
  })
  .describe('来源自己对整个方案的进度汇总，照录 — the source’s own summary of the whole plan by status, as stated');
export type ReportSummary = z.output<typeof ReportSummarySchema>;

/** A progress report: content/progress/<as-of date>.json. */
export const ReportSchema = z.strictObject({
  $schema: SchemaKeySchema,
  plan: IdSchema.describe('方案编号 — plan id'),
  asOf: IsoDateSchema.describe('数据截至日期，也是文件名 — as-of date of the figures; also the file name'),
  published: IsoDateSchema.describe('本站发布日期 — date published on this site'),
  publishedAt: PublishedAtSchema.optional().describe('本站发布的具体时间（YYYY-MM-DD HH:MM，北京时间），日期须与 published 相同 — the time of publication on this site (Beijing time); its date is `published`'),
  source: ReportSourceSchema,
  note: TextSchema.optional().describe('报告说明 — note on the report'),
  summary: ReportSummarySchema.optional(),
  entries: z.array(ReportEntrySchema).min(1, { error: bilingual('报告至少包含一项指标', 'a report has at least one entry') }),
});
export type Report = z.output<typeof ReportSchema>;
