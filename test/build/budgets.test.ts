import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { pageScripts } from '../helpers/page-scripts.ts';
import { PUBLIC_BUILD, buildSite, htmlFiles, page } from '../helpers/site-build.ts';

/**
 * gzip bytes of JavaScript a page may load, by page type (docs/PERFORMANCE.md gives the measured
 * figures). Every full page carries the reading switches' inline script (大字, 高对比: remembered
 * across pages, so a script must apply them before the page paints; src/components/reading-element.ts),
 * so a plain page is allowed 512 B for it, and chart and search pages hold their budgets with it
 * included. Bare pages (embeds without a chart, printable notices, redirects) have no switches: 0 B.
 */
const BUDGET = { chart: 55 * 1024, search: 5 * 1024, plain: 512, bare: 0 };

let real: string;
let demo: string;

beforeAll(() => {
  real = buildSite(PUBLIC_BUILD);
  demo = buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) });
});

const measured = new Map<string, ReturnType<typeof measure>>();
/** Every page of a site with the JavaScript it loads and its type: chart, search or other. */
const pagesOf = (dir: string) => measured.get(dir) ?? measured.set(dir, measure(dir)).get(dir)!;

function measure(dir: string) {
  return htmlFiles(dir).map((file) => {
    const $ = page(dir, `/${file}`);
    const type = $('progress-chart').length > 0 ? 'chart' : $('site-search').length > 0 ? 'search' : $('reading-switches').length > 0 ? 'plain' : 'bare';
    return { file, type, ...pageScripts(dir, file) } as const;
  });
}

describe('JavaScript byte budgets (gzip -9, every page of the real and demo sites)', () => {
  it.each([
    ['real', () => real],
    ['demo', () => demo],
  ] as const)('the %s site keeps every page within its budget: ≤ 512 B (the reading switches) without charts or search, ≤ 55 KB with charts, ≤ 5 KB on the search page, 0 B on bare pages', (_, dir) => {
    const over = pagesOf(dir())
      .filter((p) => p.gzip > BUDGET[p.type])
      .map((p) => `${p.file} (${p.type}): ${p.gzip} B > ${BUDGET[p.type]} B via ${p.files.join(', ')}`);
    expect(over).toEqual([]);
  });

  it('measures what it claims: the demo has chart pages that load chart.js, and the search page its script', () => {
    const pages = pagesOf(demo);
    const charts = pages.filter((p) => p.type === 'chart');
    expect(charts.length).toBeGreaterThan(40);
    // chart.js alone is about 50 KB gzip: a chart page under budget still carries it, so the budget bites.
    for (const chart of charts) expect(chart.gzip, chart.file).toBeGreaterThan(40 * 1024);
    const search = pages.filter((p) => p.type === 'search');
    expect(search.map((p) => p.file).sort()).toEqual(['en/search/index.html', 'search/index.html']);
    for (const p of search) expect(p.gzip, p.file).toBeGreaterThan(1024);
    // Every full page has the reading switches' script, and it is counted.
    const plain = pages.filter((p) => p.type === 'plain');
    expect(plain.length).toBeGreaterThan(100);
    for (const p of plain) expect(p.gzip, p.file).toBeGreaterThan(200);
  });
});
