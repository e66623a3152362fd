import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';
import { exampleBadgePng, writeDemoContent } from '../../scripts/demo.ts';
import { weekdaysBetween } from '../../src/lib/model/dates.ts';
import { FIXTURES, BASE_CONTENT, TEST_IDENTITY } from '../helpers/fixtures.ts';
import { PUBLIC_BUILD, TEST_SITE_URL, buildSite, htmlFiles, page } from '../helpers/site-build.ts';

/**
 * What the national rules for government websites inspect on every page, checked on built sites:
 * the footer's identifiers, the 网页元数据, a visible 发布时间/更新时间 from content, no navigation
 * entry leading to an empty column, archived plans. The identity fixture is the small base content
 * with every identity key set (test values, not real filings; the content is synthetic, so its
 * footer says they are examples), published at a public address, committed to git at fixed dates.
 */

const SITE_URL = TEST_SITE_URL;
const IDENTITY = TEST_IDENTITY;
/** When the fixture's files were committed (UTC), and as pages show it (Beijing time). */
const COMMITTED = '2024-01-15T02:00:00Z';
const COMMITTED_SHOWN = '2024-01-15 10:00';

/** The base content plus the July report, with IDENTITY and an archived plan, committed to a new git repository at COMMITTED. */
function identityContent(): string {
  const repo = mkdtempSync(join(tmpdir(), 'govsite-repo-'));
  const root = join(repo, 'content');
  cpSync(BASE_CONTENT, root, { recursive: true });
  cpSync(join(FIXTURES, 'july-report'), root, { recursive: true });
  const site = JSON.parse(readFileSync(join(root, 'site.json'), 'utf8')) as object;
  writeFileSync(join(root, 'site.json'), JSON.stringify({ ...site, identity: IDENTITY }, null, 2));
  const plan = JSON.parse(readFileSync(join(root, 'plans', '2024.json'), 'utf8')) as object;
  writeFileSync(join(root, 'plans', '2024.json'), JSON.stringify({ ...plan, archived: '2025-03-31' }, null, 2));
  mkdirSync(join(root, 'identity'));
  writeFileSync(join(root, IDENTITY.badge.image), exampleBadgePng());
  const env = { ...process.env, GIT_AUTHOR_DATE: COMMITTED, GIT_COMMITTER_DATE: COMMITTED };
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-q', '-m', 'publish']]) {
    const result = spawnSync('git', ['-C', repo, '-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
  }
  return root;
}

let identity: string;
let real: string;
let demo: string;

beforeAll(() => {
  identity = buildSite({ TODAY: '2027-01-15', SITE_URL, CONTENT_DIR: identityContent() });
  real = buildSite(PUBLIC_BUILD);
  demo = buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) });
});

/** Pages with the site's chrome (bare pages, embeds, notices and short links, have no footer). */
const fullPages = (dir: string) => htmlFiles(dir).filter((file) => load(readFileSync(join(dir, file), 'utf8'))('footer.site-footer').length > 0);
const meta = ($: CheerioAPI, name: string) => $(`meta[name="${name}"]`).attr('content');
/** Content pages: the plan's, its projects', targets', reports' and source's; departments' and counties'. */
const ARTICLE = /^(en\/)?(\d{4}\/(index\.html|source\/|projects\/[^/]+\/index|targets\/[^/]+\/index|reports\/\d{4}-\d{2}-\d{2}\/)|departments\/[^/]+\/|counties\/[^/]+\/)/;
/** List pages (栏目). */
const COLUMN = /^(en\/)?(index\.html|\d{4}\/reports\/index\.html|departments\/index\.html|counties\/index\.html|data\/index\.html|search\/index\.html|sitemap\/index\.html)$/;

describe('the footer of every page, in every edition, shows the identity the office set', () => {
  it('each key, the ICP and 公安 numbers linked to their public lookups, the badge from this site, the site map, 找错 and 依申请公开', () => {
    const files = fullPages(identity);
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.startsWith('en/'))).toBe(true);
    for (const file of files) {
      const $ = page(identity, `/${file}`);
      const footer = $('footer.site-footer');
      expect(footer.find('[data-host]').text(), file).toBe(IDENTITY.host);
      expect(footer.find('[data-organiser]').text(), file).toBe(IDENTITY.organiser);
      expect(footer.find('[data-site-code]').text(), file).toBe(IDENTITY.siteCode);
      expect(footer.find('[data-icp]').text(), file).toBe(IDENTITY.icp);
      expect(footer.find('[data-icp]').attr('href'), file).toBe('https://beian.miit.gov.cn/');
      expect(footer.find('[data-public-security]').text(), file).toBe(IDENTITY.publicSecurity);
      expect(footer.find('[data-public-security]').attr('href'), file).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=65400002000001');
      expect(footer.find('[data-phone]').text(), file).toBe(IDENTITY.contact.phone);
      expect(footer.find('[data-email]').attr('href'), file).toBe(`mailto:${IDENTITY.contact.email}`);
      expect(footer.find('[data-address]').text(), file).toBe(IDENTITY.contact.address);
      const url = new URL(file === '404.html' ? '/404/' : `/${file.replace(/index\.html$/, '')}`, SITE_URL).href;
      expect(footer.find('[data-error-report]').attr('href'), file).toBe(`https://jiucuo.example/exposure/jiucuo.html?site_code=6540000001&url=${encodeURIComponent(url)}`);
      expect(footer.find('[data-disclosure]').attr('href'), file).toBe(IDENTITY.disclosureUrl);
      const badge = footer.find('a[href="https://badge.example/verify/"] img');
      expect(badge.attr('src'), file).toBe('/identity/badge.png');
      expect(footer.find(`a[href="${file.startsWith('en/') ? '/en' : ''}/sitemap/"]`).length, file).toBe(1);
      // The fixture is synthetic: its identifiers are test values, and the footer says they are examples.
      expect(footer.find('[data-identity-example]').length, file).toBe(1);
    }
    expect(readFileSync(join(identity, 'identity', 'badge.png')).equals(exampleBadgePng())).toBe(true);
  });

  it('shows nothing of an identity the office has not supplied (content/ keeps it empty): no invented identifier', () => {
    expect(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'site.json'), 'utf8')).identity).toBeUndefined();
    for (const file of fullPages(real)) {
      const $ = page(real, `/${file}`);
      expect($('footer [data-identity]').length, file).toBe(0);
      expect($('footer a[href$="/sitemap/"]').length, file).toBe(1);
    }
  });

  it('has a human site map linking every plan, project, target, department and county', () => {
    const $ = page(real, '/sitemap/');
    const links = new Set($('main a').map((_, a) => $(a).attr('href')).get());
    for (const file of htmlFiles(real).filter((f) => /^(2024\/(projects|targets)\/[^/]+|departments\/[^/]+|counties\/[^/]+)\/index\.html$/.test(f))) {
      expect(links.has(`/${file.replace(/index\.html$/, '')}`), file).toBe(true);
    }
  });
});

describe('网页元数据 as the 指引 names them', () => {
  it('SiteName, SiteDomain and SiteIDCode on every page; ArticleTitle, PubDate and ContentSource on content pages; Column* on list pages', () => {
    let articles = 0;
    let columns = 0;
    for (const file of htmlFiles(identity)) {
      const $ = page(identity, `/${file}`);
      expect(meta($, 'SiteName'), file).toBe(file.startsWith('en/') ? 'Livelihood Projects Tracker' : '民生实事公开');
      expect(meta($, 'SiteDomain'), file).toBe('minsheng.example.org');
      expect(meta($, 'SiteIDCode'), file).toBe(IDENTITY.siteCode);
      if (ARTICLE.test(file)) {
        articles += 1;
        expect(meta($, 'ArticleTitle'), file).toBeTruthy();
        expect(meta($, 'PubDate'), file).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
        expect(meta($, 'ContentSource'), file).toBeTruthy();
        expect(meta($, 'Url'), file).toBe(new URL(`/${file.replace(/index\.html$/, '')}`, SITE_URL).href);
      }
      if (COLUMN.test(file)) {
        columns += 1;
        for (const name of ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType']) expect(meta($, name), `${file} ${name}`).toBeTruthy();
      }
    }
    expect(articles).toBeGreaterThan(10);
    expect(columns).toBe(14);
    // The plan was committed at COMMITTED; a report's PubDate is its own publication.
    expect(meta(page(identity, '/2024/targets/sample-points/'), 'PubDate')).toBe(COMMITTED_SHOWN);
    expect(meta(page(identity, '/2024/reports/2024-07-31/'), 'PubDate')).toMatch(/^2024-08-\d{2} 00:00$/);
  });
});

describe('every page dated from content, never the build', () => {
  it.each([
    ['the real site', () => real],
    ['the identity fixture (committed at a fixed time, built with TODAY 2027-01-15)', () => identity],
  ])('%s: every page’s main region shows a 发布时间 or 更新时间 with <time datetime>', (_, dir) => {
    for (const file of htmlFiles(dir()).filter((f) => f.endsWith('.html'))) {
      const $ = page(dir(), `/${file}`);
      const times = $('main [data-page-dates] time');
      expect(times.length, file).toBeGreaterThan(0);
      times.each((__, time) => expect($(time).attr('datetime'), file).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}\+08:00)?$/));
    }
  });

  it('the dates are the commit’s and the reports’ own, not the build day nor TODAY', () => {
    const $ = page(identity, '/2024/projects/sample/');
    expect($('[data-published]').attr('datetime')).toBe('2024-01-15T10:00+08:00');
    // Updated by the July report (published in August) and the adjustment published then.
    expect($('[data-updated]').attr('datetime')).toMatch(/^2024-08-\d{2}$/);
    const shown = htmlFiles(identity).flatMap((file) => page(identity, `/${file}`)('main [data-page-dates] time').map((_, t) => page(identity, `/${file}`)(t).attr('datetime')).get());
    expect(shown.filter((d) => d.startsWith('2027-') || d.startsWith(new Date().toISOString().slice(0, 10)))).toEqual([]);
  });

  it('a report’s page shows its delay from the as-of date to publication, against the 20-working-day rule', () => {
    const files = htmlFiles(demo).filter((f) => /^\d{4}\/reports\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const $ = page(demo, `/${file}`);
      const asOf = file.split('/')[2]!;
      const published = $('[data-report-delay]').prev().find('time').attr('datetime')!;
      expect($('[data-report-delay]').text(), file).toContain(`约 ${weekdaysBetween(asOf, published)} 个工作日`);
      expect($('[data-report-delay]').text(), file).toContain('第二十六条');
    }
  });

  it('the home page lists its latest dated items, newest first', () => {
    const $ = page(demo, '/');
    const times = $('[data-latest] time').map((_, t) => $(t).attr('datetime')).get();
    expect(times.length).toBe(5);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page(real, '/')('[data-latest] li').length).toBeGreaterThan(0);
  });
});

describe('no blank column', () => {
  it('before the first report, every navigation entry of the real site leads to a page with more than an empty state', () => {
    const $ = page(real, '/');
    const entries = $('.site-nav a').map((_, a) => $(a).attr('href')).get();
    expect(entries).toContain('/2024/reports/');
    for (const href of entries) {
      const target = page(real, href);
      target('main .notice, main [data-page-dates]').remove();
      const rest = target('main');
      expect(rest.find('h2, table, li').length, href).toBeGreaterThan(0);
      expect(rest.text().replace(/\s+/g, '').length, href).toBeGreaterThan(80);
    }
    const reports = page(real, '/2024/reports/');
    const ahead = reports('section[aria-labelledby="reports-ahead"]').text();
    expect(ahead).toContain('2024年12月31日');
    expect(ahead).toContain('44 项指标到期');
  });

  it('a project page leads with what was promised, where and by whom; tables before any report give the plan’s terms, not columns of dashes', () => {
    const $ = page(real, '/2024/projects/employment/');
    const facts = $('main dl.facts').first().find('dt').map((_, dt) => $(dt).text()).get();
    expect(facts.slice(0, 3)).toEqual(['牵头单位', '责任单位', '涉及县市']);
    expect($('main table.targets th').map((_, th) => $(th).text()).get()).not.toContain('最新数值');
    expect($('main table.targets td time').first().attr('datetime')).toBe('2024-12-31');
    expect(page(demo, '/2024/projects/employment/')('main table.targets th').map((_, th) => page(demo, '/2024/projects/employment/')(th).text()).get()).toContain('最新数值');
  });

  it('an archived plan says 已归档 with its date on every page of it, in both editions', () => {
    const files = htmlFiles(identity).filter((f) => /^(en\/)?2024\//.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(page(identity, `/${file}`)('[data-archived]').text(), file).toMatch(file.startsWith('en/') ? /Archived.*March 31, 2025/ : /已归档.*2025年3月31日/);
    expect(page(identity, '/about/')('[data-archived]').length).toBe(0);
  });
});
