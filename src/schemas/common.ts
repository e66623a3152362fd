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
