import { withBase } from '../lib/urls.ts';
import { en } from './en.ts';
import { rtlTestDictionary } from './rtl-test.ts';
import { zhCN, type Dictionary } from './zh-CN.ts';

/**
 * The languages the site can be built in. Content is written in Chinese (the plan's language), so
 * Chinese is always first and lives at the site root; every other edition lives under its language
 * tag (/en/…). Which editions a site builds is content: `languages` in content/site.json.
 *
 * Adding Uyghur or Kazakh takes a dictionary translated by people (ug.ts, kk.ts; `dir: 'rtl'`),
 * one line below, the tag in content/site.json, and `translations.ug` fields in the content files.
 * Nothing in the pages changes.
 */
export const DICTIONARIES = {
  'zh-CN': zhCN,
  en,
  qaa: rtlTestDictionary(en),
} satisfies Record<string, Dictionary>;

export type LanguageTag = keyof typeof DICTIONARIES;
export const LANGUAGE_TAGS = Object.keys(DICTIONARIES) as [LanguageTag, ...LanguageTag[]];
/** The content's own language: the root edition and the fallback for every missing translation. */
export const CONTENT_LANGUAGE = 'zh-CN' satisfies LanguageTag;
/** Dictionaries whose strings are placeholders: allowed only in synthetic (test) content. */
export const PLACEHOLDER_LANGUAGES: readonly string[] = ['qaa'];

/** One language edition of the site. */
export interface Edition {
  lang: LanguageTag;
  /** URL segment of the edition: '' for the root (Chinese), else the language tag. */
  prefix: string;
  t: Dictionary;
}

export function edition(lang: LanguageTag): Edition {
  return { lang, prefix: lang === CONTENT_LANGUAGE ? '' : lang, t: DICTIONARIES[lang] };
}

/** The editions of a site, root first, from its configured languages. */
export function editionsOf(languages: readonly LanguageTag[]): Edition[] {
  return languages.map(edition);
}

/** A path inside an edition, before the base: ('/2024/', en) → '/en/2024/'. */
export function inEdition(path: string, e: Edition): string {
  return e.prefix ? `/${e.prefix}${path}` : path;
}

/** Splits a path (base removed) into its edition prefix and the rest: '/en/2024/' → ['en', '/2024/']. */
export function splitEditionPath(path: string, prefixes: readonly string[]): { prefix: string; rest: string } {
  const first = path.split('/')[1] ?? '';
  return first && prefixes.includes(first) ? { prefix: first, rest: path.slice(first.length + 1) || '/' } : { prefix: '', rest: path };
}

/** Link builders for pages of one edition: `href` for pages (in the edition), `fileHref` for files every edition shares (data, CSV, source text, Pagefind). */
export interface Links {
  href: (path: string) => string;
  fileHref: (path: string) => string;
}

export function linksFor(e: Edition, base: string): Links {
  return { href: (path) => withBase(base, inEdition(path, e)), fileHref: (path) => withBase(base, path) };
}
