import { inEdition, withBase } from '../lib/web/urls.ts';
import type { Dictionary } from './dictionary.ts';
import { en } from './en.ts';
import { CONTENT_LANGUAGE, type LanguageTag } from './languages.ts';
import { rtlTestDictionary } from './rtl-test.ts';
import { zhCN } from './zh-CN.ts';

export { CONTENT_LANGUAGE, LANGUAGE_TAGS, PLACEHOLDER_LANGUAGES, type LanguageTag } from './languages.ts';
export type { Dictionary } from './dictionary.ts';

/**
 * Every UI dictionary, by language tag: for pages and build-time code only. Browser code (charts,
 * search) and src/lib take a Dictionary as an argument and import tags from ./languages.ts, so no
 * chunk carries dictionaries it does not use (test/build/budgets.test.ts holds them to that).
 *
 * Adding Uyghur or Kazakh takes a dictionary translated by people (ug.ts, kk.ts; `dir: 'rtl'`),
 * its tag in ./languages.ts and one line below, the tag in content/site.json, and `translations.ug`
 * fields in the content files. Nothing in the pages changes.
 */
export const DICTIONARIES = {
  'zh-CN': zhCN,
  en,
  qaa: rtlTestDictionary(en),
} satisfies Record<LanguageTag, Dictionary>;

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

/** Link builders for pages of one edition: `href` for pages (in the edition), `fileHref` for files every edition shares (data, CSV, source text, Pagefind). */
export interface Links {
  href: (path: string) => string;
  fileHref: (path: string) => string;
}

export function linksFor(e: Edition, base: string): Links {
  return { href: (path) => withBase(base, inEdition(path, e)), fileHref: (path) => withBase(base, path) };
}
