/**
 * npm run bench:issuers -- [N…] — several issuers at scale (default N = 10 100 1000): N synthetic
 * issuers (scripts/lib/synthetic-issuers.ts: a region, prefectures, counties, each with a copy of the
 * real plan's 44 targets and eleven monthly reports) built from scratch, measuring build time, peak
 * memory, HTML pages and bytes per page, files and bytes per shard (what one deployment uploads), and
 * the first search query's time and bytes in Chromium.
 * Up to SHARD_ISSUERS issuers build as one site; more build as shards (a prefecture stays with its
 * counties), each a site under /s<k>/ built in its own copy of the project so PARALLEL of them run at
 * once, and shard 0's search page merges the other shards' Pagefind bundles (SEARCH_MERGE), checked
 * also with one bundle gone and one broken. Of more than SHARD_LIMIT shards only a sample is built,
 * the rest extrapolated. Prints figures to stderr as it goes and a Markdown section (for
 * docs/PERFORMANCE.md) to stdout at the end; never fails on them.
 * Usage: npm run bench:issuers -- [N…]   (BENCH_SHARD_ISSUERS, BENCH_SAMPLE, BENCH_PARALLEL, BENCH_HEAP_MB override the defaults)
 */
import { spawn } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { measure, OURS, wireBytes } from './bench-search.ts';
import { buildCommand, projectCopy } from './lib/build.ts';
import { launchChromium, searchSettled, serveStatic } from './lib/browser.ts';
import { kb, markdownTable } from './lib/markdown.ts';
import { TARGETS_PER_ISSUER, issuerTree, shardsOf, writeIssuersContent } from './lib/synthetic-issuers.ts';

// Issuers per shard (BENCH_SHARD_ISSUERS overrides it, e.g. to try sharding on a small N).
const SHARD_ISSUERS = Number(process.env.BENCH_SHARD_ISSUERS ?? 100);
// Of more shards than this, only this many are built and the rest extrapolated (shards are alike); BENCH_SAMPLE overrides it.
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 2);
// Shards built at once: this machine has two cores.
const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 2);
/** Above this many shards, a sample is built (SAMPLE): 1,000 issuers (ten shards) build whole, in about 35 minutes here. */
const SHARD_LIMIT = 10;
// A 100-issuer build peaks at 3.5 to 4.2 GB (measured 2026-12-04), over Node's default heap (about 4 GB
// here) with a margin too thin: give it 8 GB; two builds at once fit 24 GiB.
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 8192);

interface ShardRun {
  seconds: number;
  peakMb: number;
  pages: number;
  htmlBytes: number;
  /** Every file of the shard's output and their bytes (what one deployment uploads). */
  files: number;
  bytes: number;
}

/** HTML pages under a folder and their bytes, and all its files and their bytes. */
function filesOf(dir: string): Pick<ShardRun, 'pages' | 'htmlBytes' | 'files' | 'bytes'> {
  const sized = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => ({ html: e.name.endsWith('.html'), size: statSync(join(e.parentPath, e.name)).size }));
  const html = sized.filter((f) => f.html);
  return { pages: html.length, htmlBytes: html.reduce((sum, f) => sum + f.size, 0), files: sized.length, bytes: sized.reduce((sum, f) => sum + f.size, 0) };
}

/** Builds one site in `project` under GNU time; resolves with its figures, the output moved to `to`. */
function buildIn(project: string, env: Record<string, string>, to: string): Promise<ShardRun> {
  const out = join(project, 'out');
  return new Promise((resolve, reject) => {
    let stderr = '';
    // A content cache of the shard's own: a copy builds several shards in turn, each another content root.
    const build = buildCommand(project, { ...env, OUT_DIR: out, TODAY: '2026-11-29', NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`, ASTRO_CACHE_DIR: join(project, '.astro-cache', basename(to)) });
    const child = spawn('/usr/bin/time', ['-f', '%e %M', build.command, ...build.args, '--silent'], { cwd: build.cwd, env: build.env });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`build failed:\n${stderr.slice(-3000)}`));
      const [seconds, kilobytes] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      const files = filesOf(out);
      mkdirSync(join(to, '..'), { recursive: true });
      renameSync(out, to);
      resolve({ seconds: seconds!, peakMb: kilobytes! / 1024, ...files });
    });
  });
}

/** What shard 0's search page shows for a query: its status, whether full text failed, and the shards its results come from. */
async function searchOutcome(browser: Browser, served: string, query: string): Promise<{ status: string; failed: boolean; shards: number[] }> {
  const server = await serveStatic(served);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/s0/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await searchSettled(page);
    return await page.evaluate(() => {
      const search = document.querySelector<HTMLElement>('site-search')!;
      const status = search.querySelector('.search-status')?.textContent ?? '';
      const failed = (JSON.parse(search.dataset.config ?? '{}') as { words: { failedSuffix: string } }).words.failedSuffix;
      const links = [...search.querySelectorAll<HTMLAnchorElement>('.search-results .result__title')].map((a) => a.getAttribute('href') ?? '');
      const shards = [...new Set(links.map((href) => Number(/^\/s(\d+)\//.exec(href)?.[1] ?? -1)))].sort((a, b) => a - b);
      return { status, failed: status.endsWith(failed), shards };
    });
  } finally {
    await context.close();
    await server.close();
  }
}

type MergeChecks = Record<'whole' | 'gone' | 'broken', Awaited<ReturnType<typeof searchOutcome>>>;

/**
 * Merged search with every bundle, then with the last shard's bundle gone (Pagefind's first known
 * limit: the search page must leave it out), then with it broken (its entry file answers, its
 * metadata cannot be read: a shard half written). Leaves the last shard's bundle broken.
 */
async function mergeChecks(browser: Browser, served: string, shards: number): Promise<MergeChecks> {
  const bundle = join(served, `s${shards - 1}`, 'pagefind');
  const whole = await searchOutcome(browser, served, '学生');
  renameSync(bundle, `${bundle}-gone`);
  const gone = await searchOutcome(browser, served, '学生');
  renameSync(`${bundle}-gone`, bundle);
  for (const name of readdirSync(bundle)) if (name.endsWith('.pf_meta')) writeFileSync(join(bundle, name), 'not a Pagefind index');
  const broken = await searchOutcome(browser, served, '学生');
  for (const [name, r] of Object.entries({ whole, gone, broken })) process.stderr.write(`  merged search, last bundle ${name}: "${r.status}", results from shards ${r.shards.join(' ')}\n`);
  return { whole, gone, broken };
}

/** Builds N issuers (as shards when there are more than SHARD_ISSUERS) and measures the first search query. */
async function run(n: number) {
  const tree = issuerTree(n);
  const shards = shardsOf(tree, Math.ceil(n / SHARD_ISSUERS));
  const served = mkdtempSync(join(tmpdir(), `issuers-${n}-site-`));
  const sharded = shards.length > 1;
  const base = (k: number) => (sharded ? `/s${k}/` : '/');
  const started = Date.now();
  const built = shards.length > SHARD_LIMIT ? SAMPLE : shards.length;
  const runs: ShardRun[] = new Array(built);
  const projects = Array.from({ length: Math.min(PARALLEL, shards.length) }, (_, i) => projectCopy(`bench-project-${i}-`));
  let next = 0;
  await Promise.all(
    projects.map(async (project) => {
      while (next < built) {
        const k = next++;
        const content = writeIssuersContent(mkdtempSync(join(tmpdir(), `issuers-${n}-s${k}-`)), tree, shards[k]!);
        // Shard 0 names every other shard's bundle, built or not: those not built show the missing-bundle handling.
        const merge = k === 0 && sharded ? shards.map((_, j) => `/s${j}/pagefind/`).slice(1).join(',') : '';
        runs[k] = await buildIn(project, { CONTENT_DIR: content, BASE_PATH: base(k), SEARCH_MERGE: merge }, sharded ? join(served, `s${k}`) : join(served, 'root'));
        rmSync(content, { recursive: true, force: true });
        process.stderr.write(`  N=${n} shard ${k + 1}/${shards.length}${built < shards.length ? ` (sample of ${built})` : ''}: ${runs[k]!.pages} pages in ${runs[k]!.seconds.toFixed(1)} s, peak ${runs[k]!.peakMb.toFixed(0)} MB\n`);
      }
    }),
  );
  const wall = (Date.now() - started) / 1000;
  projects.forEach((p) => rmSync(p, { recursive: true, force: true }));
  const siteDir = sharded ? served : join(served, 'root');
  // The exact-match index as the browser loads it: the first file, and one issuer's own (their median).
  const own = join(siteDir, sharded ? 's0' : '', 'search-index');
  // (A shard of one issuer has no files apart.)
  const issuerFiles = (existsSync(own) ? readdirSync(own) : []).map((name) => wireBytes(join(own, name)).wire).sort((a, b) => a - b);
  const index = { first: wireBytes(`${own}.json`).wire, issuer: issuerFiles[Math.floor(issuerFiles.length / 2)] ?? 0 };
  // The host's answer to a missing file (a shard's bundle not built): shard 0's 404 page.
  if (sharded) cpSync(join(served, 's0', '404.html'), join(served, '404.html'));
  const browser = await launchChromium();
  let search;
  let checks: MergeChecks | undefined;
  try {
    search = await measure(browser, siteDir, { ...OURS(''), path: `${base(0)}search/` }, ['学生', '涂氟', '3400']);
    process.stderr.write(`  N=${n} first query's files (gzip): ${search.first.list.join(', ')}\n`);
    if (sharded && built === shards.length) checks = await mergeChecks(browser, served, shards.length);
  } finally {
    await browser.close();
  }
  rmSync(served, { recursive: true, force: true });
  // A sample stands for all shards: totals scaled by shards / built, wall time as the shards would run PARALLEL at a time.
  const scale = shards.length / built;
  const pages = Math.round(runs.reduce((s, r) => s + r.pages, 0) * scale);
  const bytes = runs.reduce((s, r) => s + r.htmlBytes, 0) * scale;
  const cpu = runs.reduce((s, r) => s + r.seconds, 0) * scale;
  const row = { n, shards: shards.length, built, targets: n * TARGETS_PER_ISSUER, pages, wall: built < shards.length ? (wall * shards.length) / built : wall, cpu, peakMb: Math.max(...runs.map((r) => r.peakMb)), shardFiles: Math.max(...runs.map((r) => r.files)), shardMb: Math.max(...runs.map((r) => r.bytes)) / 1e6, bytesPerPage: bytes / pages, indexKb: index.first / 1024, issuerIndexKb: index.issuer / 1024, firstQueryKb: search.first.wire / 1024, firstQueryMs: search.firstMs, laterMs: search.laterMs, pageKb: search.pageBytes.wire / 1024, checks };
  process.stderr.write(`N=${n}: ${JSON.stringify(row)}\n`);
  return row;
}

/** Sentences on how time, memory and bytes grow from size to size. */
function growth(rows: readonly Awaited<ReturnType<typeof run>>[]): string[] {
  return rows.slice(1).map((r, i) => {
    const before = rows[i]!;
    const times = r.n / before.n;
    return `From ${before.n} to ${r.n} issuers (${times.toFixed(0)}× the content): build time ×${(r.cpu / before.cpu).toFixed(1)} summed over shards (wall ×${(r.wall / before.wall).toFixed(1)}), peak memory of one build ×${(r.peakMb / before.peakMb).toFixed(1)}, HTML per page ×${(r.bytesPerPage / before.bytesPerPage).toFixed(2)}, the first query's bytes ×${(r.firstQueryKb / before.firstQueryKb).toFixed(1)} and its time ×${(r.firstQueryMs / before.firstQueryMs).toFixed(1)}.`;
  });
}

export async function benchIssuers(sizes: readonly number[]): Promise<string> {
  const rows = [];
  for (const n of sizes) rows.push(await run(n));
  return [
    '### Several issuers at scale',
    '',
    `Synthetic issuers (scripts/lib/synthetic-issuers.ts: a region, one prefecture per ten issuers, counties; each a copy of the real plan's ${TARGETS_PER_ISSUER} targets with eleven monthly reports), built from scratch. Up to ${SHARD_ISSUERS} issuers build as one site; more build as shards of whole prefectures, ${PARALLEL} at a time, each under /s<k>/, and shard 0's search page merges the other shards' Pagefind bundles. Of more than ${SHARD_LIMIT} shards, ${SAMPLE} are built and the totals extrapolated (shards are alike: whole prefectures of synthetic counties), marked so in the table; shard 0 still names every other shard's bundle, so its search shows the missing-bundle handling. When every shard is built, the query is run again with the last shard's bundle gone, then broken (its files there, its metadata unreadable). Build time is the wall time for all shards; peak memory, files and MB the largest single build (GNU time; its whole output, what one deployment uploads); the exact-match index is what the search page loads first (/search-index.json: the site's own issuer's entries and every department, county and issuer page) and the median of one other issuer's file (loaded when a filter or the query names that issuer), gzipped; search is the first query ("学生") on shard 0's search page in Chromium on loopback, bytes gzipped as sent; later queries the median of two more.`,
    '',
    markdownTable(
      ['issuers', 'shards (built)', 'targets', 'HTML pages', 'build (wall)', 'build (sum)', 'peak memory', 'HTML per page', 'files per shard', 'MB per shard', 'search page', 'exact index: first / per issuer', 'first query', 'first query time', 'later queries'],
      rows.map((r) => [String(r.n), r.built < r.shards ? `${r.shards} (${r.built}, rest extrapolated)` : String(r.shards), String(r.targets), String(r.pages), `${r.wall.toFixed(0)} s`, `${r.cpu.toFixed(0)} s`, `${r.peakMb.toFixed(0)} MB`, kb(r.bytesPerPage), String(r.shardFiles), r.shardMb.toFixed(0), `${r.pageKb.toFixed(1)} KB`, `${r.indexKb.toFixed(1)} KB / ${r.issuerIndexKb.toFixed(1)} KB`, `${r.firstQueryKb.toFixed(1)} KB`, `${r.firstQueryMs.toFixed(0)} ms`, `${r.laterMs.toFixed(0)} ms`]),
      Array<'r'>(15).fill('r'),
    ),
    '',
    ...growth(rows),
    '',
    ...rows.filter((r) => r.checks).map((r) => {
      const said = (x: MergeChecks['whole']) => (x.failed ? `full text failed ("${x.status}")` : `answered with results from shards ${x.shards.join(', ')} ("${x.status}")`);
      return `Merged search at ${r.n} issuers, on shard 0: with every bundle it ${said(r.checks!.whole)}; with shard ${r.shards - 1}'s \`pagefind/\` gone it ${said(r.checks!.gone)}; with that bundle broken it ${said(r.checks!.broken)}.`;
    }),
    '',
    "Path to national scale. A year of every government's list is about 3,200 issuers (31 provincial, about 330 prefecture-level and about 2,800 county-level governments). One build holds what fits ten minutes and this machine's memory (the single-build rows above); beyond that the site builds as shards of whole prefectures, each its own Astro build with its own content root and base path, run as parallel processes here or as CI matrix jobs (one job per province, say), and joined by Pagefind's multisite search: the search page of one shard merges the others' bundles (`SEARCH_MERGE`, their `pagefind/` URLs; `mergeIndex`, with `mergeFilter` available to tag each bundle's results). The exact-match index is split by issuer (`splitSearchIndex`): the first file holds the site's own issuer's entries and the pages of every department, county and issuer, and another issuer's entries load only when the issuer filter or the query names it, so within a shard the first query no longer grows with the issuers. Known limits, and what the site does: a merged search fails as a whole when one bundle fails, so the search page merges only bundles whose entry file and metadata answer, and searches its own bundle alone once a merged search fails (a bundle that answers with metadata Pagefind cannot read), so a missing or broken shard loses only its own results (the merged-search sentence above; `test/e2e/issuers-search.test.ts` checks both in Chromium); each merged bundle adds its metadata to the first query, so with every shard merged the first query grows with the shards: at national scale a search page should merge only the shards of the issuers a reader selects, or one Pagefind run should index every shard's output; the exact-match index is per shard, so exact matches come from the page's own shard and the other shards answer by full text; links between targets (`contributesTo`) are checked within one content root, so a shard holds each prefecture with its counties, and a link to a province's target needs that plan in the shard (or a shard per province); some static hosts cap the files of one deployment (Cloudflare Pages, for one: 20,000 on its free plan), and every target brings about a dozen files (its page, notice, embed, short link, feed and CSV in each edition), so shards deploy separately or to a host without such a cap.",
  ].join('\n');
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(await benchIssuers(sizes.length > 0 ? sizes : [10, 100, 1000]));
}
