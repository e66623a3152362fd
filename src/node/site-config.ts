import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SiteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';
import { contentRoot } from './read-content.ts';
import { readJsonFile } from './read-file.ts';

/** The publisher's name in a language edition (its translation, else as written). */
export function publisherIn(config: SiteConfig, lang: string): string {
  return config.translations?.[lang]?.publisher ?? config.publisher;
}

/**
 * content/site.json read with the content check's reader and parsed with its schema; the defaults
 * when it is absent, unreadable or invalid. Never throws: the content check, which runs at build
 * start, reports a bad file in Chinese and English.
 */
export function readSiteConfig(root: string = contentRoot()): SiteConfig {
  const path = join(root, 'site.json');
  const read = existsSync(path) ? readJsonFile(path) : undefined;
  const parsed = read && read.parseError === undefined ? SiteConfigSchema.safeParse(read.data) : undefined;
  return parsed?.success ? parsed.data : SiteConfigSchema.parse({});
}
