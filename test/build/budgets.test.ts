import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { pageScripts } from '../helpers/page-scripts.ts';
import { buildSite, htmlFiles, page } from '../helpers/site-build.ts';

/** gzip bytes of JavaScript a page may load, by page type (docs/PERFORMANCE.md gives the measured figures). */
const BUDGET = { chart: 55 * 1024, search: 5 * 1024, other: 0 };

let real: string;
let demo: string;

beforeAll(() => {
  real = buildSite({ TODAY: '2026-11-29' });
  demo = buildSite({ TODAY: '2026-11-29', CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) });
});

const measured = new Map<string, ReturnType<typeof measure>>();
/** Every page of a site with the JavaScript it loads and its type: chart, search or other. */
const pagesOf = (dir: string) => measured.get(dir) ?? measured.set(dir, measure(dir)).get(dir)!;

function measure(dir: string) {
  return htmlFiles(dir).map((file) => {
    const $ = page(dir, `/${file}`);
    const type = $('progress-chart').length > 0 ? 'chart' : $('site-search').length > 0 ? 'search' : 'other';
    return { file, type, ...pageScripts(dir, file) } as const;
  });
}

describe('JavaScript byte budgets (gzip -9, every page of the real and demo sites)', () => {
  it.each([
    ['real', () => real],
    ['demo', () => demo],
  ] as const)('the %s site keeps every page within its budget: 0 B without charts or search, ≤ 55 KB with charts, ≤ 5 KB on the search page', (_, dir) => {
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
  });
});
