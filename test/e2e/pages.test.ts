import { describe, expect, it } from 'vitest';
import { reflowProblems } from '../helpers/reflow.ts';
import { servedSite } from '../helpers/served.ts';
import { PUBLIC_BUILD, buildSite } from '../helpers/site-build.ts';

/** Pages outside the sitemap (which test/e2e/sweep-*.test.ts covers page by page). */
const PAGES = [
  '/search/?q=%E6%B6%82%E6%B0%9F&county=tekes',
  '/embed/2024/targets/teeth-fluoride/',
  '/2024/targets/teeth-fluoride/notice/',
  '/2024/projects/student-health/notice/',
  '/no-such-page/',
];

const site = servedSite(() => buildSite(PUBLIC_BUILD));

describe('in Chromium', () => {
  it.each(PAGES)('%s has no WCAG 2.2 AA violation (axe)', async (path) => {
    expect(await site.axe(path)).toEqual([]);
  });

  it.each(PAGES)('%s does not scroll sideways at 320 px, nor break a date or figure in a table cell', async (path) => {
    const page = await site.newPage({ width: 320, height: 740 });
    await page.goto(site.url + path);
    const problems = await reflowProblems(page);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('makes no request outside the site', async () => {
    const page = await site.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.url)) outside.push(request.url());
    });
    for (const path of PAGES) await page.goto(site.url + path);
    await page.close();
    expect(outside).toEqual([]);
  });

  it('sends a short link on to its page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/t/teeth-fluoride/`);
    await page.waitForURL(/\/2024\/targets\/teeth-fluoride\/$/);
    expect(await page.textContent('h1')).toBe('为学龄前儿童免费提供口腔局部涂氟');
    await page.close();
  });

  it('shows where the keyboard focus is, on links, fields, selects and buttons', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/search/`);
    for (const selector of ['a.site-header__name', '#header-q', '#filter-project', '.search-form button[type="submit"]', 'main a']) {
      const before = await page.$eval(selector, (el) => getComputedStyle(el).backgroundColor + getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow);
      await page.focus(selector);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const after = await page.$eval(selector, (el) => ({ focused: el === document.activeElement, look: getComputedStyle(el).backgroundColor + getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow }));
      expect(after.focused, selector).toBe(true);
      expect(after.look, selector).not.toBe(before);
    }
    await page.close();
  });

  it.each(['/2024/projects/student-health/', '/2024/targets/teeth-fluoride/'])('prints %s cleanly on A4: no site chrome, no sideways overflow', async (path) => {
    const page = await site.newPage({ width: 794, height: 1123 });
    await page.goto(site.url + path);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      hidden: ['.site-header', '.site-footer', '.breadcrumbs', '.skip-link'].map((s) => document.querySelector(s)).filter(Boolean).every((el) => getComputedStyle(el!).display === 'none'),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      official: getComputedStyle(document.querySelector('.official, h1')!).display !== 'none',
    }));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.close();
    expect(printed).toEqual({ hidden: true, overflow: 0, official: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('moves focus to the skip link first, and the link leads to the main content', async () => {
    const page = await site.newPage();
    await page.goto(site.url + '/2024/projects/employment/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).position)).toBe('static');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});
