/**
 * The site's public address when SITE_URL is set. Without it the build holds no absolute URL: Astro's
 * `site` stays unset too (astro.config.mjs), so no sitemap, feed, canonical or hreflang link or QR code
 * is written, and citations give paths.
 */
export function publicSiteUrl(): string | undefined {
  return process.env.SITE_URL || undefined;
}
