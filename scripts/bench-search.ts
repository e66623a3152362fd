/**
 * npm run bench:search — what search costs a reader, measured in headless Chromium on loopback, and
 * the same measures in the same run on a default Starlight site built from the same content
 * (scripts/lib/starlight-peer.ts: Starlight installed into a temporary folder from the npm registry,
 * same Astro, same Pagefind). For each site: the bytes the page loads before any search, the bytes
 * the first query adds (from opening search to its results, cold cache), the time from typing to
 * the first result on screen for the first query and, as a median, for later ones. Prints figures;
 * never fails on them (aims: ≤ 120 KB for a first query; typing to results no slower than the peer's).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { buildSite, ROOT } from './lib/build.ts';
import { launchChromium, serveStatic } from './lib/browser.ts';
import { kb, markdownTable } from './lib/markdown.ts';
import { buildStarlightPeer } from './lib/starlight-peer.ts';

const TODAY = '2026-11-29';

/** Bytes on the wire for a built file: gzip for text (as a server would send it), as-is for Pagefind's pre-compressed files. */
export function wireBytes(path: string): { raw: number; wire: number } {
  const bytes = readFileSync(path);
  const text = ['.js', '.json', '.css', '.html', '.txt', '.svg', '.mjs'].includes(extname(path)) || !extname(path);
  return { raw: bytes.length, wire: text ? gzipSync(bytes, { level: 9 }).length : bytes.length };
}

/** The built file a request path names (a folder means its index.html; a missing file, the 404 page the server sends). */
function fileOf(outDir: string, path: string): string {
  const file = join(outDir, decodeURIComponent(path));
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isDirectory() ? join(file, 'index.html') : stat ? file : join(outDir, '404.html');
}

/** Wire bytes of a set of requested paths, and each file with its size. */
function bytesOf(outDir: string, paths: Iterable<string>): { wire: number; raw: number; files: number; list: string[] } {
  let wire = 0;
  let raw = 0;
  const list: string[] = [];
  for (const path of new Set(paths)) {
    const size = wireBytes(fileOf(outDir, path));
    wire += size.wire;
    raw += size.raw;
    list.push(`${path.replace(/^\/pagefind\/(index|fragment|filter)\/.*\.(pf_\w+)$/, '/pagefind/$1/….$2')} ${kb(size.wire)}`);
  }
  return { wire, raw, files: list.length, list };
}

/** How one site's search is opened, typed into and read. */
export interface SearchUi {
  name: string;
  /** Page to open (search page, or any page with a search dialog). */
  path: string;
  /** Opens search (focus the box, or click the button that opens the dialog). */
  open(page: Page): Promise<void>;
  input: string;
  /** A result on screen. */
  result: string;
  /** Its link. */
  link: string;
  /** The element that says a query found nothing, and how it says it. */
  message: string;
  none: RegExp;
}

/**
 * Milliseconds from typing a query into the box (value set, input event) to a result on screen (or
 * to the message that nothing was found), and the first result's link. The box is emptied first,
 * and the page must then show no result, so the result counted is this query's.
 */
async function typeToResult(page: Page, ui: SearchUi, query: string): Promise<{ ms: number; first: string }> {
  return page.evaluate(
    async ({ q, input, result, link, message, none }) => {
      const box = document.querySelector<HTMLInputElement>(input)!;
      const shown = () => [...document.querySelectorAll<HTMLElement>(result)].some((el) => el.offsetParent !== null);
      const until = (done: () => boolean, limit = 30_000) =>
        new Promise<void>((resolve, reject) => {
          if (done()) return resolve();
          const timer = setTimeout(() => reject(new Error(`no change within ${limit} ms`)), limit);
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              clearTimeout(timer);
              resolve();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        });
      if (box.value !== '') {
        box.value = '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await until(() => !shown());
      }
      const nothing = () => {
        const text = document.querySelector(message)?.textContent ?? '';
        return new RegExp(none).test(text) && text.includes(q);
      };
      const start = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => shown() || nothing());
      const ms = performance.now() - start;
      return { ms, first: shown() ? (document.querySelector(link)?.getAttribute('href') ?? '') : '' };
    },
    { q: query, input: ui.input, result: ui.result, link: ui.link, message: ui.message, none: ui.none.source },
  );
}

/** One site measured: page bytes before search, first-query bytes and time, later-query times. */
export async function measure(browser: Browser, outDir: string, ui: SearchUi, queries: readonly string[]) {
  const server = await serveStatic(outDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  // Requests by phase: loading the page, the first query (from opening search until the network is quiet), later queries.
  const requests = { page: [] as string[], first: [] as string[], later: [] as string[] };
  let phase: keyof typeof requests = 'page';
  let inflight = 0;
  let lastActivity = Date.now();
  page.on('request', (request) => {
    // A HEAD request (the search page checking a merged bundle) brings no body: only GETs count as bytes.
    if (request.method() === 'GET') requests[phase].push(new URL(request.url()).pathname);
    inflight += 1;
    lastActivity = Date.now();
  });
  const settle = () => {
    inflight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  /** Waits until no request has been in flight for half a second. */
  const quiet = async () => {
    while (inflight > 0 || Date.now() - lastActivity < 500) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  try {
    await page.goto(`${server.url}${ui.path}`, { waitUntil: 'networkidle' });
    await quiet();
    phase = 'first';
    await ui.open(page);
    const times: number[] = [];
    const firsts: string[] = [];
    for (const [i, query] of queries.entries()) {
      const { ms, first } = await typeToResult(page, ui, query);
      times.push(ms);
      firsts.push(first);
      if (i === 0) {
        // Everything the first query brings (the rest of its results too) counts toward it.
        await quiet();
        phase = 'later';
      }
    }
    const before = requests.page;
    const after = requests.first;
    const pageBytes = bytesOf(outDir, before);
    const first = bytesOf(outDir, after.filter((path) => !before.includes(path)));
    const later = times.slice(1).sort((a, b) => a - b);
    return { pageBytes, first, firstMs: times[0]!, laterMs: later[Math.floor(later.length / 2)]!, laterCount: later.length, firsts };
  } finally {
    await context.close();
    await server.close();
  }
}

export const OURS = (prefix: string): SearchUi => ({
  name: 'this site',
  path: `${prefix}/search/`,
  open: (page) => page.focus('#q'),
  input: '#q',
  result: '.search-results .result',
  link: '.search-results .result__title',
  message: '.search-status',
  none: /没有找到|No results/,
});

const STARLIGHT: SearchUi = {
  name: 'Starlight',
  path: '/',
  open: async (page) => {
    await page.click('button[data-open-modal]');
    await page.waitForSelector('dialog[open] .pagefind-ui__search-input');
  },
  input: 'dialog[open] .pagefind-ui__search-input',
  // Pagefind UI first draws empty placeholders, then each result's title link once its fragment is in.
  result: '.pagefind-ui__result-link',
  link: '.pagefind-ui__result-link',
  message: '.pagefind-ui__message',
  none: /No results|没有|未找到/,
};

/** Size of one Pagefind language's index (index, fragments, filters). */
function pagefindSize(outDir: string, language: string): number {
  return ['index', 'fragment', 'filter'].reduce((sum, sub) => {
    const dir = join(outDir, 'pagefind', sub);
    if (!existsSync(dir)) return sum;
    return sum + readdirSync(dir).filter((name) => name.startsWith(`${language}_`)).reduce((total, name) => total + statSync(join(dir, name)).size, 0);
  }, 0);
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;

/** Runs the measurement for both editions and the Starlight peer; returns a Markdown section. */
export async function benchSearch(): Promise<string> {
  const outDir = buildSite({ TODAY });
  process.stderr.write('  installing and building the Starlight peer (npm registry)…\n');
  const peer = buildStarlightPeer(join(ROOT, 'content'), TODAY);
  process.stderr.write(`  Starlight peer: ${peer.outDir}\n`);
  const browser = await launchChromium();
  const chineseQueries = ['涂氟', '特克斯', '州卫健委', '长者食堂', '9600', 'PM2.5', '窝沟封闭', '抗震'];
  const englishQueries = ['fluoride', 'Tekes', '9600', 'seniors canteen', 'PM2.5', 'sealant', '13,700', 'earthquake'];
  const rows: string[][] = [];
  const compared: string[][] = [];
  const firstFiles = { ours: [] as string[], theirs: [] as string[] };
  try {
    // Alternate the two sites, first query first, so both see the same machine load.
    const ours = await measure(browser, outDir, OURS(''), chineseQueries);
    process.stderr.write(`  this site: ${JSON.stringify(ours)}\n`);
    const theirs = await measure(browser, peer.outDir, STARLIGHT, chineseQueries);
    process.stderr.write(`  Starlight: ${JSON.stringify(theirs)}\n`);
    const oursAgain = await measure(browser, outDir, OURS(''), chineseQueries);
    const theirsAgain = await measure(browser, peer.outDir, STARLIGHT, chineseQueries);
    const english = await measure(browser, outDir, OURS('/en'), englishQueries);
    firstFiles.ours = ours.first.list;
    firstFiles.theirs = theirs.first.list;
    const mean = (a: number, b: number) => (a + b) / 2;
    const o = { firstMs: mean(ours.firstMs, oursAgain.firstMs), laterMs: mean(ours.laterMs, oursAgain.laterMs) };
    const s = { firstMs: mean(theirs.firstMs, theirsAgain.firstMs), laterMs: mean(theirs.laterMs, theirsAgain.laterMs) };
    compared.push(
      ['page before any search (this site: /search/; Starlight: /)', `${kb(ours.pageBytes.wire)} (${ours.pageBytes.files} files)`, `${kb(theirs.pageBytes.wire)} (${theirs.pageBytes.files} files)`, ratio(ours.pageBytes.wire, theirs.pageBytes.wire)],
      ['first query: bytes from opening search to its results', `${kb(ours.first.wire)} (${ours.first.files} files)`, `${kb(theirs.first.wire)} (${theirs.first.files} files)`, ratio(ours.first.wire, theirs.first.wire)],
      ['page and first query together', kb(ours.pageBytes.wire + ours.first.wire), kb(theirs.pageBytes.wire + theirs.first.wire), ratio(ours.pageBytes.wire + ours.first.wire, theirs.pageBytes.wire + theirs.first.wire)],
      ['first query: typing to first result (mean of 2 runs)', `${ms(o.firstMs)} (${ms(ours.firstMs)}, ${ms(oursAgain.firstMs)})`, `${ms(s.firstMs)} (${ms(theirs.firstMs)}, ${ms(theirsAgain.firstMs)})`, ratio(o.firstMs, s.firstMs)],
      [`later queries: typing to first result (median of ${ours.laterCount}, mean of 2 runs)`, ms(o.laterMs), ms(s.laterMs), ratio(o.laterMs, s.laterMs)],
      [
        'queries that found something',
        `${ours.firsts.filter(Boolean).length} of ${chineseQueries.length}`,
        `${theirs.firsts.filter(Boolean).length} of ${chineseQueries.length}`,
        '',
      ],
      ...chineseQueries.map((q, i) => [`first result for ${q}`, `\`${ours.firsts[i] || '—'}\``, `\`${theirs.firsts[i] || '—'}\``, '']),
      ['Pagefind index of the language (index, fragments, filters)', kb(pagefindSize(outDir, 'zh-cn')), kb(pagefindSize(peer.outDir, 'zh-cn')), ratio(pagefindSize(outDir, 'zh-cn'), pagefindSize(peer.outDir, 'zh-cn'))],
    );
    const exact = wireBytes(join(outDir, 'search-index.json'));
    const exactEn = wireBytes(join(outDir, 'en', 'search-index.json'));
    rows.push(
      ['Chinese: exact-match index (/search-index.json)', `${kb(exact.raw)} raw, ${kb(exact.wire)} gzip`],
      ['English: exact-match index (/en/search-index.json)', `${kb(exactEn.raw)} raw, ${kb(exactEn.wire)} gzip`],
      ['English: Pagefind index of the language', kb(pagefindSize(outDir, 'en'))],
      ['English: page before any search (/en/search/)', kb(english.pageBytes.wire)],
      [`English: first query (${english.first.files} files)`, `${kb(english.first.wire)} (raw ${kb(english.first.raw)})`],
      ['English: first query, typing to first result', ms(english.firstMs)],
      [`English: later queries, typing to first result (median of ${english.laterCount})`, ms(english.laterMs)],
    );
  } finally {
    await browser.close();
  }
  return [
    '### Search',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:search\`. ` +
      `Headless Chromium on loopback, no throttling; text counted gzip-compressed (level 9), Pagefind's pre-compressed files as-is. ` +
      `The peer is a default Starlight site (@astrojs/starlight ${peer.versions['@astrojs/starlight']}, Astro ${peer.versions.astro}, Pagefind ${peer.versions.pagefind}; ` +
      `its root locale set to zh-CN so Pagefind segments Chinese) whose pages are generated from the same content: a page per project, target, department and county. ` +
      `It is installed from the npm registry into a temporary folder and built in the same run; the two sites are measured alternately, twice each, in one browser. ` +
      `"Opening search" is focusing the search page's box on this site (which starts loading both indexes) and clicking the search button on Starlight (which opens its dialog and loads Pagefind). ` +
      `Typing is timed from the query's input event to the first result on screen, or to the message that nothing was found (this site shows exact matches before full-text results arrive). ` +
      `Both times include each site's input debounce: 120 ms here, Pagefind UI's default 300 ms on Starlight. ` +
      `Queries, in order: ${chineseQueries.join(', ')}. ` +
      `Starlight loads Pagefind UI's script and styles with every page, once the browser is idle, so they count in its page bytes; the total of page and first query is the like-for-like figure.`,
    '',
    markdownTable(['measure (Chinese edition)', 'this site', 'Starlight', 'this site ÷ Starlight'], compared, ['l', 'r', 'r', 'r']),
    '',
    markdownTable(['measure (this site)', 'value'], rows, ['l', 'r']),
    '',
    `Files of the first query (${chineseQueries[0]}), as measured:`,
    '',
    `- this site: ${firstFiles.ours.join(', ')}`,
    `- Starlight: ${firstFiles.theirs.join(', ')}`,
  ].join('\n');
}

if (import.meta.main) console.log(await benchSearch());
