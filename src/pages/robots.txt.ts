import type { APIRoute } from 'astro';
import { sitemapIndexPath, withBase } from '../lib/web/urls.ts';

/**
 * /robots.txt: lets every crawler in and names the sitemap, which must be an absolute URL (as the
 * robots.txt standard asks), so only when SITE_URL is set: without it the build writes no sitemap
 * (astro.config.mjs). Under a sub-path it is still written, for the host to serve at its root.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, sitemapIndexPath()), site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
