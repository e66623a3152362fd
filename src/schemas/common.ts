import { z } from 'astro/zod';

/**
 * Building blocks shared by every content schema.
 *
 * Custom messages are written "中文 ‖ English": the validator splits them so every problem is
 * reported in both languages (zod's own messages come from its zh-CN and en locales).
 */

/** Joins a Chinese and an English message into one custom zod message. */
export function bilingual(zh: string, en: string): string {
  return `${zh} ‖ ${en}`;
}

/** A stable id: lower-case letters, digits and single hyphens, e.g. `teeth-fluoride`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: bilingual(
      'id 只能用小写字母、数字和单个连字符，例如 teeth-fluoride',
      'an id uses lower-case letters, digits and single hyphens, e.g. teeth-fluoride',
    ),
  })
  .describe('稳定编号，写入网址，发布后不可更改 — stable id, part of URLs, never changes once published');

/** A calendar date written YYYY-MM-DD that exists (2024-02-30 is rejected). */
export const IsoDateSchema = z.iso.date({
  error: bilingual('日期应写成 YYYY-MM-DD 且真实存在，例如 2024-06-30', 'a date is written YYYY-MM-DD and must exist, e.g. 2024-06-30'),
});

/**
 * A moment of publication as offices write it, in Beijing time (UTC+8): YYYY-MM-DD HH:MM, the
 * format of the 网页元数据 PubDate; the date must exist and the time be 00:00–23:59.
 */
export const PublishedAtSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} (?:[01]\d|2[0-3]):[0-5]\d$/, {
    error: bilingual('发布时间应写成 YYYY-MM-DD HH:MM（北京时间），例如 2024-07-20 10:30', 'a publication time is written YYYY-MM-DD HH:MM (Beijing time), e.g. 2024-07-20 10:30'),
  })
  .refine((value) => IsoDateSchema.safeParse(value.slice(0, 10)).success, {
    error: bilingual('发布时间中的日期不存在', 'the date of the publication time does not exist'),
  });

/** A non-empty text, trimmed. */
export const TextSchema = z.string().trim().min(1, {
  error: bilingual('不能为空', 'must not be empty'),
});

/** An http(s) URL. */
export const UrlSchema = z.url({
  protocol: /^https?$/,
  error: bilingual('应为以 http:// 或 https:// 开头的网址', 'an http:// or https:// URL is expected'),
});

/** Optional `$schema` key so editors can validate content files against the published JSON Schema. */
export const SchemaKeySchema = z.string().optional().describe('编辑器校验用的 JSON Schema 地址 — JSON Schema URL for editor validation');

/** A BCP 47 language tag of a translation, e.g. en, ug, kk. */
export const LanguageTagSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  error: bilingual('语言代码应为 BCP 47 格式，例如 en、ug、kk', 'a BCP 47 language tag is expected, e.g. en, ug, kk'),
});

/**
 * Optional translations of an entry's display texts, by language: `translations: { en: { title: … } }`.
 * Every field is optional; a missing one shows the Chinese text with a note. Official text is never translated.
 */
export function translationsOf<T extends z.ZodRawShape>(shape: T) {
  return z
    .record(LanguageTagSchema, z.strictObject(shape).partial())
    .optional()
    .describe('译文，按语言代码，可选；缺少的字段显示中文并注明 — translations by language tag, optional; a missing field shows the Chinese with a note');
}
