/**
 * npm run bench:search — what search costs a reader, measured in headless Chromium on loopback:
 * the size of both indexes, the bytes the first query downloads (cold cache), and the time from
 * typing a query to results on screen (first query, and later queries as a median). Prints figures;
 * never fails on them (aims: ≤ 120 KB for a first query, ≤ 300 ms to results).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite } from './lib/build.ts';
import { launchChromium, serveStatic } from './lib/browser.ts';
import { kb, markdownTable } from './lib/markdown.ts';


/** Bytes on the wire for a built file: gzip for text (as a server would send it), as-is for Pagefind's pre-compressed files. */
function wireBytes(path: string): { raw: number; wire: number } {
  const bytes = readFileSync(path);
  const text = ['.js', '.json', '.css', '.html', '.txt', '.svg'].includes(extname(path));
  return { raw: bytes.length, wire: text ? gzipSync(bytes, { level: 9 }).length : bytes.length };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Runs the measurement; returns a Markdown section. */
export async function benchSearch(): Promise<string> {
  const outDir = buildSite({ TODAY: '2026-11-29' });
  const pagefindDir = join(outDir, 'pagefind');
  const pagefindIndex = ['index', 'fragment', 'filter'].reduce((sum, sub) => sum + (statSync(join(pagefindDir, sub), { throwIfNoEntry: false }) ? folderBytes(join(pagefindDir, sub)) : 0), 0);
  const exact = wireBytes(join(outDir, 'search-index.json'));

  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  const QUERIES = ['涂氟', '9600', '州残联', '特克斯县', 'PM2.5', '窝沟封闭', '1.37万', '抗震'];
  let firstBytes = 0;
  let firstRaw = 0;
  const firstFiles: string[] = [];
  const times: number[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const [i, query] of QUERIES.entries()) {
      const ms = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('#q')!;
        const status = document.querySelector('.search-status')!;
        status.textContent = '';
        const start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (/找到/.test(status.textContent ?? '')) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        return performance.now() - start;
      }, query);
      times.push(ms);
      if (i === 0) {
        await page.waitForLoadState('networkidle');
        for (const path of new Set(requested)) {
          const file = join(outDir, decodeURIComponent(path));
          const size = wireBytes(file);
          firstBytes += size.wire;
          firstRaw += size.raw;
          firstFiles.push(`${path} ${kb(size.wire)}`);
        }
      }
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }

  const later = times.slice(1).sort((a, b) => a - b);
  const median = later[Math.floor(later.length / 2)];
  return [
    '### Search',
    '',
    'Headless Chromium on loopback, no throttling; text counted gzip-compressed, Pagefind\'s pre-compressed files as-is.',
    '',
    markdownTable(
      ['measure', 'value'],
      [
        ['Pagefind index (index, fragments, filters)', kb(pagefindIndex)],
        ['exact-match index (search-index.json)', `${kb(exact.raw)} raw, ${kb(exact.wire)} gzip`],
        [`bytes the first query downloads (${firstFiles.length} files)`, `${kb(firstBytes)} (raw ${kb(firstRaw)})`],
        ['typing to results, first query (cold, incl. 120 ms input debounce)', `${times[0].toFixed(0)} ms`],
        [`typing to results, later queries, median of ${later.length}`, `${median.toFixed(0)} ms`],
      ],
      ['l', 'r'],
    ),
  ].join('\n');
}

if (import.meta.main) console.log(await benchSearch());
