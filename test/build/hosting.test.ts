import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PORTAL, writeDemoContent } from '../../scripts/demo.ts';
import { EMBED_POLICY, pagePolicy } from '../../src/lib/web/host-headers.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';
import { PUBLIC_BUILD, PUBLISHED, ROOT, buildLog, buildSite, checkLinks, childEnv, htmlFiles, page } from '../helpers/site-build.ts';

/**
 * Hosting: a build without SITE_URL (what `npm start` builds and serves) holds no absolute URL of
 * its own and prints no warning; FRAME_ANCESTORS lets a portal frame the site; the portal link in the
 * header.
 */

/** What `npm start` builds: the real content, no SITE_URL, no BASE_PATH. */
const LOCAL = { TODAY: PUBLIC_BUILD.TODAY } as const;
const TODAY = PUBLIC_BUILD.TODAY;
/** A test that builds a site itself may first wait for the other worker's build to finish. */
const BUILD_TIMEOUT = 600_000;

let local: string;
let fixture: string;
let published: string;
let demo: string;

beforeAll(() => {
  local = buildSite(LOCAL);
  // Fixture progress, also without SITE_URL: report pages and feeds with items would be there.
  fixture = buildSite({ TODAY, CONTENT_DIR: BASE_CONTENT });
  published = buildSite(PUBLISHED);
  demo = buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) });
});

/** Every file of a built site, as paths relative to its root. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The files of a built site that hold a string anywhere in their bytes. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text);
  return allFiles(dir).filter((file) => readFileSync(join(dir, file)).includes(needle));
}

/** A build's output with its colours stripped (a terminal, or CI=true, colours Astro's labels). */
// eslint-disable-next-line no-control-regex
const plain = (log: string): string => log.replace(/\u001b\[[0-9;]*m/g, '');

/** Astro's [WARN] lines in a build's output. */
function warnings(log: string): string[] {
  return plain(log).split('\n').filter((line) => line.includes('[WARN]'));
}

describe('a build without SITE_URL', () => {
  it('has no absolute URL of its own: no 127.0.0.1 or localhost in any file, of the real content or of fixture progress', () => {
    for (const dir of [local, fixture]) {
      expect(allFiles(dir).length).toBeGreaterThan(200);
      expect(filesHolding(dir, '127.0.0.1'), dir).toEqual([]);
      expect(filesHolding(dir, 'localhost'), dir).toEqual([]);
    }
  });

  it('leaves out what needs an absolute URL (sitemap, feeds, robots.txt’s Sitemap line, hreflang, canonical, QR codes), and links to none of it', () => {
    for (const dir of [local, fixture]) {
      expect(existsSync(join(dir, 'sitemap-index.xml')), dir).toBe(false);
      expect(allFiles(dir).filter((file) => file.endsWith('feed.xml')), dir).toEqual([]);
      expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
      // The link checker fails on a link to a file the build did not write (a feed, the sitemap).
      expect(checkLinks(dir, '/'), dir).toEqual([]);
    }
    for (const file of htmlFiles(local)) {
      const $ = page(local, `/${file}`);
      expect($('link[rel="canonical"], link[rel="alternate"][hreflang], link[rel="sitemap"], link[type="application/rss+xml"]'), file).toHaveLength(0);
    }
    // The language switcher keeps working: it links by path.
    expect(page(local, '/2024/')('.language-switcher a[hreflang="en"]').attr('href')).toBe('/en/2024/');
    // A target's page and its notice say why there is no QR code, and give the short link by path.
    const target = page(local, '/2024/targets/teeth-fluoride/');
    expect(target('.qr')).toHaveLength(0);
    expect(target('section.share a[href="/t/teeth-fluoride/"]').text()).toBe('/t/teeth-fluoride/');
    expect(target('section.share').text()).toContain('未设置正式网址（SITE_URL），因此没有二维码');
    const notice = page(local, '/en/2024/targets/teeth-fluoride/notice/');
    expect(notice('.qr')).toHaveLength(0);
    expect(notice('.notice-sheet').text()).toContain('there is no QR code because SITE_URL');
  });

  it('prints no [WARN] for the real content (progress/ and adjustments/ hold only their README before the first report)', () => {
    const log = buildLog(local);
    expect(plain(log)).toContain('[build] Complete!');
    expect(warnings(log)).toEqual([]);
  });

  it('prints no warning in npm start\'s other steps either: the content check and the preview server', async () => {
    const check = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8', env: childEnv({ TODAY }) });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('Content check passed');
    expect(check.stdout).not.toMatch(/\[WARN\]|Warning|注意/);
    // The preview server (astro preview, as npm start runs it) until it says where it serves.
    const server = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['preview', '--host', '127.0.0.1', '--port', '0'], { cwd: ROOT, env: childEnv({ OUT_DIR: local }) });
    let output = '';
    await new Promise<void>((ready, failed) => {
      const read = (chunk: Buffer) => (output += chunk.toString()) && /http:\/\/127\.0\.0\.1:\d+/.test(plain(output)) && ready();
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.on('exit', (code) => failed(new Error(`astro preview exited (${code}):\n${output}`)));
    }).finally(() => server.kill());
    expect(warnings(output)).toEqual([]);
  });

  it('keeps what a build with SITE_URL has: the sitemap, feeds and QR codes (test/build/strict-clients.test.ts reads them)', () => {
    const real = buildSite(PUBLIC_BUILD);
    expect(existsSync(join(real, 'sitemap-index.xml'))).toBe(true);
    expect(existsSync(join(real, '2024', 'reports', 'feed.xml'))).toBe(true);
    expect(page(real, '/2024/targets/teeth-fluoride/')('section.share .qr svg')).toHaveLength(1);
    expect(filesHolding(real, '127.0.0.1')).toEqual([]);
  }, BUILD_TIMEOUT);
});

describe('FRAME_ANCESTORS', () => {
  it('lets exactly those origins frame the pages in the built _headers, under the base path, without X-Frame-Options DENY; embeds stay open to all', () => {
    const headers = readFileSync(join(published, '_headers'), 'utf8');
    const rules = Object.fromEntries(headers.split('\n\n').map((block) => block.split('\n').filter((line) => !line.startsWith('#'))).map(([path, ...lines]) => [path, lines]));
    expect(Object.keys(rules)).toEqual(['/minsheng/*', '/minsheng/embed/*']);
    expect(rules['/minsheng/*']).toContain("  Content-Security-Policy: frame-ancestors 'self' https://portal.example https://www.portal.example; object-src 'none'; base-uri 'self'; form-action 'self'");
    expect(rules['/minsheng/*']!.filter((line) => line.includes('X-Frame-Options'))).toEqual([]);
    expect(rules['/minsheng/embed/*']!.slice(0, 2)).toEqual([`  Content-Security-Policy: ${EMBED_POLICY}`, '  ! X-Frame-Options']);
  });

  it('leaves pages unframeable without it (frame-ancestors none, X-Frame-Options DENY)', () => {
    const headers = readFileSync(join(local, '_headers'), 'utf8');
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${pagePolicy([])}\n  X-Frame-Options: DENY\n`);
    expect(headers).toContain(`/embed/*\n  Content-Security-Policy: ${EMBED_POLICY}\n`);
  });

  it('is shown for nginx in docs/HOSTING.md with the same policy', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'HOSTING.md'), 'utf8');
    expect(docs).toContain(`add_header Content-Security-Policy "${pagePolicy(['https://portal.example'])}" always;`);
  });

  it('stops the build on a value that is not an https origin, naming it in Chinese and English, without a stack trace', () => {
    let message = '';
    try {
      buildSite({ ...LOCAL, FRAME_ANCESTORS: 'https://portal.example https://portal.example/zt/' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('FRAME_ANCESTORS 有误：“https://portal.example/zt/” 不是 https 网站的源');
    expect(message).toContain('FRAME_ANCESTORS is invalid: "https://portal.example/zt/" is not an https origin');
    expect(message).not.toContain('“https://portal.example”');
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, BUILD_TIMEOUT);
});

describe('the portal link (content/site.json portal)', () => {
  it('shows 返回门户 with the portal’s name in the header of every page of both editions of the demo', () => {
    const headers = htmlFiles(demo).map((file) => ({ file, header: page(demo, `/${file}`)('header.site-header') })).filter(({ header }) => header.length > 0);
    expect(headers.filter(({ file }) => file.startsWith('en/')).length).toBeGreaterThan(150);
    const wrong = headers.filter(({ file, header }) => {
      const link = header.find('a[data-portal]');
      const text = file.startsWith('en/') ? `Back to the portal: ${DEMO_PORTAL.translations.en.name}` : `返回门户：${DEMO_PORTAL.name}`;
      return link.length !== 1 || link.attr('href') !== DEMO_PORTAL.url || link.text() !== text || link.attr('rel') !== 'noopener noreferrer';
    });
    expect(wrong.map(({ file }) => file)).toEqual([]);
  });

  it('is not shown when content/site.json names no portal', () => {
    expect(page(local, '/')('[data-portal]')).toHaveLength(0);
    expect(page(local, '/en/')('[data-portal]')).toHaveLength(0);
  });
});
