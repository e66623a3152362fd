import { z } from 'astro/zod';
import { IdSchema, SchemaKeySchema, TextSchema, UrlSchema, translationsOf } from './common.ts';

/** Levels of government that issue livelihood-project lists, highest first. */
export const ISSUER_LEVELS = ['region', 'prefecture', 'county', 'other'] as const;
export const IssuerLevelSchema = z.enum(ISSUER_LEVELS);
export type IssuerLevel = z.output<typeof IssuerLevelSchema>;

/**
 * A government that issues its own annual list (content/issuers/<id>.json): the autonomous region,
 * the prefecture, a county or city. Each plan belongs to one issuer; a county's target may count
 * towards a target of an issuer above it (a target's contributesTo).
 */
export const IssuerSchema = z.strictObject({
  $schema: SchemaKeySchema,
  id: IdSchema.describe('发布机关编号，写入网址，如 yili — issuer id, used in URLs, e.g. yili'),
  name: TextSchema.describe('全称，如 伊犁哈萨克自治州 — full name'),
  shortName: TextSchema.optional().describe('常用简称，如 伊犁州 — short name'),
  translations: translationsOf({ name: TextSchema, shortName: TextSchema }),
  level: IssuerLevelSchema.describe('层级：region 自治区、prefecture 地州、county 县市、other 其他 — level of government'),
  parent: IdSchema.optional().describe('上级发布机关编号 — id of the issuer above it'),
  county: IdSchema.optional().describe('县市级发布机关对应的县市编号（见 counties.json） — the county or city it governs, for a county-level issuer'),
  url: UrlSchema.optional().describe('官方网站 — official website'),
});

export type Issuer = z.output<typeof IssuerSchema>;
