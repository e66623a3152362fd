import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export { ROOT, buildSite, childEnv } from '../../scripts/lib/build.ts';

/** A built page parsed with cheerio, by its URL path (e.g. "/2024/"). */
export function page(dir: string, urlPath: string): CheerioAPI {
  const file = urlPath.endsWith('/') ? join(dir, urlPath, 'index.html') : join(dir, urlPath);
  return load(readFileSync(file, 'utf8'));
}

export { checkLinks, htmlFiles, type BrokenLink } from '../../scripts/lib/links.ts';
