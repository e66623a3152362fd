import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawAllCharts } from '../../scripts/lib/browser.ts';
import { writeDemoContent } from '../../scripts/demo.ts';
import { DEMO_CASES } from '../../scripts/demo/generate.ts';
import { servedSite } from '../helpers/served.ts';
import { PUBLIC_BUILD, buildSite } from '../helpers/site-build.ts';

const site = servedSite(() => buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-e2e-'))) }));

/** Whether a canvas has any painted pixel. */
const painted = (selector: string) => `(() => {
  const canvas = document.querySelector(${JSON.stringify(selector)});
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  return data.some((v, i) => i % 4 === 3 && v > 0);
})()`;

describe('charts in Chromium (demo site)', () => {
  it('loads chart.js only when the chart nears the viewport, then draws it', async () => {
    const page = await site.newPage({ width: 360, height: 640 });
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/2024/targets/teeth-fluoride/`);
    // Once the page has loaded and the network is quiet, chart.js has still not been asked for.
    await page.waitForLoadState('networkidle');
    expect(scripts.some((u) => u.includes('chart-line'))).toBe(false);
    await page.locator('#target-chart canvas').scrollIntoViewIfNeeded();
    await page.waitForSelector('progress-chart[data-drawn]');
    expect(scripts.some((u) => u.includes('chart-line'))).toBe(true);
    expect(scripts.some((u) => u.includes('chart-bar'))).toBe(false);
    // chart.js paints on the next animation frame after the chart exists (data-drawn): wait for the pixels.
    await page.waitForFunction(painted('#target-chart canvas'), null, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders an embed page’s chart and table, and saves the chart as PNG', async () => {
    const page = await site.browser.newPage({ acceptDownloads: true });
    await page.goto(`${site.url}/embed/2024/targets/teeth-fluoride/`);
    await page.waitForSelector('#target-chart progress-chart[data-drawn]');
    // chart.js paints on the next animation frame after the chart exists (data-drawn): wait for the pixels.
    await page.waitForFunction(painted('#target-chart canvas'), null, { timeout: 30_000 });
    expect(await page.locator('#target-chart table tbody tr').count()).toBe(11);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#target-chart .chart__save')]);
    expect(download.suggestedFilename()).toBe('target-chart.png');
    const png = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  it('draws the home page charts as bars', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/`);
    // Charts draw as they near the viewport; on a long home page the status chart may start below it.
    await drawAllCharts(page);
    // chart.js paints on the next animation frame after the chart exists (data-drawn): wait for the pixels.
    await page.waitForFunction(painted('#status-chart canvas'), null, { timeout: 30_000 });
    await page.close();
  });

  it('keeps summary and table, and hides the empty canvas, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/2024/targets/teeth-fluoride/`);
    expect(await page.locator('#target-chart .chart__summary').isVisible()).toBe(true);
    expect(await page.locator('#target-chart table').isVisible()).toBe(true);
    expect(await page.locator('#target-chart canvas').isVisible()).toBe(false);
    await context.close();
  });

  it('shows the disagreement flag on a target page readably without JavaScript, at 360 px, axe clean', async () => {
    const path = `/2024/targets/${DEMO_CASES.disagreement}/`;
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const flag = page.locator('main .disagreement').first();
    expect(await flag.isVisible()).toBe(true);
    expect((await flag.innerText()).replace(/\s+/g, '')).toContain('报告称：按序时推进；按数据测算：');
    const box = await flag.boundingBox();
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // Every line of the flag stays inside the viewport (wraps rather than being cut off).
      widest: Math.max(...[...document.querySelectorAll('main .disagreement *')].map((el) => el.getBoundingClientRect().right)),
      fontSize: parseFloat(getComputedStyle(document.querySelector('main .disagreement')!).fontSize),
    }));
    await context.close();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.widest).toBeLessThanOrEqual(360);
    expect(layout.fontSize).toBeGreaterThanOrEqual(14);
    expect(await site.axe(path)).toEqual([]);
    expect(await site.axe(`/en${path}`)).toEqual([]);
  });

  it.each(['/', '/2024/targets/teeth-fluoride/', '/2024/targets/air-action-plan/', '/2024/projects/elderly-care/', '/2024/reports/2024-09-30/', '/embed/2024/targets/teeth-fluoride/', '/2024/reports/2024-06-30/', '/en/2024/reports/2024-06-30/', '/about/'])(
    '%s has no WCAG 2.2 AA violation, charts drawn',
    async (path) => {
      expect(await site.axe(path)).toEqual([]);
    },
  );

  it('shows an adjusted target beside the original with its flag, readably without JavaScript, axe clean, within 360 px', async () => {
    const path = '/2024/targets/classroom-lighting-upgrade/';
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const box = page.locator('.adjusted');
    expect(await box.isVisible()).toBe(true);
    expect(await page.locator('#adjusted-flag').innerText()).toContain('目标已调整');
    expect(await box.locator('dt').allInnerTexts()).toEqual(['方案原定目标', '调整后目标']);
    expect(await box.locator('dd').allInnerTexts()).toEqual(['2500间', '1800间']);
    expect(await box.innerText()).toContain('状态按调整后的目标判断');
    expect(await page.locator('#adjustments').isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
    expect(await site.axe(path)).toEqual([]);
  });
});
