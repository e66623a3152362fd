/**
 * npm run check:links [-- <built site folder>] — fails on any broken internal link, missing anchor
 * or missing asset in a built site. The base path comes from BASE_PATH (default /), as for the build.
 */
import { join } from 'node:path';
import { checkLinks, htmlFiles } from './lib/links.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const broken = checkLinks(dir, base);
const pages = htmlFiles(dir).length;
if (broken.length > 0) {
  for (const b of broken) console.error(`✗ ${b.page}  →  ${b.link}  (${b.reason})`);
  console.error(`\n链接检查未通过：${broken.length} 处问题，共检查 ${pages} 个页面。 Link check failed: ${broken.length} problem(s) in ${pages} pages.`);
  process.exit(1);
}
console.log(`链接检查通过：${pages} 个页面。 Link check passed: ${pages} pages (base ${base}).`);
