/** The site's public address when SITE_URL is set; without it pages carry no absolute URL of their own. */
export function publicSiteUrl(): string | undefined {
  return process.env.SITE_URL || undefined;
}

/**
 * An absolute URL for a QR code, which cannot hold a path: SITE_URL when set, else the local
 * preview address (pages then say so).
 */
export function qrTargetUrl(path: string, fallbackSite: URL | undefined): { url: string; local: boolean } {
  const site = publicSiteUrl();
  return { url: new URL(path, site ?? fallbackSite ?? 'http://127.0.0.1:4321').href, local: !site };
}
