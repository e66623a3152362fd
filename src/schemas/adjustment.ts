import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, SchemaKeySchema, TextSchema, UrlSchema, bilingual } from './common.ts';

/** The document that approved a change of target: title, issuer, date, and a URL or a document number. */
export const ApprovalSchema = z
  .strictObject({
    title: TextSchema.describe('批准文件标题 — title of the approving document'),
    issuer: TextSchema.describe('批准机关，如 州人民政府 — who approved the change'),
    date: IsoDateSchema.describe('批准日期 — date of approval'),
    url: UrlSchema.optional().describe('批准文件网址 — URL of the approving document'),
    reference: TextSchema.optional().describe('文号（无网址时） — document number when there is no URL'),
  })
  .refine((s) => s.url !== undefined || s.reference !== undefined, {
    error: bilingual('批准文件需要 url 或 reference 至少一项', 'an approving document needs a url or a reference'),
  });
export type Approval = z.output<typeof ApprovalSchema>;

/**
 * An approved change of one target: content/adjustments/<effective date>-<target id>.json. Append-only
 * like progress reports: the plan's own figure is never overwritten; pages show both, and statuses
 * are judged against the adjusted terms from the effective date on. It sets a new value (with its
 * wording) or a new deadline, or both; the content check says so (src/lib/content-rules/adjustments.ts),
 * since Astro extends a collection's top-level schema and refuses one with refinements.
 */
export const AdjustmentSchema = z
  .strictObject({
    $schema: SchemaKeySchema,
    plan: IdSchema.describe('方案编号 — plan id'),
    target: IdSchema.describe('调整的指标编号 — id of the target changed'),
    effective: IsoDateSchema.describe('调整生效日期，也是文件名的开头 — date the change takes effect; also the start of the file name'),
    published: IsoDateSchema.describe('本站发布日期 — date published on this site'),
    value: z.number().nonnegative().optional().describe('调整后的目标值（数量、百分比指标） — the new target value (count and percentage targets)'),
    written: TextSchema.optional().describe('批准文件中新目标的写法，如 300个 — the new figure as the approving document writes it'),
    deadline: IsoDateSchema.optional().describe('调整后的截止日期 — the new deadline'),
    reason: TextSchema.describe('调整原因（照录或概括批准文件） — why the target was changed, as the approving document says'),
    approval: ApprovalSchema.describe('批准调整的文件 — the document that approved the change'),
  });
export type Adjustment = z.output<typeof AdjustmentSchema>;
