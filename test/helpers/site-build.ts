import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** Repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

const VITE_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

/**
 * Environment for an Astro child process: this one's, less the variables Vitest adds for Vite
 * (BASE_URL, MODE…, which would override the child's own config), with the project's Node first on PATH.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_KEYS.has(key) && !key.startsWith('VITEST')));
  return { ...inherited, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`, ...extra };
}

/** Builds the site into a fresh temporary folder and returns it; throws with Astro's output on failure. */
export function buildSite(env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), 'site-'));
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv({ OUT_DIR: outDir, ...env }),
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** Every HTML file of a built site, as paths relative to its root. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A built page parsed with cheerio, by its URL path (e.g. "/2024/"). */
export function page(dir: string, urlPath: string): CheerioAPI {
  const file = urlPath.endsWith('/') ? join(dir, urlPath, 'index.html') : join(dir, urlPath);
  return load(readFileSync(file, 'utf8'));
}

/** A problem found by checkLinks: the page, the link and what is wrong. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/**
 * Checks every internal href and src of a built site: the file must exist (a path ending in / means
 * its index.html) and a #fragment must name an id on the target page. `base` is the site's base path.
 */
export function checkLinks(dir: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    if (!ids.has(file)) {
      const $ = load(readFileSync(file, 'utf8'));
      ids.set(file, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
    }
    return ids.get(file)!;
  };
  for (const file of htmlFiles(dir)) {
    const $ = load(readFileSync(join(dir, file), 'utf8'));
    const pageUrl = `/${file.replace(/index\.html$/, '')}`;
    $('a[href], link[href], script[src], img[src]').each((_, el) => {
      const link = $(el).attr('href') ?? $(el).attr('src')!;
      if (/^(https?:|mailto:|tel:|data:)/.test(link)) return;
      const [path, fragment] = link.split('#');
      let target: string;
      if (path === '') {
        target = join(dir, file);
      } else if (path.startsWith('/')) {
        if (!path.startsWith(base)) {
          broken.push({ page: pageUrl, link, reason: `outside the base path ${base}` });
          return;
        }
        const local = decodeURI(path.slice(base.length));
        target = join(dir, local, local === '' || local.endsWith('/') ? 'index.html' : '');
      } else {
        broken.push({ page: pageUrl, link, reason: 'relative link' });
        return;
      }
      if (!existsSync(target)) broken.push({ page: pageUrl, link, reason: 'missing file' });
      else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ page: pageUrl, link, reason: `no element with id "${fragment}"` });
      }
    });
  }
  return broken;
}
