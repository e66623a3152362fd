import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/lib/search/search.ts';
import { servedSite } from '../helpers/served.ts';
import { PUBLIC_BUILD, buildSite } from '../helpers/site-build.ts';

const site = servedSite(() => buildSite(PUBLIC_BUILD));

/** Opens a search URL and waits until the status line reports a finished search. */
async function searchPage(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}/search/${query}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return text !== '' && !text.includes('正在搜索');
  });
  return page.$$eval('.search-results .result__title', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * Submits each query in turn in one search page (as a reader searching again does) and returns the
 * paths of the first `count` results for each, once the status line reports that query finished
 * (exact matches and full text merged). One page for many queries: loading the page per query
 * would cost a second each.
 */
async function resultsFor(page: Page, queries: readonly string[], count = 1): Promise<string[][]> {
  await page.goto(`${site.url}/search/`);
  return page.evaluate(
    async ([all, n]) => {
      const form = document.querySelector<HTMLFormElement>('site-search form')!;
      const box = document.querySelector<HTMLInputElement>('#q')!;
      const status = document.querySelector('.search-status')!;
      const results: string[][] = [];
      for (const q of all) {
        box.value = q;
        form.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
        await new Promise<void>((resolve) => {
          const done = () => /找到|没有找到/.test(status.textContent ?? '') && (status.textContent ?? '').includes(`“${q}”`);
          if (done()) return resolve();
          const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        results.push([...document.querySelectorAll('.search-results .result__title')].slice(0, n).map((a) => a.getAttribute('href') ?? ''));
      }
      return results;
    },
    [queries, count] as const,
  );
}

/** The first result's path for each query (an empty string where nothing was found). */
const firstResults = async (page: Page, queries: readonly string[]): Promise<string[]> => (await resultsFor(page, queries)).map((r) => r[0] ?? '');

const T = (id: string) => `/2024/targets/${id}/`;
const P = (id: string) => `/2024/projects/${id}/`;

/** Query → a page that must be among the first three results. */
const QUERIES: [string, string][] = [
  ['涂氟', T('teeth-fluoride')],
  ['窝沟封闭', T('teeth-pit-fissure-sealant')],
  ['9600', T('teeth-pit-fissure-sealant')],
  ['9,600', T('teeth-pit-fissure-sealant')],
  ['0.96万', T('teeth-pit-fissure-sealant')],
  ['９６００', T('teeth-pit-fissure-sealant')],
  ['6-9岁', T('teeth-pit-fissure-sealant')],
  ['1.37万', T('gas-nanan-chabuchaer-pipeline')],
  ['13700', T('gas-nanan-chabuchaer-pipeline')],
  ['87家企业', T('gas-nanan-chabuchaer-pipeline')],
  ['12.4万人', T('gas-two-pipelines-started')],
  ['清水河', T('gas-two-pipelines-started')],
  ['察县', T('gas-nanan-chabuchaer-pipeline')],
  ['州残联', T('disabled-children-rehabilitation')],
  ['特克斯县', T('elderly-care-centres')],
  ['奎屯市', T('elderly-care-centres')],
  ['PM2.5', T('air-pm25')],
  ['pm2.5', T('air-pm25')],
  ['ＰＭ２.５', T('air-pm25')],
  ['氟', T('teeth-fluoride')],
  ['8.89万', T('seismic-urban-assessment')],
  ['88900', T('seismic-urban-assessment')],
  ['1991', T('seismic-pre1991-appraisal')],
  ['抗震', P('seismic-housing')],
  ['5万', T('jobs-poverty-alleviated-workers')],
  ['18000', T('jobs-unemployed-reemployed')],
  ['1.8万', T('jobs-unemployed-reemployed')],
  ['2750', T('jobs-urban-hard-to-employ')],
  ['动态清零', T('jobs-zero-employment-households')],
  ['131', T('jobs-graduates-131')],
  ['90%', T('jobs-graduate-placement-rate')],
  ['100㎡', T('gov-self-service-area')],
  ['136', T('gov-self-service-items')],
  ['兵地通办', T('gov-bingdi-kokdala')],
  ['胡杨河', T('gov-bingdi-huyanghe')],
  ['200个', T('medical-insurance-cloud-points')],
  ['危桥', T('roads-dangerous-bridges')],
  ['400公里', T('roads-safety-works')],
  ['2500', T('classroom-lighting-upgrade')],
  ['明厨亮灶', T('canteen-bright-kitchen')],
  ['26万', T('canteen-bright-kitchen')],
  ['你点我查', T('child-products-campaign')],
  ['882', T('elderly-meal-points')],
  ['助餐', T('elderly-meal-points')],
  ['1377', T('elderly-home-adaptation')],
  ['适老化', T('elderly-home-adaptation')],
  ['920户', T('disabled-home-accessibility')],
  ['1000场次', T('culture-grassroots-performances')],
  ['650', T('science-farmer-training')],
  ['州科技局', T('science-farmer-training')],
  ['州民政局', T('elderly-meal-points')],
  ['涂氟 3400', T('teeth-fluoride')],
  ['teeth-fluoride', T('teeth-fluoride')],
];

describe('search in Chromium', () => {
  it('finds each query’s page among the first three results', async () => {
    const page = await site.newPage();
    const results = await resultsFor(page, QUERIES.map(([query]) => query), 3);
    await page.close();
    expect(QUERIES.flatMap(([query, expected], i) => (results[i]!.includes(expected) ? [] : [`${query}: ${expected} not in ${results[i]!.join(', ') || 'no results'}`]))).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', '   '],
    ['nonsense', 'qwertyuiopzxcv'],
    ['500 characters', '民生'.repeat(250)],
    ['a script tag', '<script>alert(1)</script>'],
    ['quotes and markup', `涂氟"'><img src=x onerror=alert(1)>`],
  ])('gives a sane page for a query that is %s', async (_, query) => {
    const page = await site.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    // A query settles on a result count (however long the machine takes); an empty one must stay quiet.
    // An empty one must stay quiet once the page has loaded and the network is still (nothing searched).
    if (query.trim() === '') await page.waitForLoadState('networkidle');
    else await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const state = await page.evaluate(() => ({
      status: document.querySelector('.search-status')?.textContent ?? '',
      injected: document.querySelectorAll('main img, main script:not([type]), .search-results script').length,
      input: (document.querySelector('#q') as HTMLInputElement).value,
    }));
    await page.close();
    expect(problems).toEqual([]);
    expect(state.injected).toBe(0);
    expect(state.input.length).toBeLessThanOrEqual(200);
    if (query.trim() === '') expect(state.status).toBe('');
    else expect(state.status).toMatch(/找到|没有找到/);
  });

  it('narrows results with a filter, and only to matching pages', async () => {
    const page = await site.newPage();
    const all = await searchPage(page, `?q=${encodeURIComponent('建设')}`);
    const filtered = await searchPage(page, `?q=${encodeURIComponent('建设')}&project=elderly-care`);
    await page.close();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((href) => ['elderly-meal-points', 'elderly-care-centres', 'elderly-home-adaptation', 'elderly-care'].some((id) => href.includes(`/${id}/`)))).toBe(true);
  });

  it('filters by county and by lead department without a query', async () => {
    const page = await site.newPage();
    const tekes = await searchPage(page, '?county=tekes&kind=count');
    const byLead = await searchPage(page, '?lead=disabled-persons-federation');
    await page.close();
    expect(tekes).toContain(T('elderly-care-centres'));
    expect(tekes).not.toContain(T('gov-self-service-items'));
    expect(byLead.slice(0, 3).sort()).toEqual([P('disability-support'), T('disabled-children-rehabilitation'), T('disabled-home-accessibility')].sort());
  });

  it('keeps the query and filters in the URL, and restores them from it', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/search/`);
    await page.fill('#q', '改造');
    await page.selectOption('#filter-lead', 'disabled-persons-federation');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').includes('找到'));
    const params = new URL(page.url()).searchParams;
    expect([params.get('q'), params.get('lead')]).toEqual(['改造', 'disabled-persons-federation']);
    const before = await page.$$eval('.search-results .result__title', (a) => a.map((x) => x.getAttribute('href')));
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').includes('找到'));
    expect(await page.inputValue('#q')).toBe('改造');
    expect(await page.inputValue('#filter-lead')).toBe('disabled-persons-federation');
    expect(await page.$$eval('.search-results .result__title', (a) => a.map((x) => x.getAttribute('href')))).toEqual(before);
    await page.close();
  });

  it('starts a search from the header box of any page, with the keyboard', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/about/`);
    await page.focus('#header-q');
    await page.keyboard.type('涂氟');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').includes('找到'));
    expect(await page.getAttribute('.search-status', 'role')).toBe('status');
    await page.focus('#q');
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results, .search-form') !== null)).toBe(true);
    await page.close();
  });

  it('says plainly when nothing is found', async () => {
    const page = await site.newPage();
    const results = await searchPage(page, '?q=qwertyuiopzxcv');
    expect(results).toEqual([]);
    expect(await page.textContent('.search-status')).toContain('没有找到与“qwertyuiopzxcv”相关的结果');
    await page.close();
  });

  it('lists every target by project without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('涂氟')}`);
    expect(await page.locator('.all-targets h3').count()).toBe(10);
    expect(await page.locator('.all-targets .result').count()).toBe(44);
    expect(await page.locator('.all-targets noscript, .all-targets .notice').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('ranking and everyday words in Chromium', () => {
  const dir = () => buildSite(PUBLIC_BUILD);

  it('shows the page of every county, department, project and plan first, for each of its names', async () => {
    const index = JSON.parse(readFileSync(join(dir(), 'search-index.json'), 'utf8')) as SearchIndex;
    const cases = index.entries.filter((e) => e.kind !== 'target').flatMap((e) => e.fields.names.map((name) => ({ name, path: `/${e.path.replace(/^\//, '')}` })));
    // The names in the index are normalised; the original spellings of the examples are here too.
    cases.push({ name: '特克斯', path: '/counties/tekes/' }, { name: '州卫生健康委员会', path: '/departments/health/' });
    const page = await site.newPage();
    const firsts = await firstResults(page, cases.map((c) => c.name));
    await page.close();
    expect(cases.length).toBeGreaterThan(140);
    expect(cases.flatMap((c, i) => (firsts[i] === c.path ? [] : [`${c.name} → ${firsts[i]}, expected ${c.path}`]))).toEqual([]);
  });

  it('finds the same first result for every everyday word as for the plan term it stands for', async () => {
    const terms = (JSON.parse(readFileSync(join(dir(), 'search-index.json'), 'utf8')) as SearchIndex).equivalents.filter((e) => /\p{Script=Han}/u.test(e.term));
    const queries = terms.flatMap((e) => [e.term, ...e.equivalents]);
    const page = await site.newPage();
    const firsts = await firstResults(page, queries);
    await page.close();
    const first = new Map(queries.map((q, i) => [q, firsts[i]!]));
    const wrong = terms.flatMap((e) => e.equivalents.filter((w) => first.get(w) !== first.get(e.term) || !first.get(w)).map((w) => `${w} → ${first.get(w)}; ${e.term} → ${first.get(e.term)}`));
    expect(terms.length).toBeGreaterThan(15);
    expect(wrong).toEqual([]);
  });

  it('shows the first result within the first screen of a 390 px phone, with the filters folded and counted', async () => {
    const page = await site.newPage({ width: 390, height: 844 });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('特克斯')}&kind=count`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const first = page.locator('.search-results .result').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.querySelector('details.search-form__filters')?.hasAttribute('open'))).toBe(false);
    expect(await page.textContent('.search-form__filters summary')).toContain('已选 1 项');
    // Every filter is still reachable by keyboard: the summary opens the disclosure.
    await page.focus('.search-form__filters summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-project');
    expect(await page.inputValue('#filter-kind')).toBe('count');
    await page.close();
  });

  it('says plainly when search cannot run, gives the full list back, and works again once the files load', async () => {
    const page = await site.newPage();
    const blocked = (url: URL) => url.pathname.endsWith('/search-index.json') || url.pathname.startsWith('/pagefind/');
    await page.route(blocked, (route) => route.abort());
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('涂氟')}`);
    await page.waitForFunction(() => /暂时无法使用/.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(await page.textContent('.search-status')).toBe('搜索暂时无法使用，请稍后再试。下面列出全部指标。');
    expect(await page.isVisible('.all-targets')).toBe(true);
    expect(await page.isHidden('.search-results')).toBe(true);
    // The connection comes back: the next search loads what failed.
    await page.unroute(blocked);
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(await page.$$eval('.search-results .result__title', (a) => a.map((x) => x.getAttribute('href')))).toContain('/2024/targets/teeth-fluoride/');
    expect(await page.isHidden('.all-targets')).toBe(true);
    await page.close();
  });

  it('keeps the page still while results arrive: no layout shift on a 390 px phone', async () => {
    const page = await site.newPage({ width: 390, height: 844 });
    // Every shift from the first paint on, recorded by the browser (the Layout Instability API).
    await page.addInitScript(() => {
      (window as unknown as { shifts: string[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
          (window as unknown as { shifts: string[] }).shifts.push(`${entry.value.toFixed(4)} ${entry.sources?.map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('涂氟')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
    // Two frames for the last render's shifts to be reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    await page.close();
  });
});
