import { z } from 'astro/zod';
import { IdSchema, TextSchema, bilingual, translationsOf } from './common.ts';
import { TargetSchema } from './target.ts';

/** Chinese numerals of sub-items as the plan writes them: （一）（二）… */
export const SubItemNumeralSchema = z.enum(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);

/** A numbered part of a project (（一）（二）…), or the single body of an unnumbered project. */
export const SubItemSchema = z.strictObject({
  id: IdSchema.describe('子项编号，在项目内唯一，用作页面锚点 — sub-item id, unique within its project, used as an anchor'),
  number: SubItemNumeralSchema.nullable().describe('原文序号（一）（二）…，不分子项时为 null — numeral as written, null when the project has no parts'),
  title: TextSchema.describe('子项简短标题 — short title'),
  officialText: TextSchema.describe('方案原文，逐字照录（含牵头单位、责任单位两行） — the official text verbatim, with its lead and responsible lines'),
  lead: z.array(IdSchema).min(1, { error: bilingual('至少需要一个牵头单位', 'at least one lead unit is required') }).describe('牵头单位编号 — lead unit ids'),
  responsible: z.array(IdSchema).describe('责任单位编号 — responsible unit ids'),
  counties: z.array(IdSchema).describe('涉及县市编号 — county ids involved'),
  areaNote: TextSchema.optional().describe('范围说明 — note on the area covered'),
  translations: translationsOf({ title: TextSchema, areaNote: TextSchema }),
  targets: z.array(TargetSchema).min(1, { error: bilingual('每个子项至少有一项指标', 'each sub-item has at least one target') }),
});
export type SubItem = z.output<typeof SubItemSchema>;

/** One of a plan's projects (MDX frontmatter); the MDX body is a plain-language explanation. */
export const ProjectSchema = z.strictObject({
  plan: IdSchema.describe('所属方案编号 — plan id'),
  id: IdSchema.describe('项目编号，写入网址 — project id, part of its URL'),
  number: z.int().min(1).describe('方案中的序号（一、二…写作 1、2…） — the project’s number in the plan'),
  heading: TextSchema.describe('方案原文标题，逐字照录 — the plan’s heading, verbatim'),
  title: TextSchema.describe('标题（去掉序号与句号） — title without numeral'),
  shortTitle: TextSchema.describe('简短标题，用于卡片和导航 — short title for cards'),
  summary: TextSchema.describe('通俗摘要，一两句话 — plain-language summary'),
  translations: translationsOf({ title: TextSchema, shortTitle: TextSchema, summary: TextSchema }),
  subItems: z.array(SubItemSchema).min(1),
});
export type Project = z.output<typeof ProjectSchema>;
