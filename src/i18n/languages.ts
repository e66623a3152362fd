/**
 * The language tags the site knows, as plain values: a leaf module that browser code and schemas
 * may import without pulling in any dictionary (src/i18n/index.ts gathers those, for pages only).
 *
 * Content is written in Chinese (the plan's language), so Chinese is always first and lives at the
 * site root; every other edition lives under its language tag (/en/…). Which editions a site builds
 * is content: `languages` in content/site.json.
 */
export const LANGUAGE_TAGS = ['zh-CN', 'en', 'qaa'] as const;

export type LanguageTag = (typeof LANGUAGE_TAGS)[number];

/** The content's own language: the root edition and the fallback for every missing translation. */
export const CONTENT_LANGUAGE = 'zh-CN' satisfies LanguageTag;

/**
 * Dictionaries whose strings are placeholders: allowed only in synthetic (test) content. Typed as
 * strings so the content check can ask about any tag a site file names.
 */
export const PLACEHOLDER_LANGUAGES: readonly string[] = ['qaa'] satisfies readonly LanguageTag[];
