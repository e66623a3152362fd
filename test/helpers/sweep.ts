import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawAllCharts, launchChromium, serveStatic } from '../../scripts/lib/browser.ts';
import { axeViolations } from './axe.ts';

/** Paths of every page a built site's sitemap lists. */
export function sitemapPaths(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * Checks every page of a built site's sitemap in Chromium at 360 px: loads with no console error
 * or CSP violation, requests nothing outside the origin, one <h1>, a title, lang and description,
 * a skip link, no sideways scrolling, axe WCAG 2.2 AA clean, and with JavaScript off still shows its
 * content and every data table. A page's language is its edition's: /en/… English, else Chinese.
 */
export function sweepSite(name: string, dir: string): void {
  const paths = sitemapPaths(dir);
  let browser: Browser;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    site = await serveStatic(dir);
    browser = await launchChromium();
    withJs = await browser.newContext({ viewport: { width: 360, height: 740 } });
    withoutJs = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  describe(`every page of the ${name} sitemap`, () => {
    it('lists the pages', () => {
      expect(paths.length).toBeGreaterThan(50);
    });

    it.each(paths)('%s', async (path) => {
      const page = await withJs.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`error: ${String(e)}`));
      page.on('request', (r) => !r.url().startsWith(site.url) && !r.url().startsWith('data:') && problems.push(`outside request: ${r.url()}`));
      await page.goto(site.url + path);
      await drawAllCharts(page);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        title: document.title.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
        skip: document.querySelector('a.skip-link')?.getAttribute('href') ?? null,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      await page.close();
      expect(problems).toEqual([]);
      expect(facts).toMatchObject({ lang: path.startsWith('/en/') ? 'en' : 'zh-CN', h1: 1, skip: '#main' });
      expect(facts.title).not.toBe('');
      expect(facts.description).not.toBe('');
      expect(facts.overflow).toBeLessThanOrEqual(0);

      expect(await axeViolations(browser, site.url + path)).toEqual([]);

      const noJs = await withoutJs.newPage();
      await noJs.goto(site.url + path);
      const shown = await noJs.evaluate(() => ({
        text: (document.querySelector('main')?.textContent ?? '').trim().length,
        tables: document.querySelectorAll('main table').length,
        visibleTables: [...document.querySelectorAll('main table')].filter((t) => (t as HTMLElement).offsetParent !== null || (t as HTMLElement).closest('details')).length,
      }));
      await noJs.close();
      expect(shown.text).toBeGreaterThan(20);
      expect(shown.visibleTables).toBe(shown.tables);
    });
  });
}
