import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { QR_QUIET_ZONE } from '../../src/lib/web/qr.ts';
import { beijingMoment } from '../../src/node/commit-dates.ts';
import { PUBLIC_BUILD, TEST_SITE_URL, buildSite, htmlFiles, page } from '../helpers/site-build.ts';
import { dataPackagePaths, decodeQr, frictionlessErrors, nuValidatorErrors, parseFeed, type HtmlError } from '../helpers/strict-clients.ts';

/** The day (Beijing time) the paths were last committed, read from git here rather than by the site's code. */
const committedDay = (paths: string[]): string => beijingMoment(execFileSync('git', ['log', '-1', '--format=%aI', '--', ...paths], { encoding: 'utf8' }).trim()).slice(0, 10);

// The real site and the demo, built once per run (the same configurations as site.test.ts and
// demo-site.test.ts), read by the tools journalists and researchers use.
const sites: Record<string, string> = {};
let htmlErrors: Map<string, HtmlError[]> | undefined;

beforeAll(() => {
  sites.real = buildSite(PUBLIC_BUILD);
  sites.demo = buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) });
});

const xml = new XMLParser({ ignoreAttributes: false });
/** What these tests read of a feed item. */
type FeedItem = { title?: string; link?: string; pubDate?: unknown; description?: string };

describe.each(['real', 'demo'])('the %s site, read by strict third-party clients', (name) => {
  it('has no error the W3C Nu HTML validator finds, on any page', () => {
    // Both sites in one run of the validator, on the first of these two tests.
    htmlErrors ??= nuValidatorErrors(Object.values(sites));
    expect(htmlErrors.get(sites[name]!)).toEqual([]);
  });

  it('has data packages that Frictionless accepts: descriptors valid against the profiles, every CSV read through its descriptor', async () => {
    const dir = sites[name];
    const paths = dataPackagePaths(dir);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths) {
      const descriptor = JSON.parse(readFileSync(path, 'utf8')) as { profile: string; version: string; resources: { profile: string; encoding: string; path: string; schema: { primaryKey: string[]; foreignKeys?: unknown[] } }[] };
      expect(descriptor.profile, path).toBe('tabular-data-package');
      expect(descriptor.version, path).toMatch(/^\d+\.\d+\.\d+$/);
      expect(descriptor.resources.every((r) => r.profile === 'tabular-data-resource' && r.encoding === 'utf-8' && r.path.endsWith('.csv') && r.schema.primaryKey.length > 0), path).toBe(true);
      expect(descriptor.resources.filter((r) => !r.path.endsWith('targets.csv')).every((r) => r.schema.foreignKeys?.length === 1), path).toBe(true);
      const { errors, rows } = await frictionlessErrors(path);
      expect(errors, path).toEqual([]);
      expect(Object.values(rows).some((r) => r.length > 0), path).toBe(true);
      for (const resource of descriptor.resources) {
        const csv = readFileSync(join(path, '..', resource.path), 'utf8');
        expect(csv.startsWith('plan,'), resource.path).toBe(true);
        expect(csv.endsWith('\r\n') && !csv.endsWith('\r\n\r\n'), resource.path).toBe(true);
        const excel = readFileSync(join(path, '..', resource.path.replace(/\.csv$/, '-excel.csv')), 'utf8');
        expect(excel, resource.path).toBe(`\uFEFF${csv}`);
      }
    }
  });

  it('ends every CSV with one line break, with no blank line after the header of an empty table', () => {
    const dir = sites[name];
    for (const file of [join(dir, 'data', '2024', 'latest', 'values.csv'), join(dir, 'data', '2024', 'latest', 'targets', 'teeth-fluoride.csv')]) {
      const text = readFileSync(file, 'utf8');
      expect(text.endsWith('\r\n') && !text.endsWith('\r\n\r\n'), file).toBe(true);
      if (name === 'real') expect(text.replace(/^\uFEFF/, '').split('\r\n')).toHaveLength(2); // header and the final line break
    }
  });

  it('has feeds with atom:link rel="self" and lastBuildDate, the newest report’s publication', () => {
    for (const prefix of ['', 'en/']) {
      const feed = parseFeed(join(sites[name], prefix, '2024', 'reports', 'feed.xml'));
      expect(feed.atom?.links?.find((link: { rel?: string }) => link.rel === 'self')?.href).toBe(`${TEST_SITE_URL}/${prefix}2024/reports/feed.xml`);
      // The real site has no report: its feed changed when the plan's files were last committed.
      const published = name === 'real' ? committedDay(['content/plans', 'content/projects', 'content/sources']) : '2024-12-10';
      expect(new Date(feed.lastBuildDate!).toISOString()).toBe(new Date(`${published}T00:00:00+08:00`).toISOString());
      expect(feed.items?.length ?? 0).toBe(name === 'real' ? 0 : 11);
    }
  });

  it('has a feed per target, strict RSS, naming itself, dated by its newest event, with every report, correction and adjustment', () => {
    const target = 'classroom-lighting-upgrade';
    for (const prefix of ['', 'en/']) {
      const feed = parseFeed(join(sites[name], prefix, '2024', 'targets', target, 'feed.xml'));
      expect(feed.atom?.links?.find((link: { rel?: string }) => link.rel === 'self')?.href).toBe(`${TEST_SITE_URL}/${prefix}2024/targets/${target}/feed.xml`);
      expect(feed.link).toBe(`${TEST_SITE_URL}/${prefix}2024/targets/${target}/`);
      const newest = name === 'real' ? committedDay(['content/plans', 'content/projects', 'content/sources']) : '2024-12-10';
      expect(new Date(feed.lastBuildDate!).toISOString()).toBe(new Date(`${newest}T00:00:00+08:00`).toISOString());
      const items = (feed.items ?? []) as FeedItem[];
      // 11 monthly reports and one adjustment in the demo; nothing yet on the real site.
      expect(items.length).toBe(name === 'real' ? 0 : 12);
      expect(items.filter((i) => !i.link?.startsWith(`${TEST_SITE_URL}/`) || !i.pubDate || !i.description)).toEqual([]);
      expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    }
    if (name === 'demo') {
      const teeth = parseFeed(join(sites[name], '2024', 'targets', 'teeth-fluoride', 'feed.xml'));
      expect(((teeth.items ?? []) as FeedItem[]).filter((i) => i.title?.includes('更正截至'))).toHaveLength(1);
    }
  });

  it('has sitemaps whose every entry has a lastmod (the day its data last changed), and a robots.txt naming them', () => {
    const dir = sites[name];
    const urls = (xml.parse(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !/^\d{4}-\d{2}-\d{2}T/.test(u.lastmod ?? ''))).toEqual([]);
    const lastmod = (path: string) => urls.find((u) => u.loc === `${TEST_SITE_URL}${path}`)?.lastmod?.slice(0, 10);
    // The real site: a plan's pages changed with its files' last commit, site-wide pages with any content file's; never the build day.
    if (name === 'real') expect(new Set(urls.map((u) => u.lastmod?.slice(0, 10)))).toEqual(new Set([committedDay(['content/plans', 'content/projects', 'content/sources']), committedDay(['content'])]));
    else {
      expect(lastmod('/2024/reports/2024-01-31/')).toBe('2024-02-10');
      expect(lastmod('/')).toBe('2024-12-10');
      expect(lastmod('/2024/targets/classroom-lighting-upgrade/')).toBe('2024-12-10');
    }
    expect(urls.filter((u) => /\/(t|p)\/[^/]+\/$|\/notice\/$|\/embed\//.test(u.loc))).toEqual([]);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml\n`);
  });

  it('has host-side 301 rules for every short link, leading where the fallback page leads, to a built page', () => {
    const dir = sites[name];
    const rules = readFileSync(join(dir, '_redirects'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' '));
    const map = readFileSync(join(dir, '_short-links.map'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.replace(/;$/, '').split(' '));
    const shortPages = htmlFiles(dir).filter((file) => /^(en\/)?[tp]\/[^/]+\/index\.html$/.test(file));
    expect(shortPages.length).toBeGreaterThan(100);
    expect(rules).toHaveLength(shortPages.length * 2);
    expect(map).toEqual(rules.map(([from, to]) => [from, to]));
    for (const [from, to, code] of rules) {
      expect(code).toBe('301');
      const fallback = from.endsWith('/') ? page(dir, from)('meta[http-equiv="refresh"]').attr('content') : undefined;
      if (fallback) expect(fallback).toBe(`0; url=${to}`);
      expect(existsSync(join(dir, to, 'index.html')), to).toBe(true);
    }
  });

  it('prints notices whose QR code decodes to the short link, with a 4-module quiet zone, and states each target’s concrete goal', () => {
    const dir = sites[name];
    for (const [path, short] of [['/2024/targets/air-action-plan/notice/', '/t/air-action-plan/'], ['/2024/projects/student-health/notice/', '/p/student-health/'], ['/en/2024/targets/gov-self-service-area/notice/', '/en/t/gov-self-service-area/']]) {
      const $ = page(dir, path);
      const qr = decodeQr($('.notice-sheet .qr').html()!);
      expect(qr, path).toEqual({ text: `${TEST_SITE_URL}${short}`, quietZone: QR_QUIET_ZONE });
    }
    expect(page(dir, '/2024/targets/air-action-plan/notice/')('.notice-sheet__facts dd').first().text()).toBe('2024年12月31日前完成：制定并印发实施《伊犁州直大气环境整治“2024—2025年”行动方案》');
    expect(page(dir, '/en/2024/targets/gov-self-service-area/notice/')('.notice-sheet__facts dd').first().text()).toMatch(/^Done by December 31, 2024: .+\(100 ?m²\)$/);
    const goals = htmlFiles(dir).filter((file) => /targets\/[^/]+\/notice\/index\.html$/.test(file)).map((file) => page(dir, `/${file.replace(/index\.html$/, '')}`)('.notice-sheet__facts dd').first().text());
    expect(goals.length).toBeGreaterThan(80);
    expect(goals.filter((goal) => goal.includes('按期完成与否') || goal.includes('either done on time or not'))).toEqual([]);
  });
});

describe('the data page', () => {
  it('says, in both editions, which encoding and Frictionless profiles the files follow, and links the Excel copies', () => {
    const zh = page(sites.real, '/data/');
    expect(zh('#formats').text()).toMatch(/不带 BOM 的 UTF-8[\s\S]*Tabular Data Package 与 Tabular Data Resource[\s\S]*-excel\.csv/);
    expect(zh('main a[href="/data/2024/latest/targets-excel.csv"]').text()).toBe('Excel 版');
    expect(page(sites.real, '/en/data/')('#formats').text()).toMatch(/UTF-8 without a byte-order mark[\s\S]*Tabular Data Package and Tabular Data Resource[\s\S]*-excel\.csv/);
  });
});
