import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawAllCharts } from '../../scripts/lib/browser.ts';
import { overlaidContent } from '../helpers/fixtures.ts';
import { servedSite } from '../helpers/served.ts';
import { PUBLIC_BUILD, TEST_SITE_URL, buildSite } from '../helpers/site-build.ts';

// The test fixture built with three editions: Chinese, English and the right-to-left placeholder
// locale `qaa` (test/fixtures/rtl-locale/site.json), which only synthetic content may enable.
const site = servedSite(() => buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: overlaidContent('rtl-locale') }));

/** Pages of every kind that carry layout: lists, facts, tables, progress bars, charts, forms. */
const PATHS = [
  '/',
  '/2024/projects/sample/',
  '/2024/targets/sample-points/',
  '/2024/reports/2024-06-30/',
  '/search/?q=sample',
  '/departments/',
  '/counties/county-a/',
  '/data/',
  '/about/',
];

/** Where an element sits: its inline start and end edges in page pixels. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

async function open(path: string, width = 1024): Promise<Page> {
  const page = await site.newPage({ width, height: 900 });
  await page.goto(site.url + path);
  await drawAllCharts(page);
  return page;
}

/**
 * Narrows a loaded page's viewport and loads it again at that width, charts drawn. Narrowing alone
 * left chart.js's canvas at its 1024 px width in CI twice (599 px of overflow at 360 px, once for
 * 30 s), so the page is laid out from the start at the phone's width, as a phone would.
 */
async function narrow(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.reload();
  await drawAllCharts(page);
}

const box = (page: Page, selector: string): Promise<Box> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

/**
 * Pairs of rendered elements whose boxes overlap: every element that holds text or is a control,
 * leaving out pairs where one contains the other. Inline elements are compared line box by line box
 * (getClientRects), so text wrapping over two lines is not an overlap; elements not rendered (in a
 * closed <details>, or clipped away like visually hidden table heads) are left out. Returns
 * descriptions of the first few.
 */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a, button, input, select, textarea, label, h1, h2, h3, h4, dt, dd, th, td, li, p, caption, summary, .status, svg, canvas';
    const clipped = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).clipPath !== 'none') return true;
      return false;
    };
    const items = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && !el.closest('.skip-link') && !clipped(el))
      .map((el) => ({ el, rects: [...el.getClientRects()].filter((r) => r.width > 1 && r.height > 1) }))
      .filter(({ rects }) => rects.length > 0);
    const intersect = (p: DOMRect, q: DOMRect) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > 2 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 2;
    const found: string[] = [];
    for (let i = 0; i < items.length && found.length < 5; i += 1) {
      for (let j = i + 1; j < items.length && found.length < 5; j += 1) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        if (a.rects.some((p) => b.rects.some((q) => intersect(p, q)))) found.push(`${a.el.tagName}.${a.el.className} "${a.el.textContent?.trim().slice(0, 20)}" ∩ ${b.el.tagName}.${b.el.className} "${b.el.textContent?.trim().slice(0, 20)}"`);
      }
    }
    return found;
  });
}

describe('the right-to-left test locale, in Chromium', () => {
  it('declares rtl, says its strings are placeholders, and links the other editions', async () => {
    const page = await open('/qaa/2024/targets/sample-points/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('qaa');
    expect(await page.textContent('[data-placeholder-language]')).toContain('not a translation');
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
    // Absolute, as hreflang requires (on SITE_URL; a build without it has none).
    expect(alternates).toEqual([
      `zh-CN ${TEST_SITE_URL}/2024/targets/sample-points/`,
      `en ${TEST_SITE_URL}/en/2024/targets/sample-points/`,
      `qaa ${TEST_SITE_URL}/qaa/2024/targets/sample-points/`,
      `x-default ${TEST_SITE_URL}/2024/targets/sample-points/`,
    ]);
    await page.close();
  });

  // One tab per edition and path: the mirror check and the overlap check at 1024 px, then the same
  // tab narrowed to 360 px and reloaded (laid out as on a phone) for the overlap check.
  it.each(PATHS)('%s mirrors the English layout (blocks and the first item of each row start on the right), with no overlapping text or controls and no sideways scroll at 1024 and 360 px in either direction', async (path) => {
    const ltr = await open(`/en${path}`);
    const rtl = await open(`/qaa${path}`);
    const width = 1024 - (await rtl.evaluate(() => window.innerWidth - document.documentElement.clientWidth));
    for (const selector of ['main h1', '.site-header__name', 'main > *:first-child', '.site-footer p']) {
      const l = await box(ltr, selector);
      const r = await box(rtl, selector);
      // The start edge of a block (and of a row's first item) is mirrored; text widths may differ.
      expect(Math.abs(r.right - (width - l.left)), `${path} ${selector}: ltr left ${l.left}, rtl right ${r.right}`).toBeLessThanOrEqual(2);
    }
    // In a table row the first cell is the right-most.
    const row = await rtl.$$eval('main table tbody tr', (rows) => rows.slice(0, 1).map((tr) => [...tr.children].map((c) => c.getBoundingClientRect().left)));
    if (row[0] && row[0].length > 1) expect(row[0][0]).toBeGreaterThan(row[0][1]!);
    for (const width of [1024, 360]) {
      for (const [prefix, page] of [['/qaa', rtl], ['/en', ltr]] as const) {
        if (width !== 1024) await narrow(page, width);
        expect(await overlaps(page), `${prefix}${path} at ${width}px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${prefix}${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await ltr.close();
    await rtl.close();
  });

  it('fills progress bars from the right', async () => {
    const page = await open('/qaa/2024/projects/sample/');
    const bar = await page.$eval('.progress__track', (svg) => {
      const track = svg.getBoundingClientRect();
      const fill = svg.querySelector('.progress__fill')!.getBoundingClientRect();
      return { trackLeft: track.left, trackRight: track.right, fillLeft: fill.left, fillRight: fill.right };
    });
    expect(Math.abs(bar.fillRight - bar.trackRight)).toBeLessThanOrEqual(1);
    expect(bar.fillLeft).toBeGreaterThan(bar.trackLeft);
    await page.close();
  });

  it('the overlap check itself finds an overlap', async () => {
    const page = await open('/qaa/');
    await page.evaluate(() => {
      const h1 = document.querySelector('main h1') as HTMLElement;
      const p = document.createElement('p');
      p.textContent = 'overlapping';
      p.style.position = 'absolute';
      const r = h1.getBoundingClientRect();
      p.style.left = `${r.left + window.scrollX}px`;
      p.style.top = `${r.top + window.scrollY}px`;
      document.body.append(p);
    });
    expect((await overlaps(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it.each(PATHS)('%s has no WCAG 2.2 AA violation (axe), right to left', async (path) => {
    expect(await site.axe(`/qaa${path}`)).toEqual([]);
  });
});

describe('switching language and searching, in Chromium', () => {
  it('keeps the reader on the same page when switching language', async () => {
    const page = await open('/2024/targets/sample-points/');
    await page.click('.language-switcher a[hreflang="en"]');
    await page.waitForURL(/\/en\/2024\/targets\/sample-points\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('.language-switcher a[hreflang="zh-CN"]');
    await page.waitForURL(`${site.url}/2024/targets/sample-points/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });

  it('searches the reader’s language: English words find English pages in the English index only', async () => {
    // "Deadline" appears only in the English pages' text, so only Pagefind's English index has it.
    const english = await open('/en/search/?q=deadline');
    // Exact matches show first; the full-text results (English pages only) join them when the status names the query.
    await english.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('deadline'));
    const links = await english.$$eval('.search-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith('/en/'))).toEqual([]);
    await english.close();
    // The Chinese search page searches the Chinese index: no English page comes back.
    const chinese = await open('/search/?q=deadline');
    await chinese.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('deadline'));
    expect(await chinese.$$eval('.search-results li a', (as) => as.map((a) => a.getAttribute('href') ?? '').filter((href) => href.startsWith('/en/')))).toEqual([]);
    await chinese.close();
  });

  it('submits the header search box to the search page of the same language', async () => {
    const page = await open('/en/2024/');
    await page.fill('#header-q', 'sample');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=sample$/);
    await page.close();
  });
});
