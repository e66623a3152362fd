import { z } from 'astro/zod';
import { IdSchema, TextSchema, translationsOf } from './common.ts';

/** Kinds of body the plans name as lead or responsible units. */
export const DepartmentKindSchema = z.enum([
  'prefecture-department',
  'party-department',
  'people-organisation',
  'vertical-agency',
  'county-government',
  'region-department',
  'county-department',
  'bingtuan',
  'group',
]);

/** A lead or responsible unit (牵头单位 / 责任单位), referenced by id from projects. */
export const DepartmentSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema.describe('全称 — full name'),
  shortName: TextSchema.describe('方案中的写法，如 州生态环境局 — the name as the plan writes it'),
  aliases: z.array(TextSchema).optional().describe('方案中的其他写法，如 州卫健委 — other spellings used in plans'),
  kind: DepartmentKindSchema.describe('单位类别 — kind of body'),
  translations: translationsOf({ name: TextSchema, shortName: TextSchema }),
  county: IdSchema.optional().describe('县市人民政府对应的县市编号 — for a county government, the county id'),
});

export type Department = z.output<typeof DepartmentSchema>;
