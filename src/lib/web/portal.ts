import type { Portal } from '../../schemas/portal.ts';

/** The header's link back to the portal in one language edition. */
export interface PortalLink {
  /** The portal's name in the edition's language: its translation, else as written. */
  name: string;
  /** Whether `name` is a translation; when not, in another edition it is the content's own words (the layout marks their language). */
  translated: boolean;
  url: string;
}

/**
 * The link back to the portal (content/site.json `portal`) in a language edition, or undefined
 * when the site sits under none.
 * @example portalLink({ name: '示例门户', url: 'https://portal.example/' }, 'en') // { name: '示例门户', translated: false, url: 'https://portal.example/' }
 */
export function portalLink(portal: Portal | undefined, lang: string): PortalLink | undefined {
  if (!portal) return undefined;
  const translation = portal.translations?.[lang]?.name;
  return { name: translation ?? portal.name, translated: translation !== undefined, url: portal.url };
}
