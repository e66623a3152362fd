import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { servedSite } from '../helpers/served.ts';
import { buildSite } from '../helpers/site-build.ts';

/**
 * Search across issuers in Chromium, on the demo (five issuers): the first index holds the
 * prefecture's own entries, each other issuer's load when the issuer filter or the query names it,
 * the plan and project filters follow the issuer selected, and the status line says when exact
 * matches covered only some issuers.
 */

const site = servedSite(() => buildSite({ TODAY: '2026-11-29', CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) }));

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
