import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, SchemaKeySchema, TextSchema, UrlSchema, bilingual, translationsOf } from './common.ts';

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

/** One year's plan of livelihood projects (民生实事工作方案). */
export const PlanSchema = z
  .strictObject({
    $schema: SchemaKeySchema,
    id: IdSchema.describe('方案编号，写入网址，如 2024 — plan id used in URLs, e.g. 2024'),
    year: z.int().min(2000).max(2100).describe('方案年度 — plan year'),
    title: TextSchema.describe('方案全称 — full title'),
    shortTitle: TextSchema.describe('简称，用于导航 — short title for navigation'),
    issuer: TextSchema.describe('发文机关 — issuing authority'),
    translations: translationsOf({ title: TextSchema, shortTitle: TextSchema, issuer: TextSchema, sourceNote: TextSchema }),
    date: IsoDateSchema.nullable().describe('印发日期，未知时为 null — date issued, null when unknown'),
    period: z
      .strictObject({
        start: IsoDateSchema.describe('期间起始日 — first day covered'),
        end: IsoDateSchema.describe('期间终止日，也是指标默认截止日 — last day covered; the default deadline of targets'),
      })
      .refine((p) => p.start <= p.end, { error: bilingual('起始日不能晚于终止日', 'start must not be after end'), path: ['end'] }),
    source: PlanSourceSchema,
  });

export type Plan = z.output<typeof PlanSchema>;
