import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { drawAllCharts, searchSettled } from '../../scripts/lib/browser.ts';

/**
 * axe-core's script, served by the test server beside the site (serveStatic's extras) and cached
 * there: loaded by URL, Chromium compiles it once and reuses the code, where an inline copy was
 * compiled again on every page (a quarter of a second each).
 */
export const AXE_FILES: Readonly<Record<string, string>> = {
  '/__test/axe.min.js': readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
};

/** WCAG 2.2 AA rule tags axe runs. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 AA violations on a page, as "rule: targets" lines, in a tab the caller keeps
 * and reuses; the page's server must serve AXE_FILES. The tab's context must bypass CSP, for this
 * check only, since the site's policy (rightly) refuses injected scripts; charts are scrolled into
 * view and drawn first, and a search page with a query finishes its search.
 */
export async function axeViolationsIn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await drawAllCharts(page);
  await searchSettled(page);
  await page.addScriptTag({ url: Object.keys(AXE_FILES)[0] });
  return await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, TAGS);
}
