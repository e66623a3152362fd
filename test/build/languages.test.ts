import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchEntries } from '../../src/lib/search/search.ts';
import type { SearchIndex } from '../../src/lib/search/search.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';
import { PUBLIC_BUILD, TEST_SITE_URL, buildSite, htmlFiles, page, unmarkedChinese } from '../helpers/site-build.ts';
import { sitemapPaths } from '../helpers/sweep.ts';
import { CHINESE } from '../../src/lib/web/text-parts.ts';
import { isShortLinkPath } from '../../src/lib/web/urls.ts';

const TODAY = '2026-11-29';
let real: string;
let fixture: string;

beforeAll(() => {
  real = buildSite(PUBLIC_BUILD);
  fixture = buildSite({ TODAY, CONTENT_DIR: BASE_CONTENT });
});

const fileOf = (dir: string, path: string) => join(dir, path, 'index.html');

describe('language editions of the real site', () => {
  it('builds every Chinese page again under /en/, and nothing else there', () => {
    const files = htmlFiles(real);
    const chinese = files.filter((f) => !f.startsWith('en/') && f !== '404.html');
    const english = files.filter((f) => f.startsWith('en/'));
    expect(english.map((f) => f.slice(3)).sort()).toEqual(chinese.sort());
  });

  it('gives every page of each language its lang, dir, hreflang alternates and a switcher to the same page', () => {
    const paths = sitemapPaths(real);
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(100);
    for (const path of paths) {
      const english = path.startsWith('/en/');
      const $ = page(real, path);
      expect($('html').attr('lang'), path).toBe(english ? 'en' : 'zh-CN');
      expect($('html').attr('dir'), path).toBe('ltr');
      const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, el) => [[el.attribs.hreflang!, el.attribs.href!]]).get() as [string, string][]);
      const zhPath = english ? path.slice(3) : path;
      const origin = TEST_SITE_URL;
      expect(alternates, path).toEqual({ 'zh-CN': origin + zhPath, en: `${origin}/en${zhPath}`, 'x-default': origin + zhPath });
      for (const href of Object.values(alternates)) expect(existsSync(fileOf(real, new URL(href).pathname)), `${path} → ${href}`).toBe(true);
      const switcher = $('.language-switcher');
      expect(switcher.find('a').attr('href'), path).toBe(english ? zhPath : `/en${zhPath}`);
      expect(switcher.find('a').attr('hreflang'), path).toBe(english ? 'zh-CN' : 'en');
      expect(switcher.find('[aria-current]').text(), path).toBe(english ? 'English' : '中文');
    }
  });

  it('lists each page’s other-language versions in the sitemap', () => {
    const xml = readFileSync(join(real, 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${TEST_SITE_URL}/en/2024/targets/teeth-fluoride/"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${TEST_SITE_URL}/2024/targets/teeth-fluoride/"/>`);
  });

  it('has no Chinese in the English chrome: header, navigation, footer, labels, headings and buttons', () => {
    for (const path of sitemapPaths(real).filter((p) => p.startsWith('/en/'))) {
      const $ = page(real, path);
      // The breadcrumb's last item repeats the page title, which may be the official (Chinese) title.
      $('[lang="zh-CN"], .language-switcher, .breadcrumbs [aria-current="page"]').remove();
      const chrome = $('header, nav, footer, dt, thead th, caption, label, legend, button, h2').text();
      expect(chrome.match(CHINESE), `${path}: ${chrome.slice(0, 200)}`).toBeNull();
      for (const attribute of ['aria-label', 'placeholder']) {
        $(`[${attribute}]`).each((_, el) => expect($(el).attr(attribute), `${path} @${attribute}`).not.toMatch(CHINESE));
      }
    }
  });

  it('marks every Chinese word on an English page as Chinese (official titles, issuers, quoted examples)', () => {
    const english = htmlFiles(real).filter((f) => f.startsWith('en/'));
    expect(english.length).toBeGreaterThan(100);
    expect(english.flatMap((file) => unmarkedChinese(real, file))).toEqual([]);
  });

  it('formats numbers and dates per language: 1.37万户 in Chinese, 13,700 households in English', () => {
    const zh = page(real, '/2024/projects/natural-gas/')('main').text();
    const en = page(real, '/en/2024/projects/natural-gas/')('main').text();
    expect(zh).toContain('1.37万户');
    expect(en).toContain('13,700 households');
    expect(page(real, '/2024/targets/teeth-fluoride/')('main').text()).toContain('2024年12月31日');
    expect(page(real, '/en/2024/targets/teeth-fluoride/')('main').text()).toContain('December 31, 2024');
  });

  it('shows the official text in the original Chinese, marked as such, in the English edition', () => {
    const $ = page(real, '/en/2024/projects/natural-gas/');
    const official = $('.official__text').first();
    expect(official.attr('lang')).toBe('zh-CN');
    expect(official.text()).toContain('1.37万户4万人和87家企业');
    expect($('.official').first().text()).toContain('official text of the plan, shown in the original Chinese');
    expect(page(real, '/en/2024/source/')('.official__text').attr('lang')).toBe('zh-CN');
    // The plain-language explanation exists only in Chinese: marked and said so.
    expect($('#explanation').parent().find('[lang="zh-CN"]').text()).toContain('这件实事做什么');
    expect($('#explanation').parent().text()).toContain('has not been translated into English yet');
  });

  it('translates the names of every project, target, department and county (no fallback note on those pages)', () => {
    const paths = sitemapPaths(real).filter((p) => /^\/en\/(2024\/(projects|targets)|departments|counties)\/[^/]+\/$/.test(p));
    expect(paths.length).toBe(10 + 44 + 41 + 14);
    expect(paths.filter((p) => page(real, p)('[data-untranslated]').length > 0)).toEqual([]);
  });

  it('says that the English is the site’s own translation', () => {
    expect(page(real, '/en/').text()).toContain('not an official translation');
    expect(page(real, '/').text()).not.toContain('not an official translation');
  });

  it('indexes each language separately for Pagefind', () => {
    const entry = JSON.parse(readFileSync(join(real, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages.en!.page_count).toBe(entry.languages['zh-cn']!.page_count);
  });

  it('builds an exact-match index per language: English words find English pages, Chinese words still work', () => {
    const index = JSON.parse(readFileSync(join(real, 'en', 'search-index.json'), 'utf8')) as SearchIndex;
    const top = (q: string) => searchEntries(index.entries, q, {})[0]?.entry;
    expect(top('fluoride')?.path).toBe('/2024/targets/teeth-fluoride/');
    expect(top('fluoride')?.title).toMatch(/fluoride/i);
    expect(top('Tekes')).toBeDefined();
    expect(top('13,700')?.id).toBe('gas-nanan-chabuchaer-pipeline');
    expect(top('涂氟')?.id).toBe('teeth-fluoride');
    const $search = page(real, '/en/search/');
    expect($search('#filter-county option').map((_, o) => $search(o).text()).get()).toContain('Tekes County');
  });

  it.each(['', 'en'])('puts the page a query names first in the built index of edition "/%s": every county, department, project and plan by each of its names', (prefix) => {
    const index = JSON.parse(readFileSync(join(real, prefix, 'search-index.json'), 'utf8')) as SearchIndex;
    const named = index.entries.filter((e) => e.kind !== 'target');
    const wrong = named.flatMap((entry) =>
      entry.fields.names.flatMap((name) => {
        const first = searchEntries(index.entries, name, {})[0]?.entry;
        return first === entry ? [] : [`${name} → ${first?.kind}:${first?.id}, expected ${entry.kind}:${entry.id}`];
      }),
    );
    expect(named.filter((e) => e.kind === 'county').length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
    if (prefix === 'en') {
      const top = (q: string) => searchEntries(index.entries, q, {})[0]?.entry;
      expect([top('Tekes')?.kind, top('Tekes')?.id]).toEqual(['county', 'tekes']);
      expect([top('Tekes County')?.kind, top('Tekes County')?.id]).toEqual(['county', 'tekes']);
      expect([top('特克斯')?.kind, top('特克斯')?.id]).toEqual(['county', 'tekes']);
    }
  });

  it('keeps the RSS feed per language', () => {
    const feed = readFileSync(join(real, 'en', '2024', 'reports', 'feed.xml'), 'utf8');
    expect(feed).toContain('<language>en</language>');
    expect(feed).toContain(`<link>${TEST_SITE_URL}/en/2024/reports/</link>`);
  });
});

describe('a content tree without translations (the test fixture)', () => {
  it('shows the Chinese with a visible note where a translation is missing', () => {
    const $ = page(fixture, '/en/2024/targets/sample-points/');
    expect($('html').attr('lang')).toBe('en');
    expect($('[data-untranslated]').text()).toContain('shown in the original Chinese');
    expect($('h1').text()).toMatch(CHINESE);
    // The UI around it is English.
    expect($('.site-nav').text()).toContain('Methodology');
  });

  it('shows no such note in Chinese', () => {
    expect(page(fixture, '/2024/targets/sample-points/')('[data-untranslated]')).toHaveLength(0);
  });

  it('says so once on every English page that shows the content’s names in Chinese, whatever its kind, and on no page about the site itself', () => {
    // Short links are redirects to the page they name, which carries the note.
    const english = htmlFiles(fixture).filter((f) => f.startsWith('en/')).map((f) => `/${f.replace(/index\.html$/, '')}`).filter((path) => !isShortLinkPath(path));
    // Pages about the site itself (methodology, open data, its dictionary, the 404 page) show no content names.
    const aboutSite = (path: string) => /^\/en\/(about|data)\//.test(path) || path.endsWith('.html');
    const kinds = new Set<string>();
    const wrong: string[] = [];
    for (const path of english) {
      const $ = page(fixture, path);
      const notes = $('[data-untranslated]').length;
      const expected = aboutSite(path) ? 0 : 1;
      if (notes !== expected) wrong.push(`${path}: ${notes} notes, expected ${expected}`);
      if (!aboutSite(path)) kinds.add(path.split('/').filter(Boolean).slice(1, 3).map((part) => (/^\d{4}$/.test(part) ? 'plan' : part)).join('/'));
    }
    expect(wrong).toEqual([]);
    // Home, plan, projects, targets, reports, departments, counties, search and embeds all among them.
    for (const kind of ['', 'plan', 'plan/projects', 'plan/targets', 'plan/reports', 'departments', 'counties', 'search', 'embed/plan']) {
      expect([...kinds].some((k) => k === kind || (kind !== '' && k.startsWith(kind))), kind || 'home').toBe(true);
    }
  });
});

describe('the 404 page', () => {
  it('speaks every edition’s language, each marked', () => {
    const $ = load(readFileSync(join(real, '404.html'), 'utf8'));
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('section[lang="en"] a').attr('href')).toBe('/en/');
    expect($('link[rel="alternate"][hreflang]')).toHaveLength(0);
  });
});
