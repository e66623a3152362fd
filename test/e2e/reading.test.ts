import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { drawAllCharts, launchChromium, serveStatic } from '../../scripts/lib/browser.ts';
import { PUBLIC_BUILD, buildSite, htmlFiles } from '../helpers/site-build.ts';
import { reflowProblems } from '../helpers/reflow.ts';
import { sitemapPaths, templateOf } from '../helpers/sweep.ts';

/**
 * Reading for older people and for everyone (issue 28): the 大字 and 高对比 switches on every page,
 * with and without JavaScript, and reflow: no page scrolls sideways at 200 % text or with large text
 * on, and no table cell breaks a date or a figure across lines (at plain 320 px the sweeps check every
 * page, test/helpers/sweep.ts). Rendered with a Chinese
 * font (fonts-noto-cjk, .ci/run): glyph widths decide where text wraps. One Chromium for the file;
 * the real and demo builds are the ones every other test file shares.
 */

const real = buildSite(PUBLIC_BUILD);
const demo = buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-reading-'))) });

/**
 * The pages a reflow check visits: of each template (as the sweeps name them), the page with the
 * most HTML, the likeliest to be wide; then `extra` pages known to be hard (a chart and a correction,
 * an adjustment, a report's notes, a milestone strip).
 */
function samplePages(dir: string, extra: readonly string[] = []): string[] {
  const size = (path: string) => statSync(join(dir, path, 'index.html')).size;
  const longest = new Map<string, string>();
  for (const path of sitemapPaths(dir)) {
    const template = templateOf(path);
    const current = longest.get(template);
    if (current === undefined || size(path) > size(current)) longest.set(template, path);
  }
  return [...new Set([...longest.values(), ...extra])];
}

/** The sites the switches are tried on. */
const SITES = { real: { dir: real }, demo: { dir: demo } } as const;

/**
 * The pages reflow is checked on: the demo's, whose templates are the real site's with every kind
 * of content filled in (reports, charts, breakdowns, corrections); the sweeps check every page of
 * both sites at plain 320 px.
 */
const REFLOW_PAGES = samplePages(demo, ['/', '/2024/targets/teeth-fluoride/', '/en/2024/targets/teeth-fluoride/', '/2024/targets/classroom-lighting-upgrade/', '/2024/targets/student-vision-records/', '/2024/reports/2024-09-30/', '/en/2024/reports/2024-09-30/']);

/** How a page is read: window width, the root's font size (200 %: text zoomed), large text switched on. */
const CONDITIONS = [
  { name: '200 % text on a 640 px window', width: 640, rootFont: '200%', large: false },
  { name: 'large text on at 320 px', width: 320, rootFont: '', large: true },
] as const;

let browser: Browser;
const servers: Record<string, { url: string; close: () => Promise<void> }> = {};
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  for (const [name, site] of Object.entries(SITES)) servers[name] = await serveStatic(site.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

/**
 * A browsing context that records, from the start of every document, CSP violations and when the
 * large-text mode was first set on <html>.
 */
async function newContext(options: BrowserContextOptions = {}, stored: Record<string, string> = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 720 }, ...options });
  contexts.push(context);
  await context.addInitScript((entries: Record<string, string>) => {
    const w = window as unknown as { __csp: string[]; __largeTextAt?: number };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    try {
      // Only into an empty storage: a stored choice is the page's own once it has made one.
      if (localStorage.length === 0) for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    } catch {
      // A page without storage (about:blank).
    }
    // When the page's own script first sets a reading mode, for comparison with its first contentful
    // paint (an empty frame before it, which a loaded machine may draw, shows no text to resize).
    new MutationObserver(() => {
      w.__largeTextAt ??= performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-large-text'] });
  }, stored);
  return context;
}

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
});

/** What a page shows of its reading modes. */
async function readingState(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    return {
      rootFont: parseFloat(getComputedStyle(document.documentElement).fontSize),
      bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
      text: getComputedStyle(document.body).color,
      buttons: [...document.querySelectorAll('reading-switches button')].filter(visible).map((b) => `${b.textContent}=${b.getAttribute('aria-pressed')}`),
      links: [...document.querySelectorAll('reading-switches a')].filter(visible).map((a) => a.getAttribute('href')),
      csp: (window as unknown as { __csp: string[] }).__csp,
    };
  });
}

/**
 * Contrast ratios (WCAG) of what the page shows: text against the background it sits on, and the
 * borders of tables, cards, fields and the focus ring against theirs; the lowest per kind.
 */
async function contrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (colour: string) => colour.match(/[\d.]+/g)!.map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (rgb(c)[3] !== 0) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const lowest = (selector: string, measure: (el: Element) => number) => {
      const found = [...document.querySelectorAll(selector)].filter((el) => (el as HTMLElement).offsetParent !== null || el.tagName === 'BODY');
      return found.length === 0 ? null : Math.min(...found.map(measure));
    };
    const text = (el: Element) => ratio(getComputedStyle(el).color, background(el));
    const border = (side: string) => (el: Element) => ratio(getComputedStyle(el).getPropertyValue(`border-${side}-color`), background(el.parentElement));
    // The focused element (the test moves focus there with the keyboard): its outline against what surrounds it.
    const focused = document.activeElement!;
    const ring = ratio(getComputedStyle(focused).outlineColor, background(focused.parentElement));
    const ringShown = focused.tagName === 'A' && getComputedStyle(focused).outlineStyle !== 'none' && parseFloat(getComputedStyle(focused).outlineWidth) >= 2;
    return {
      body: lowest('main p, main li, main dd, main td', text),
      links: lowest('main a[href], .site-footer a[href], .breadcrumbs a[href]', text),
      muted: lowest('.muted, .breadcrumbs, .site-footer p, .eyebrow, .chart__legend', text),
      header: lowest('.site-header a, .reading__button', text),
      statuses: lowest('.status', text),
      buttons: lowest('main button, .header-search button', text),
      borders: Math.min(lowest('main td', border('bottom')) ?? 21, lowest('.card, .chart', border('top')) ?? 21, lowest('input[type="search"]', border('top')) ?? 21),
      focusRing: ringShown ? ring : 0,
    };
  });
}

describe('the 大字 and 高对比 switches', () => {
  it('are on every full page of both sites, two buttons with aria-pressed and their no-JavaScript links; bare pages have none', () => {
    const problems: string[] = [];
    let full = 0;
    for (const dir of [real, demo]) {
      for (const file of htmlFiles(dir)) {
        const html = readFileSync(join(dir, file), 'utf8');
        const buttons = html.match(/<button type="button" class="reading__button" data-mode="[a-z-]+"[^>]* aria-pressed="false">/g)?.length ?? 0;
        const links = html.match(/<a class="reading__link" href="#[a-z-]+"/g)?.length ?? 0;
        if (!html.includes('<header class="site-header"')) {
          if (buttons + links > 0 || html.includes('reading-switches')) problems.push(`${file}: a bare page with switches`);
          continue;
        }
        full += 1;
        // The script runs first in <body>, under the page's CSP (the meta tag is in the head).
        const script = html.indexOf('<body') < html.indexOf('<script>') && html.indexOf('<script>') < html.indexOf('class="skip-link"');
        if (buttons !== 2 || links !== 8 || !script) problems.push(`${file}: ${buttons} buttons, ${links} links, script first in body: ${script}`);
      }
    }
    expect(full).toBeGreaterThan(400);
    expect(problems).toEqual([]);
  });

  it('toggle, survive navigation in both editions, apply before the first contentful paint, with no CSP violation', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const site = servers.real!.url;
    await page.goto(`${site}/2024/`);
    const before = await readingState(page);
    expect(before.buttons).toEqual(['大字=false', '高对比=false']);
    expect(before.links).toEqual([]);

    await page.click('button[data-mode="large-text"]');
    const large = await readingState(page);
    expect(large.buttons).toEqual(['大字=true', '高对比=false']);
    expect(large.bodyFont / before.bodyFont).toBeGreaterThanOrEqual(1.5);
    await page.click('button[data-mode="high-contrast"]');
    expect((await readingState(page)).buttons).toEqual(['大字=true', '高对比=true']);

    // To another page by its link, as a reader goes: both modes are there before the first contentful paint.
    await Promise.all([page.waitForURL(/\/about\/$/), page.click('.site-nav a[href="/about/"]')]);
    const next = await readingState(page);
    expect(next.buttons).toEqual(['大字=true', '高对比=true']);
    expect(next.rootFont).toBe(1.5 * 16);
    const paint = await page.evaluate(async () => {
      const fcp = await new Promise<number>((resolve) =>
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) (observer.disconnect(), resolve(entry.startTime));
        }).observe({ type: 'paint', buffered: true }),
      );
      return { setAt: (window as unknown as { __largeTextAt?: number }).__largeTextAt, fcp };
    });
    expect(paint.setAt).toBeTypeOf('number');
    expect(paint.setAt!).toBeLessThan(paint.fcp);

    // The English edition shares them (one origin, one storage) and says them in English.
    await page.goto(`${site}/en/2024/projects/student-health/`);
    expect((await readingState(page)).buttons).toEqual(['Large text=true', 'High contrast=true']);
    await page.click('button[data-mode="large-text"]');
    await page.goto(`${site}/search/`);
    const after = await readingState(page);
    expect(after.buttons).toEqual(['大字=false', '高对比=true']);
    expect(after.bodyFont).toBe(before.bodyFont);
    expect([...before.csp, ...large.csp, ...next.csp, ...after.csp]).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('work without JavaScript: links to the page with the setting in the fragment, both modes at once, for that page only', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const site = servers.real!.url;
    await page.goto(`${site}/2024/targets/teeth-fluoride/`);
    const plain = await readingState(page);
    expect(plain.buttons).toEqual([]);
    expect(plain.links).toEqual(['#large-text', '#high-contrast']);

    await page.click('a.reading__link[href="#large-text"]:visible');
    const large = await readingState(page);
    expect(page.url()).toMatch(/#large-text$/);
    expect(large.bodyFont / plain.bodyFont).toBeGreaterThanOrEqual(1.5);
    expect(large.links).toEqual(['#reading-default', '#large-text-high-contrast']);

    await page.click('a.reading__link[href="#large-text-high-contrast"]:visible');
    const both = await readingState(page);
    expect([both.bodyFont, both.text]).toEqual([large.bodyFont, 'rgb(0, 0, 0)']);
    expect(both.links).toEqual(['#high-contrast', '#large-text']);

    await page.click('a.reading__link[href="#high-contrast"]:visible');
    const contrast = await readingState(page);
    expect([contrast.bodyFont, contrast.text]).toEqual([plain.bodyFont, 'rgb(0, 0, 0)']);
    await page.click('a.reading__link[href="#reading-default"]:visible');
    expect((await readingState(page)).text).toBe(plain.text);

    // Nothing carries a mode to the next page without a script (README says so).
    await page.click('a.reading__link[href="#large-text"]:visible');
    await page.goto(`${site}/about/`);
    expect((await readingState(page)).bodyFont).toBe(plain.bodyFont);
    await page.close();
  });

  it('make text and links 7:1 or more with high contrast, borders and the focus ring too (they are not, without it)', async () => {
    const page = await (await newContext()).newPage();
    const results: Record<string, unknown> = {};
    for (const path of ['/', '/2024/targets/teeth-fluoride/', '/2024/reports/2024-09-30/']) {
      await page.goto(servers.demo!.url + path);
      const normal = await contrasts(page);
      await page.click('button[data-mode="high-contrast"]');
      // Focus a link of the main region from the keyboard, so it shows its focus ring.
      await page.focus('main a[href]');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const high = await contrasts(page);
      await page.click('button[data-mode="high-contrast"]');
      const low = Object.entries(high).filter(([, v]) => v !== null && v < 7);
      results[path] = { low, normalMuted: normal.muted! < 7 };
    }
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((path) => [path, { low: [], normalMuted: true }])));
    await page.close();
  });

  it('honour the system: prefers-contrast more turns high contrast on until the reader turns it off; forced colours keep the pressed state visible', async () => {
    const page = await (await newContext({ contrast: 'more' })).newPage();
    await page.goto(`${servers.real!.url}/2024/`);
    const asked = await readingState(page);
    expect([asked.buttons, asked.text]).toEqual([['大字=false', '高对比=true'], 'rgb(0, 0, 0)']);
    await page.click('button[data-mode="high-contrast"]');
    await page.reload();
    const off = await readingState(page);
    expect(off.buttons).toEqual(['大字=false', '高对比=false']);
    expect(off.text).not.toBe('rgb(0, 0, 0)');
    await page.close();

    const forced = await (await newContext({ forcedColors: 'active' }, { 'reading:large-text': 'on' })).newPage();
    await forced.goto(`${servers.real!.url}/2024/`);
    const styles = await forced.evaluate(() => ['large-text', 'high-contrast'].map((mode) => getComputedStyle(document.querySelector(`button[data-mode="${mode}"]`)!).borderTopStyle));
    expect(styles).toEqual(['double', 'solid']);
    await forced.close();
  });
});

/** What a page does wrong at a reading condition: reflowProblems, and reading switches missing. */
async function readingReflowProblems(page: Page, rootFont: string): Promise<string[]> {
  if (rootFont) await page.evaluate((size) => void (document.documentElement.style.fontSize = size), rootFont);
  await drawAllCharts(page);
  const switches = await page.evaluate(() => (document.querySelector('.site-header') ? document.querySelectorAll('reading-switches button[aria-pressed]').length : 2));
  return [...(await reflowProblems(page)), ...(switches === 2 ? [] : [`${switches} reading switches`])];
}

describe('reflow: no sideways scrolling, no date or figure broken in a table cell', () => {
  it('folds a target page\'s history tables into lists on a phone, without the column that repeats the target; a table again on a wide screen', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const look = () =>
      page.evaluate(() =>
        ['figure.chart table', '#history ~ * table'].map((selector) => {
          const table = document.querySelector(selector)!;
          const target = [...table.querySelectorAll('[data-repeats]')];
          return {
            display: getComputedStyle(table.querySelector('tbody tr')!).display,
            header: (table.querySelector('thead') as HTMLElement).getBoundingClientRect().height > 1,
            targetColumn: target.length === 0 ? 'none' : target.every((cell) => getComputedStyle(cell).display === 'none') ? 'hidden' : 'shown',
          };
        }),
      );
    await page.setViewportSize({ width: 390, height: 720 });
    await page.goto(`${servers.demo!.url}/2024/targets/teeth-fluoride/`);
    expect(await look()).toEqual([
      { display: 'block', header: false, targetColumn: 'hidden' },
      { display: 'block', header: false, targetColumn: 'none' },
    ]);
    await page.setViewportSize({ width: 1024, height: 720 });
    expect(await look()).toEqual([
      { display: 'table-row', header: true, targetColumn: 'shown' },
      { display: 'table-row', header: true, targetColumn: 'none' },
    ]);
    await page.close();
  });

  it.each(CONDITIONS)(`the demo site, every template (${REFLOW_PAGES.length} pages), at $name`, async ({ width, rootFont, large }) => {
    const context = await newContext({ viewport: { width, height: 720 } }, large ? { 'reading:large-text': 'on' } : {});
    // Three tabs at a time: pages are independent.
    const queue = [...REFLOW_PAGES];
    const found: string[] = [];
    await Promise.all(
      [0, 1, 2].map(async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await page.goto(servers.demo!.url + path);
          for (const problem of await readingReflowProblems(page, rootFont)) found.push(`${path}: ${problem}`);
        }
        await page.close();
      }),
    );
    expect(found.sort()).toEqual([]);
  });
});
