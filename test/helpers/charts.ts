import type { Page } from 'playwright-core';

/** Scrolls each chart into view in turn and waits until it has drawn (charts load as they near the viewport). */
export async function drawAllCharts(page: Page): Promise<void> {
  const charts = page.locator('progress-chart');
  for (let i = 0; i < (await charts.count()); i += 1) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((index) => document.querySelectorAll('progress-chart')[index]?.hasAttribute('data-drawn'), i);
  }
}
