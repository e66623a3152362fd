/**
 * npm run bench:search — what search costs a reader of each language edition, measured in headless
 * Chromium on loopback: the size of both indexes, the bytes the first query downloads (cold cache), and the time from
 * typing a query to results on screen (first query, and later queries as a median). Prints figures;
 * never fails on them (aims: ≤ 120 KB for a first query, ≤ 300 ms to results).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite } from './lib/build.ts';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic } from './lib/browser.ts';
import { kb, markdownTable } from './lib/markdown.ts';

/** Bytes on the wire for a built file: gzip for text (as a server would send it), as-is for Pagefind's pre-compressed files. */
function wireBytes(path: string): { raw: number; wire: number } {
  const bytes = readFileSync(path);
  const text = ['.js', '.json', '.css', '.html', '.txt', '.svg'].includes(extname(path));
  return { raw: bytes.length, wire: text ? gzipSync(bytes, { level: 9 }).length : bytes.length };
}

/** One edition's search: index sizes, bytes of a first query, typing-to-results times. */
async function measureEdition(
  outDir: string,
  serverUrl: string,
  browser: Browser,
  edition: { prefix: string; queries: readonly string[]; done: RegExp },
): Promise<{ pagefind: number; exact: { raw: number; wire: number }; firstFiles: string[]; firstBytes: number; firstRaw: number; times: number[] }> {
  // Pagefind keeps one index per language: its files start with the language (en_…, zh-cn_…).
  const language = edition.prefix === '' ? 'zh-cn' : edition.prefix;
  const pagefind = ['index', 'fragment', 'filter'].reduce((sum, sub) => {
    const dir = join(outDir, 'pagefind', sub);
    return sum + readdirSync(dir).filter((name) => name.startsWith(`${language}_`)).reduce((total, name) => total + statSync(join(dir, name)).size, 0);
  }, 0);
  const exact = wireBytes(join(outDir, edition.prefix, 'search-index.json'));
  let firstBytes = 0;
  let firstRaw = 0;
  const firstFiles: string[] = [];
  const times: number[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${serverUrl}${edition.prefix ? `/${edition.prefix}` : ''}/search/`, { waitUntil: 'networkidle' });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const [i, query] of edition.queries.entries()) {
    const ms = await page.evaluate(
      async ({ q, done }) => {
        const input = document.querySelector<HTMLInputElement>('#q')!;
        const status = document.querySelector('.search-status')!;
        status.textContent = '';
        const start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (new RegExp(done).test(status.textContent ?? '')) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        return performance.now() - start;
      },
      { q: query, done: edition.done.source },
    );
    times.push(ms);
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      for (const path of new Set(requested)) {
        const size = wireBytes(join(outDir, decodeURIComponent(path)));
        firstBytes += size.wire;
        firstRaw += size.raw;
        firstFiles.push(`${path} ${kb(size.wire)}`);
      }
    }
  }
  await context.close();
  return { pagefind, exact, firstFiles, firstBytes, firstRaw, times };
}

/** Runs the measurement for the Chinese and the English edition; returns a Markdown section. */
export async function benchSearch(): Promise<string> {
  const outDir = buildSite({ TODAY: '2026-11-29' });
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  const editions = [
    { name: 'Chinese', prefix: '', queries: ['涂氟', '9600', '州残联', '特克斯县', 'PM2.5', '窝沟封闭', '1.37万', '抗震'], done: /找到/ },
    { name: 'English', prefix: 'en', queries: ['fluoride', '9600', 'Disabled', 'Tekes', 'PM2.5', 'sealant', '13,700', 'earthquake'], done: /Results|No results/ },
  ];
  const rows: string[][] = [];
  try {
    for (const edition of editions) {
      const m = await measureEdition(outDir, server.url, browser, edition);
      const later = m.times.slice(1).sort((a, b) => a - b);
      const median = later[Math.floor(later.length / 2)]!;
      rows.push(
        [`${edition.name}: Pagefind index of this language (index, fragments, filters)`, kb(m.pagefind)],
        [`${edition.name}: exact-match index (${edition.prefix ? `/${edition.prefix}` : ''}/search-index.json)`, `${kb(m.exact.raw)} raw, ${kb(m.exact.wire)} gzip`],
        [`${edition.name}: bytes the first query downloads (${m.firstFiles.length} files)`, `${kb(m.firstBytes)} (raw ${kb(m.firstRaw)})`],
        [`${edition.name}: typing to results, first query (cold, incl. 120 ms input debounce)`, `${m.times[0]!.toFixed(0)} ms`],
        [`${edition.name}: typing to results, later queries, median of ${later.length}`, `${median.toFixed(0)} ms`],
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    '### Search',
    '',
    "Headless Chromium on loopback, no throttling; text counted gzip-compressed, Pagefind's pre-compressed files as-is. Each language edition has its own indexes.",
    '',
    markdownTable(['measure', 'value'], rows, ['l', 'r']),
  ].join('\n');
}

if (import.meta.main) console.log(await benchSearch());
