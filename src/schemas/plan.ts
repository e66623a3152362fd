import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PublishedAtSchema, SchemaKeySchema, TextSchema, UrlSchema, bilingual, translationsOf } from './common.ts';

/** Where a plan's official text comes from: a link, a file kept in content/, or both. */
export const PlanSourceSchema = z
  .strictObject({
    title: TextSchema.describe('原文标题 — title of the official document'),
    issuer: TextSchema.describe('发文机关 — issuing authority'),
    date: IsoDateSchema.nullable().describe('印发日期，原文未注明时为 null — date issued, null when the text does not state it'),
    url: UrlSchema.optional().describe('原文网址 — URL of the official document'),
    file: z
      .string()
      .regex(/^sources\/[a-z0-9-]+\.txt$/, {
        error: bilingual('应为 sources/ 目录下的 .txt 文件，例如 sources/2024-plan.txt', 'a .txt file under sources/ is expected, e.g. sources/2024-plan.txt'),
      })
      .optional()
      .describe('content/ 下保存的原文全文 — full official text kept under content/'),
    note: z.string().optional().describe('关于来源的说明 — note on the source'),
  })
  .refine((s) => s.url !== undefined || s.file !== undefined, {
    error: bilingual('来源需要 url 或 file 至少一项', 'a source needs a url or a file'),
  });

/** How often progress reports are due: each period's report covers it and is due `dueDays` after it ends. */
export const ReportingCadenceSchema = z.enum(['quarterly', 'monthly']);
export type ReportingCadence = z.output<typeof ReportingCadenceSchema>;

/**
 * When progress is due, as a document states it (never assumed): the cadence, how many days after a
 * period ends its report is due, and the document that says so.
 */
export const ReportingSchema = z.strictObject({
  cadence: ReportingCadenceSchema.describe('报送周期：quarterly 每季度、monthly 每月 — how often progress is reported'),
  dueDays: z
    .int()
    .nonnegative()
    .max(92)
    .describe('每期结束后几日内报送；文件未写明时填 0（期末即到期） — days after a period ends by which its report is due; 0 when the document states none'),
  to: TextSchema.optional().describe('报送对象，如 州人民政府督查室 — to whom progress is reported'),
  source: z
    .strictObject({
      title: TextSchema.describe('规定报送周期的文件标题 — title of the document stating the cadence'),
      issuer: TextSchema.describe('发文机关 — issuer'),
      date: IsoDateSchema.nullable().describe('日期，未注明时为 null — date, null when not stated'),
      url: UrlSchema.optional().describe('网址 — URL'),
      reference: TextSchema.optional().describe('文号 — document number'),
      quote: TextSchema.describe('原文中规定报送周期的句子，照录 — the sentence stating the cadence, verbatim'),
    })
    .refine((s) => s.url !== undefined || s.reference !== undefined, {
      error: bilingual('需要 url 或 reference 至少一项', 'a url or a reference is needed'),
    })
    .describe('报送周期依据的文件（不得推测） — the document the cadence rests on (never assumed)'),
});
export type Reporting = z.output<typeof ReportingSchema>;

/** One year's plan of livelihood projects (民生实事工作方案). */
export const PlanSchema = z
  .strictObject({
    $schema: SchemaKeySchema,
    id: IdSchema.describe('方案编号，写入网址，如 2024 — plan id used in URLs, e.g. 2024'),
    year: z.int().min(2000).max(2100).describe('方案年度 — plan year'),
    title: TextSchema.describe('方案全称 — full title'),
    shortTitle: TextSchema.describe('简称，用于导航 — short title for navigation'),
    issuer: TextSchema.describe('发文机关 — issuing authority'),
    issuerId: IdSchema.optional().describe('所属发布机关编号（content/issuers/），缺省为网站的发布机关（site.json 的 issuer） — the issuer this plan belongs to; default: the site’s own (site.json issuer)'),
    translations: translationsOf({ title: TextSchema, shortTitle: TextSchema, issuer: TextSchema, sourceNote: TextSchema }),
    date: IsoDateSchema.nullable().describe('印发日期，未知时为 null — date issued, null when unknown'),
    publishedAt: PublishedAtSchema.optional().describe(
      '本站发布时间（YYYY-MM-DD HH:MM，北京时间），显示为每个页面的“发布时间”；不填时取本文件首次提交到发布仓库的时间（git），都没有时显示“未注明” — when the office published the plan on this site (Beijing time), each page’s 发布时间; default: when this file was first committed (git); else shown as not stated',
    ),
    archived: IsoDateSchema.optional().describe(
      '归档日期：年度结束、不再更新时填写；此后每个页面标明“已归档”，不再计为报告逾期 — the day the plan was archived (its year over, no more updates): every page says so and no report counts as overdue',
    ),
    period: z
      .strictObject({
        start: IsoDateSchema.describe('期间起始日 — first day covered'),
        end: IsoDateSchema.describe('期间终止日，也是指标默认截止日 — last day covered; the default deadline of targets'),
      })
      .refine((p) => p.start <= p.end, { error: bilingual('起始日不能晚于终止日', 'start must not be after end'), path: ['end'] }),
    source: PlanSourceSchema,
    reporting: ReportingSchema.optional().describe('进度报送周期及其依据；方案未规定时不填 — when progress is due and on what document; left out when no document states it'),
  });

export type Plan = z.output<typeof PlanSchema>;
