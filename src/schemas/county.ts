import { z } from 'astro/zod';
import { IdSchema, TextSchema, translationsOf } from './common.ts';

/** Kinds of place: the 11 county-level units of 州直, the prefecture level itself, and 兵团 divisions. */
export const CountyKindSchema = z.enum(['county-level-city', 'county', 'autonomous-county', 'prefecture-level', 'bingtuan']);

/** A county, city or other place a plan names, referenced by id. */
export const CountySchema = z.strictObject({
  id: IdSchema,
  name: TextSchema.describe('全称 — full name'),
  shortName: TextSchema.describe('常用简称 — short name'),
  aliases: z.array(TextSchema).optional().describe('其他写法，如 察县 — other spellings, e.g. 察县'),
  translations: translationsOf({ name: TextSchema, shortName: TextSchema }),
  kind: CountyKindSchema.describe('类别 — kind of place'),
});

export type County = z.output<typeof CountySchema>;
