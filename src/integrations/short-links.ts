import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortLinkRules, type ShortLink } from '../lib/web/short-links.ts';
import { isShortLinkPath } from '../lib/web/urls.ts';

/**
 * Writes the host-side redirect files for the short links (/t/<id>/, /p/<id>/ in every edition)
 * after every build, from the built redirect pages themselves (their meta refresh), so the files and
 * the fallback pages never disagree: `_redirects` (Netlify, Cloudflare Pages) and
 * `_short-links.map`, an nginx `map` include (docs/HOSTING.md). Both say 301, permanent.
 */
export function shortLinkFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'minsheng:short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const links: ShortLink[] = pages
          .map(({ pathname }) => `/${pathname}`)
          .filter(isShortLinkPath)
          .flatMap((path) => {
            const html = readFileSync(join(out, path, 'index.html'), 'utf8');
            const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
            return to ? [{ from: `${base}${path.slice(1)}`, to }] : [];
          });
        const rules = shortLinkRules(links);
        writeFileSync(join(out, '_redirects'), rules.netlify);
        writeFileSync(join(out, '_short-links.map'), rules.nginx);
        logger.info(`short links: ${links.length} redirects`);
      },
    },
  };
}
