import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveStatic } from '../../scripts/lib/browser.ts';
import { AXE_FILES, axeViolationsIn } from './axe.ts';

/** A built site served on loopback and a Chromium to visit it, for a test file. */
export interface ServedSite {
  readonly browser: Browser;
  /** Origin of the site, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /**
   * A new tab in the file's one browsing context (opening a context per test costs a third of a
   * second, and starts every test with a cold cache), optionally at a viewport size.
   */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** axe-core's WCAG 2.2 AA violations at a path, in one reused tab that bypasses CSP (for axe only). */
  axe(path: string): Promise<string[]>;
}

/**
 * Builds a site (the callback returns its folder), serves it and launches Chromium before the file's
 * tests, and closes both after them.
 */
export function servedSite(build: () => string): ServedSite {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let axeTab: Promise<Page> | undefined;
  let axeQueue: Promise<unknown> = Promise.resolve();
  beforeAll(async () => {
    server = await serveStatic(build(), AXE_FILES);
    browser = await launchChromium();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
    async newPage(viewport) {
      const page = await context!.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    axe(path) {
      axeTab ??= browser!.newContext({ bypassCSP: true }).then((c) => c.newPage());
      // One check at a time in the one tab, even if tests run concurrently.
      const run = axeQueue.then(async () => axeViolationsIn(await axeTab!, server!.url + path));
      axeQueue = run.catch(() => undefined);
      return run;
    },
  };
}
