import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { CHINESE } from '../../src/lib/web/text-parts.ts';

export { ROOT, buildLog, buildSite, childEnv } from '../../scripts/lib/build.ts';

/** A built page parsed with cheerio, by its URL path (e.g. "/2024/"). */
export function page(dir: string, urlPath: string): CheerioAPI {
  const file = urlPath.endsWith('/') ? join(dir, urlPath, 'index.html') : join(dir, urlPath);
  return load(readFileSync(file, 'utf8'));
}

export { checkLinks, htmlFiles, type BrokenLink } from '../../scripts/lib/links.ts';

/**
 * The public address (SITE_URL) of the test builds that read what only a build with one has:
 * sitemaps, feeds, robots.txt's sitemap line, QR codes, canonical and hreflang links. A build without
 * SITE_URL (npm start's) has none of them; test/build/hosting.test.ts checks that one.
 */
export const TEST_SITE_URL = 'https://minsheng.example.org';

/**
 * Test builds as published at a site root, on a fixed date: the real site is `buildSite(PUBLIC_BUILD)`,
 * the demo and other content roots add their CONTENT_DIR. Every test file asks with the same
 * settings, so the run builds each content root once.
 */
export const PUBLIC_BUILD = { TODAY: '2026-11-29', SITE_URL: TEST_SITE_URL } as const;

/** The origins PUBLISHED lets frame its pages, as a 专题 under a portal (FRAME_ANCESTORS; the second written with a trailing slash). */
export const PUBLISHED_FRAME_ANCESTORS = 'https://portal.example https://www.portal.example/';

/**
 * The real site as published under a base path, with its public address, as a 专题 a portal may
 * frame (FRAME_ANCESTORS), and as one shard of a site built in shards: its search page merges two
 * other bundles (SEARCH_MERGE), one that the merged-search test puts beside it and one that is never
 * there. One build, shared by the tests of absolute links, citations, host headers and merged search.
 */
export const PUBLISHED = { TODAY: '2026-11-29', BASE_PATH: '/minsheng/', SITE_URL: TEST_SITE_URL, FRAME_ANCESTORS: PUBLISHED_FRAME_ANCESTORS, SEARCH_MERGE: '/other/pagefind/,/missing/pagefind/' } as const;


/**
 * Text in Chinese on a built page of another edition that no element marks as Chinese (WCAG 3.1.2,
 * language of parts: a screen reader reads it with the page's voice), as "element: text" lines. The
 * document head is left out: a <title> cannot mark a part.
 */
export function unmarkedChinese(dir: string, file: string): string[] {
  const $ = load(readFileSync(join(dir, file), 'utf8'));
  $('head, script, style, template').remove();
  const found: string[] = [];
  $('body *')
    .contents()
    .each((_, node) => {
      if (node.type !== 'text' || !CHINESE.test(node.data)) return;
      if ($(node.parent!).closest('[lang]').attr('lang')?.startsWith('zh')) return;
      found.push(`${file} <${(node.parent as { name?: string }).name}>: ${node.data.trim().slice(0, 60)}`);
    });
  return found;
}
