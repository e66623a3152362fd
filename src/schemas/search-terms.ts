import { z } from 'astro/zod';
import { SchemaKeySchema, TextSchema, bilingual } from './common.ts';

/**
 * Everyday words for the plan's terms: content/search-terms.json (optional). Readers type 长者食堂,
 * the plan says 助餐服务点; search treats the everyday words as the plan's term, in the exact-match
 * index and in full-text (Pagefind) queries. The content check requires each term to be the plan's
 * own wording and each everyday word to be absent from it (else it needs no entry).
 */
export const SearchTermSchema = z.strictObject({
  term: TextSchema.describe('方案用语：在方案文本、项目或指标中出现的词，如“助餐服务点” — the plan’s wording, as it appears in the plan, a project or a target, e.g. 助餐服务点'),
  equivalents: z
    .array(TextSchema)
    .min(1, { error: bilingual('至少写一个日常说法', 'at least one everyday word is expected') })
    .describe('读者常用的说法，搜索时当作 term，如 ["长者食堂", "老年食堂"] — words readers use for it; search treats them as the term, e.g. ["长者食堂", "老年食堂"]'),
  note: TextSchema.optional().describe('为什么相当（给管理员看，不显示） — why they are equivalent (for admins; not shown)'),
});

export const SearchTermsSchema = z.strictObject({
  $schema: SchemaKeySchema,
  terms: z.array(SearchTermSchema).describe('同义词表，每项一个方案用语及其日常说法 — the list: each entry a plan term and its everyday words'),
});

export type SearchTerm = z.output<typeof SearchTermSchema>;
export type SearchTerms = z.output<typeof SearchTermsSchema>;
