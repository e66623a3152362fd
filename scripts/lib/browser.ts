import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (tests and benchmarks never download a browser of their own). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Text a production server compresses (docs/HOSTING.md); Pagefind's own files arrive compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml', '.csv']);

/**
 * Serves a built site on 127.0.0.1 on a free port, as a static host would (404.html for misses,
 * hashed assets cached), plus `extras`: files only tests use (path → text), such as the
 * accessibility checker's script, cached like hashed assets so Chromium compiles them once. With
 * `gzip`, text goes out gzip-compressed to a client that accepts it, as docs/HOSTING.md has a
 * production server send it: for measurements of what readers download (Lighthouse).
 */
export async function serveStatic(dir: string, extras: Readonly<Record<string, string>> = {}, options: { gzip?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const extra = extras[path];
    if (extra !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=31536000, immutable' });
      response.end(extra);
      return;
    }
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const served = existsSync(file) ? file : join(dir, '404.html');
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' };
    // Hashed build assets never change: cached as docs/HOSTING.md has a production server cache them.
    if (served === file && path.includes('/_astro/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    // A folder with no 404 page of its own (several sites side by side) answers a miss with nothing.
    let body: Buffer = existsSync(served) ? readFileSync(served) : Buffer.alloc(0);
    if (options.gzip && COMPRESSIBLE.has(extname(served)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const packed = compressed.get(served) ?? gzipSync(body, { level: 9 });
      compressed.set(served, packed);
      body = packed;
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    response.writeHead(served === file ? 200 : 404, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Headless Debian Chromium with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`浏览器测试需要 Debian 的 Chromium：apt-get install -y chromium — browser tests need Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Waits until a search page opened with a query or filter has finished searching: its status says
 * something other than "searching". Pages without a search, or a search page without a query, return at once.
 */
export async function searchSettled(page: Page): Promise<void> {
  // In the page itself, as drawAllCharts: waitForFunction would first inject Playwright's helper
  // script into each new document (most of a tenth of a second a page, and most pages have no search).
  await page.evaluate(async () => {
    const search = document.querySelector<HTMLElement>('site-search');
    // A search runs for a parameter the form has (the query, a filter), as the page reads it.
    const active = [...new URLSearchParams(location.search)].some(([name, value]) => value !== '' && search?.querySelector(`[name="${CSS.escape(name)}"]`));
    if (!search || !active) return;
    const searching = (JSON.parse(search.dataset.config ?? '{}') as { words?: { searching?: string } }).words?.searching;
    const settled = (): boolean => {
      const status = search.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && status !== searching;
    };
    for (const started = Date.now(); !settled(); await new Promise((wait) => setTimeout(wait, 50))) {
      if (Date.now() - started > 30_000) throw new Error('the search did not finish within 30 s');
    }
  });
}

/** Scrolls each chart into view in turn and waits until it has drawn (charts load as they near the viewport). */
export async function drawAllCharts(page: Page): Promise<void> {
  // In the page itself, not with locators: a locator needs Playwright's selector engine injected into
  // each new document, which costs a fifth of a second a page, most of a sweep's time.
  await page.evaluate(async () => {
    const charts = [...document.querySelectorAll('progress-chart')];
    for (const [index, chart] of charts.entries()) {
      chart.scrollIntoView({ block: 'center' });
      await new Promise<void>((drawn, failed) => {
        if (chart.hasAttribute('data-drawn')) return drawn();
        const timer = setTimeout(() => failed(new Error(`chart ${index + 1} of ${charts.length} did not draw within 30 s`)), 30_000);
        const observer = new MutationObserver(() => chart.hasAttribute('data-drawn') && (observer.disconnect(), clearTimeout(timer), drawn()));
        observer.observe(chart, { attributes: true, attributeFilter: ['data-drawn'] });
      });
    }
  });
}
