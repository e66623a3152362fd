import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveStatic } from '../../scripts/lib/browser.ts';

/** A built site served on loopback and a Chromium to visit it, for a test file. */
export interface ServedSite {
  readonly browser: Browser;
  /** Origin of the site, e.g. http://127.0.0.1:40123 */
  readonly url: string;
}

/**
 * Builds a site (the callback returns its folder), serves it and launches Chromium before the file's
 * tests, and closes both after them.
 */
export function servedSite(build: () => string): ServedSite {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveStatic(build());
    browser = await launchChromium();
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
  };
}
