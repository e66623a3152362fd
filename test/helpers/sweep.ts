import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawAllCharts, searchSettled, launchChromium, serveStatic } from '../../scripts/lib/browser.ts';
import { RESERVED_SEGMENTS } from '../../src/lib/web/urls.ts';
import { AXE_FILES, axeViolationsIn } from './axe.ts';
import { reflowProblems } from './reflow.ts';

/** Paths of every page a built site's sitemap lists. */
export function sitemapPaths(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** Tabs a sweep keeps open and reuses: pages checked at once. */
const TABS = 3;
interface Tabs {
  js: Page;
  noJs: Page;
  /** For axe, which the site's CSP would refuse: checks only, never the page as readers get it. */
  axe: Page;
}

/** Segments after which the next segment is an id (a project, target, report date, department, county). */
const ID_AFTER = new Set(['projects', 'targets', 'reports', 'departments', 'counties']);

/**
 * A page's template and edition, from its path: '/en/2024/targets/teeth-fluoride/' →
 * 'en /<plan>/targets/*'. The first segment is an edition when it is a language tag (two letters or
 * three, as /en/ and /qaa/), a plan when it is not one of the site's sections.
 */
export function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const edition = segments[0] && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(segments[0]) ? segments.shift()! : 'zh-CN';
  const shape = segments.map((segment, i) => {
    if (i === 0 && !RESERVED_SEGMENTS.includes(segment)) return '<plan>';
    return ID_AFTER.has(segments[i - 1] ?? '') ? '*' : segment;
  });
  return `${edition} /${shape.join('/')}${shape.length ? '/' : ''}`;
}

/** The templates whose every page axe checks, by default: each project's own text, each report's own notes. */
const AXE_EVERY = ['zh-CN /<plan>/projects/*/', 'zh-CN /<plan>/reports/*/'];

/**
 * The pages axe checks: it takes seconds a page, so not all 250, but a sample that still covers
 * every template in every edition, every page of the `every` templates (every project page and
 * every report of the root edition), a target of every kind in every edition and of every kind and
 * status in the root edition, and the search page with a query. Every other check runs on every page.
 */
export function axeSample(dir: string, paths: readonly string[], searchQuery: string, every: readonly string[] = AXE_EVERY): string[] {
  const sample = new Map<string, string>();
  const take = (key: string, path: string) => !sample.has(key) && sample.set(key, path);
  for (const path of paths) {
    const template = templateOf(path);
    take(template, path);
    if (every.includes(template)) take(path, path);
    if (template.endsWith('/<plan>/targets/*/')) {
      const $ = load(readFileSync(join(dir, path, 'index.html'), 'utf8'));
      const filter = (key: string) => $(`[data-pagefind-filter^="${key}:"]`).attr('data-pagefind-filter');
      // Every kind in every edition; every kind and status pair in the root edition.
      take(`${template} ${filter('kind')}`, path);
      if (template.startsWith('zh-CN ')) take(`${template} ${filter('kind')} ${filter('status')}`, path);
    }
  }
  return [...new Set(sample.values()), `/search/?q=${encodeURIComponent(searchQuery)}`];
}

/**
 * Checks every page of a built site's sitemap (and the search page with a query) in Chromium at
 * 320 px (WCAG's reflow width): loads with no console error or CSP violation, requests nothing
 * outside the origin, one <h1>, a title, lang and description, a skip link, no sideways scrolling
 * and no date or figure broken across lines in a table cell (reflowProblems), and with JavaScript off
 * still shows its content and every data table. axe (WCAG 2.2 AA) checks a sample that covers every
 * template, edition and content shape (axeSample). A page's language is its edition's: /en/…
 * English, else Chinese. `axeEvery`: the templates whose every page axe checks (axeSample). Pages
 * of a `sampled` template are visited only as axe samples them: a
 * template as templateOf writes it without the edition ('/departments/*\/', every edition), where
 * another sweep visits every one of them with fuller content, or with it ('en /departments/*\/'),
 * where this sweep visits every one in the root edition.
 */
export function sweepSite(name: string, dir: string, searchQuery = '学生', sampled: readonly string[] = [], axeEvery: readonly string[] = AXE_EVERY): void {
  const sitemap = sitemapPaths(dir);
  const axePaths = new Set(axeSample(dir, sitemap, searchQuery, axeEvery));
  const isSampled = (path: string) => sampled.includes(templateOf(path)) || sampled.includes(templateOf(path).split(' ')[1]!);
  const paths = [...sitemap.filter((p) => axePaths.has(p) || !isSampled(p)), ...[...axePaths].filter((p) => p.includes('?'))];
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };
  /** A few tabs, each with JavaScript and without, reused from page to page (a new tab costs ~0.3 s). */
  const idle: Tabs[] = [];
  const waiting: ((tabs: Tabs) => void)[] = [];
  const borrow = (): Promise<Tabs> => new Promise((resolve) => (idle.length > 0 ? resolve(idle.pop()!) : waiting.push(resolve)));
  const giveBack = (tabs: Tabs): void => (waiting.length > 0 ? waiting.shift()!(tabs) : void idle.push(tabs));

  beforeAll(async () => {
    site = await serveStatic(dir, AXE_FILES);
    browser = await launchChromium();
    const withJs = await browser.newContext({ viewport: { width: 320, height: 740 } });
    const withoutJs = await browser.newContext({ viewport: { width: 320, height: 740 }, javaScriptEnabled: false });
    const forAxe = await browser.newContext({ viewport: { width: 320, height: 740 }, bypassCSP: true });
    for (let i = 0; i < TABS; i += 1) idle.push({ js: await withJs.newPage(), noJs: await withoutJs.newPage(), axe: await forAxe.newPage() });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  describe(`every page of the ${name} sitemap`, () => {
    it('lists the pages, and axe samples every template of every edition', () => {
      expect(sitemap.length).toBeGreaterThan(50);
      const templates = new Set(sitemap.map(templateOf));
      expect(new Set([...axePaths].filter((p) => !p.includes('?')).map(templateOf))).toEqual(templates);
    });

    // Pages are independent, so a few load at once, each in a tab of its own.
    it.concurrent.for(paths)('%s', async (path, { expect }) => {
      const tabs = await borrow();
      const problems: string[] = [];
      const onConsole = (m: ConsoleMessage) => m.type() === 'error' && problems.push(`console: ${m.text()}`);
      const onError = (e: Error) => problems.push(`error: ${String(e)}`);
      const onRequest = (r: Request) => !r.url().startsWith(site.url) && !r.url().startsWith('data:') && problems.push(`outside request: ${r.url()}`);
      const page = tabs.js;
      page.on('console', onConsole).on('pageerror', onError).on('request', onRequest);
      let facts: { lang: string; h1: number; title: string; description: string; skip: string | null };
      let reflow: string[];
      let shown: { text: number; tables: number; visibleTables: number };
      let violations: string[];
      try {
        await page.goto(site.url + path);
        await drawAllCharts(page);
        await searchSettled(page);
        facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelectorAll('h1').length,
          title: document.title.trim(),
          description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
          skip: document.querySelector('a.skip-link')?.getAttribute('href') ?? null,
        }));
        reflow = await reflowProblems(page);
        // A page whose main region has no script (nor noscript) renders the same with JavaScript off:
        // most pages. Every page's header has the reading switches' scripts, which change only reading
        // modes, not content (test/e2e/reading.test.ts checks them with JavaScript off). Pages with a
        // chart or search (their scripts sit in the main region) are loaded again without it.
        const scripted = await page.evaluate(() => document.querySelector('main script, main noscript') !== null);
        if (scripted) await tabs.noJs.goto(site.url + path);
        shown = await (scripted ? tabs.noJs : page).evaluate(() => ({
          text: (document.querySelector('main')?.textContent ?? '').trim().length,
          tables: document.querySelectorAll('main table').length,
          visibleTables: [...document.querySelectorAll('main table')].filter((t) => (t as HTMLElement).offsetParent !== null || (t as HTMLElement).closest('details')).length,
        }));
        violations = axePaths.has(path) ? await axeViolationsIn(tabs.axe, site.url + path) : [];
      } finally {
        page.off('console', onConsole).off('pageerror', onError).off('request', onRequest);
        giveBack(tabs);
      }
      expect(problems).toEqual([]);
      expect(facts).toMatchObject({ lang: path.startsWith('/en/') ? 'en' : 'zh-CN', h1: 1, skip: '#main' });
      expect(facts.title).not.toBe('');
      expect(facts.description).not.toBe('');
      expect(reflow).toEqual([]);
      expect(shown.text).toBeGreaterThan(20);
      expect(shown.visibleTables).toBe(shown.tables);
      expect(violations).toEqual([]);
    });
  });
}
