import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';
import { contentRoot } from './read-content.ts';

/** The publisher's name in a language edition (its translation, else as written). */
export function publisherIn(config: SiteConfig, lang: string): string {
  return config.translations?.[lang]?.publisher ?? config.publisher;
}

/** content/site.json parsed with its schema (the content check reports its problems); defaults when absent. */
export function readSiteConfig(root: string = contentRoot()): SiteConfig {
  const path = join(root, 'site.json');
  return SiteConfigSchema.parse(existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {});
}
