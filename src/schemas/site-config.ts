import { z } from 'astro/zod';
import { CONTENT_LANGUAGE, LANGUAGE_TAGS } from '../i18n/languages.ts';
import { IdSchema, SchemaKeySchema, TextSchema, UrlSchema, bilingual, translationsOf } from './common.ts';
import { IdentitySchema } from './identity.ts';
import { PortalSchema } from './portal.ts';

/** Site-wide settings the publishing office owns: content/site.json (optional; defaults below). */
export const SiteConfigSchema = z.strictObject({
  $schema: SchemaKeySchema,
  publisher: TextSchema.default('民生实事公开').describe('网站发布者，用于引用 — who publishes this site, used in citations'),
  translations: translationsOf({ publisher: TextSchema, dataLicenceTitle: TextSchema }),
  issuer: IdSchema.optional().describe('网站自己的发布机关编号（content/issuers/）：首页显示其最新方案，未写 issuerId 的方案属于它 — the site’s own issuer: the home page shows its newest plan, and plans that name no issuerId belong to it'),
  languages: z
    .array(z.enum(LANGUAGE_TAGS, { error: bilingual(`未知语言，可用：${LANGUAGE_TAGS.join('、')}`, `unknown language; available: ${LANGUAGE_TAGS.join(', ')}`) }))
    .min(1)
    .refine((tags) => tags[0] === CONTENT_LANGUAGE, { error: bilingual('第一种语言应为 zh-CN（内容的原文语言，放在网站根目录）', 'the first language is zh-CN, the content’s own language, served at the site root') })
    .refine((tags) => new Set(tags).size === tags.length, { error: bilingual('语言不能重复', 'a language is listed twice') })
    .default(['zh-CN', 'en'])
    .describe('网站的语言版本，第一种在根目录，其余在 /<语言代码>/ 下 — the site’s language editions: the first at the root, the others under /<tag>/'),
  dataLicence: z
    .strictObject({
      name: TextSchema.describe('许可编号（Open Definition ID，如 CC-BY-4.0；未定时为 notspecified） — licence id'),
      title: TextSchema.describe('许可说明 — licence in words'),
      path: UrlSchema.optional().describe('许可全文网址 — URL of the licence text'),
    })
    .default({ name: 'notspecified', title: '未指定许可：数据摘自政府公开文件与注明来源的进度报告，使用时请注明来源。' })
    .describe('开放数据的许可 — licence of the open data downloads'),
  feedback: z
    .strictObject({
      email: z.email({ error: bilingual('应为电子邮箱地址', 'an email address is expected') }).optional().describe('纠错邮箱 — email for corrections'),
      url: UrlSchema.optional().describe('纠错网页（会附上 ?target=指标编号） — web form for corrections (?target=<id> is added)'),
    })
    .refine((f) => f.email !== undefined || f.url !== undefined, { error: bilingual('feedback 需要 email 或 url 至少一项', 'feedback needs an email or a url') })
    .optional()
    .describe('公众纠错联系方式，显示在每个指标页的“发现数据有误？”处；未设置时显示牵头单位 — public contact for corrections, shown on every target page; without it, the lead units are named'),
  portal: PortalSchema.optional(),
  identity: IdentitySchema.optional(),
});

export type SiteConfig = z.output<typeof SiteConfigSchema>;
