/** The site's public address when SITE_URL is set; without it pages carry no absolute URL of their own. */
export function publicSiteUrl(): string | undefined {
  return process.env.SITE_URL || undefined;
}
