import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { serveStatic } from '../../scripts/lib/browser.ts';
import { servedSite } from '../helpers/served.ts';
import { PUBLIC_BUILD, PUBLISHED, buildSite } from '../helpers/site-build.ts';

/**
 * Search across issuers in Chromium, on the demo (five issuers): the first index holds the
 * prefecture's own entries, each other issuer's load when the issuer filter or the query names it,
 * the plan and project filters follow the issuer selected, and the status line says when exact
 * matches covered only some issuers.
 */

const DEMO = { ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) };
const site = servedSite(() => buildSite(DEMO));

/** Opens the search page at `query` and returns, once the search has finished, its status, result paths and the index files it fetched. */
async function search(page: Page, query: string): Promise<{ status: string; results: string[]; files: string[] }> {
  const files: string[] = [];
  const seen = (request: { url: () => string }) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('search-index')) files.push(path);
  };
  page.on('request', seen);
  await page.goto(`${site.url}/search/${query}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
  page.off('request', seen);
  return {
    status: (await page.textContent('.search-status')) ?? '',
    results: await page.$$eval('.search-results .result__title', (links) => links.map((a) => a.getAttribute('href') ?? '')),
    files,
  };
}

const options = (page: Page, key: string) => page.$$eval(`#filter-${key} option`, (all) => all.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

describe('search across issuers in Chromium', () => {
  it('searches the prefecture’s own entries first, and says the exact matches covered only it', async () => {
    const page = await site.newPage();
    const { status, results, files } = await search(page, `?q=${encodeURIComponent('涂氟')}`);
    await page.close();
    expect(files).toEqual(['/search-index.json']);
    expect(results[0]).toBe('/2024/targets/teeth-fluoride/');
    expect(status).toContain('数字与名称的精确匹配只查了伊犁州');
  });

  it('loads an issuer’s own file when it is selected, and finds its target by its figure', async () => {
    const page = await site.newPage();
    const { status, results, files } = await search(page, `?q=900&issuer=chabuchaer`);
    expect(files.sort()).toEqual(['/search-index.json', '/search-index/chabuchaer.json']);
    expect(results[0]).toBe('/chabuchaer-2024/targets/chabuchaer-teeth-fluoride/');
    expect(status).not.toContain('精确匹配只查了');
    // Its plan and projects are what the plan and project filters offer now.
    expect(await options(page, 'plan')).toEqual(['chabuchaer-2024']);
    expect((await options(page, 'project')).every((id) => id.startsWith('chabuchaer-'))).toBe(true);
    await page.close();
  });

  it('loads the file of an issuer the query names', async () => {
    const page = await site.newPage();
    const { status, results, files } = await search(page, `?q=${encodeURIComponent('霍城 涂氟')}`);
    await page.close();
    expect(files.sort()).toEqual(['/search-index.json', '/search-index/huocheng.json']);
    expect(results[0]).toBe('/huocheng-2024/targets/huocheng-teeth-fluoride/');
    expect(status).toContain('霍城县');
  });

  it('lists a county’s targets of every issuer from a filter alone, loading the files that hold them', async () => {
    const page = await site.newPage();
    const { status, results, files } = await search(page, '?county=huocheng');
    await page.close();
    expect(files.sort()).toEqual(['/search-index.json', '/search-index/huocheng.json']);
    expect(results).toEqual(expect.arrayContaining(['/huocheng-2024/targets/huocheng-teeth-fluoride/', '/huocheng-2024/targets/huocheng-local-service/']));
    expect(results.some((href) => href.startsWith('/2024/'))).toBe(true);
    expect(status).not.toContain('精确匹配只查了');
  });

  it('selects the issuer of a project named in the address without it', async () => {
    const page = await site.newPage();
    const project = (await page.goto(`${site.url}/huocheng-2024/`).then(() => page.$$eval('a[href^="/huocheng-2024/projects/"]', (a) => a.map((x) => x.getAttribute('href')!.split('/')[3]!))))[0]!;
    const { results } = await search(page, `?project=${project}`);
    expect([await page.inputValue('#filter-issuer'), await page.inputValue('#filter-project')]).toEqual(['huocheng', project]);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((href) => href.startsWith('/huocheng-2024/'))).toBe(true);
    await page.close();
  });

  it('keeps a project of another issuer from the address, swaps the options as the issuer changes, and gives the page’s own back', async () => {
    const page = await site.newPage();
    const [project] = await page.goto(`${site.url}/yining-city-2024/`).then(() => page.$$eval('a[href^="/yining-city-2024/projects/"]', (a) => a.map((x) => x.getAttribute('href')!.split('/')[3]!)));
    const { results } = await search(page, `?issuer=yining-city&project=${project}`);
    expect(await page.inputValue('#filter-project')).toBe(project);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((href) => href.startsWith('/yining-city-2024/'))).toBe(true);
    const own = await page.goto(`${site.url}/search/`).then(() => options(page, 'project'));
    await page.selectOption('#filter-issuer', 'huocheng');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLOptionElement>('#filter-project option')].some((o) => o.value.startsWith('huocheng-')));
    await page.selectOption('#filter-issuer', '');
    await page.waitForFunction((n) => document.querySelectorAll('#filter-project option').length === n + 1, own.length);
    expect(await options(page, 'project')).toEqual(own);
    await page.close();
  });
});

/**
 * A site built in shards: the published site's search page merges two other bundles (PUBLISHED's
 * SEARCH_MERGE), the demo's put beside it at /other/ and one never there. Pagefind's merged search
 * fails as a whole when one bundle fails, so the page merges only bundles that answer, and searches
 * its own bundle alone once a merged search fails.
 */
describe('merged search across shards in Chromium', () => {
  let shards: string;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    shards = mkdtempSync(join(tmpdir(), 'shards-'));
    symlinkSync(buildSite(PUBLISHED), join(shards, 'minsheng'));
    cpSync(join(buildSite(DEMO), 'pagefind'), join(shards, 'other', 'pagefind'), { recursive: true });
    server = await serveStatic(shards);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(shards, { recursive: true, force: true });
  });

  /** The merged search page's status and its results' paths, for 涂氟, on a fresh page. */
  async function merged(): Promise<{ status: string; own: number; other: number }> {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/minsheng/search/?q=${encodeURIComponent('涂氟')}`);
      // The status line says 找到 once full-text results have joined the exact matches.
      await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
      const links = await page.$$eval('.search-results .result__title', (all) => all.map((a) => a.getAttribute('href') ?? ''));
      return { status: (await page.textContent('.search-status')) ?? '', own: links.filter((href) => href.startsWith('/minsheng/')).length, other: links.filter((href) => !href.startsWith('/minsheng/')).length };
    } finally {
      await context.close();
    }
  }

  it('finds pages of the other bundle, and leaves out the one that is not there', async () => {
    const found = await merged();
    expect(found.other).toBeGreaterThan(0);
    expect(found.own).toBeGreaterThan(0);
    expect(found.status).not.toContain('全文搜索暂时无法使用');
  });

  it('leaves out a bundle whose metadata does not answer, and keeps searching the others', async () => {
    const bundle = join(shards, 'other', 'pagefind');
    const metas = readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'));
    for (const name of metas) renameSync(join(bundle, name), join(bundle, `${name}.gone`));
    try {
      const found = await merged();
      expect([found.other, found.status.includes('全文搜索暂时无法使用')]).toEqual([0, false]);
      expect(found.own).toBeGreaterThan(0);
    } finally {
      for (const name of metas) renameSync(join(bundle, `${name}.gone`), join(bundle, name));
    }
  });

  it('searches its own bundle alone when a merged bundle answers but cannot be read', async () => {
    const bundle = join(shards, 'other', 'pagefind');
    const metas = readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'));
    // Each file answers, with bytes Pagefind cannot read: a shard half written.
    for (const name of metas) {
      renameSync(join(bundle, name), join(bundle, `${name}.kept`));
      writeFileSync(join(bundle, name), 'not a Pagefind index');
    }
    try {
      const found = await merged();
      expect([found.other, found.status.includes('全文搜索暂时无法使用')]).toEqual([0, false]);
      expect(found.own).toBeGreaterThan(0);
    } finally {
      for (const name of metas) renameSync(join(bundle, `${name}.kept`), join(bundle, name));
    }
  });
});
