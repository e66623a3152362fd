import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { CONTENT_LANGUAGE, editionsOf } from './src/i18n/index.ts';
import { lastChanged } from './src/lib/web/last-changed.ts';
import { isBarePath, splitEditionPath } from './src/lib/web/urls.ts';
import { readChangeFacts } from './src/node/change-facts.ts';
import { shortLinkFiles } from './src/integrations/short-links.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { highContrastStyles } from './src/integrations/high-contrast.ts';
import { readSiteConfig } from './src/node/site-config.ts';

// Hosting settings come from the environment so one build recipe serves every host:
// BASE_PATH for a sub-path (e.g. /minsheng/), SITE_URL for absolute links, FRAME_ANCESTORS for the
// origins that may frame the pages (a portal the site sits under; docs/HOSTING.md).
const base = process.env.BASE_PATH ?? '/';
const siteUrl = process.env.SITE_URL || undefined;

// Astro caches the content layer between builds. Each content root (real, demo, test and benchmark
// roots in temporary folders) gets its own cache, so switching roots never reads another root's
// entries, nor files a deleted temporary root no longer has. A build in a project copy (tests and
// benchmarks, scripts/lib/build.ts projectCopy) keeps its cache in the copy (ASTRO_CACHE_DIR), so
// builds of the same content running at once never share one.
const contentDir = process.env.CONTENT_DIR;
const cacheDir =
  process.env.ASTRO_CACHE_DIR ??
  (contentDir ? `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}` : './node_modules/.astro');

// Language editions (content/site.json `languages`): the sitemap lists every page's other-language
// versions (xhtml:link hreflang), keyed by each edition's first URL segment; the root edition has none.
const editions = editionsOf(readSiteConfig().languages);
const sitemapLocales = Object.fromEntries(editions.map((e) => [e.prefix || CONTENT_LANGUAGE, e.lang]));
const editionPrefixes = editions.map((e) => e.prefix).filter(Boolean);

/** A page's path without base and edition prefix, from its absolute URL. */
function sitePath(page) {
  const pathname = new URL(page).pathname;
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  return splitEditionPath(path.replace(/^\/+/, '/'), editionPrefixes).rest;
}

/** Whether the sitemap lists a page: every page but the bare ones (src/lib/web/urls.ts isBarePath). */
function listedInSitemap(page) {
  return !isBarePath(sitePath(page));
}

// Each sitemap entry's lastmod is the day its page's data last changed (src/lib/web/last-changed.ts).
const changeFacts = readChangeFacts();

export default defineConfig({
  // Only SITE_URL gives absolute URLs, never a guessed address: without it the build writes no
  // sitemap and no feeds, robots.txt names no sitemap, and pages carry no canonical or hreflang link
  // and no QR code (src/node/public-site.ts).
  site: siteUrl,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page (a <meta> tag with hashes of Astro's own scripts and
  // styles): no inline script or style is allowed. 'wasm-unsafe-eval' is only for Pagefind's
  // WebAssembly search. docs/HOSTING.md gives the same policy as HTTP headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Bare pages (embeds, printable notices, short-link redirects, 404) stay out of the sitemap, which
  // is written only with SITE_URL (its URLs must be absolute).
  integrations: [contentCheck(), mdx(), ...(siteUrl ? [sitemap({
      filter: listedInSitemap,
      serialize: (item) => ({ ...item, lastmod: lastChanged(sitePath(item.url), changeFacts) }),
      ...(editions.length > 1 ? { i18n: { defaultLocale: CONTENT_LANGUAGE, locales: sitemapLocales } } : {}),
    })] : []), pagefindIndex(), shortLinkFiles(), hostHeaders(process.env.FRAME_ANCESTORS)],
  vite: {
    plugins: [highContrastStyles()],
    build: {
      // Terser (two passes) makes the chart.js chunk about 12% smaller than the default minifier
      // (measured: 56.0 → 49.5 KB gzip), which keeps chart pages under their 55 KB budget.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler warns that it
        // may drop it, once per project page. Astro handles it; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
