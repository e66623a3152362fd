import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';

/**
 * The link checker over a built site (used by `npm run check:links` and the tests): every internal
 * href and src must resolve to a file, and every #fragment to an id on its page.
 */

/** Every HTML file of a built site, as paths relative to its root. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
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
      // A query string (the search page's filters) names no file: the page is its path.
      const [withQuery, fragment] = link.split('#');
      const path = withQuery.split('?')[0];
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
