import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { init, parse } from 'es-module-lexer';

await init;

/**
 * The JavaScript a built page loads: its inline scripts (classic or module), the module scripts its
 * HTML names, and every chunk those import, statically or dynamically, with a literal specifier
 * (charts load chart.js when one nears the viewport, so it counts). An import whose specifier is computed at run time (Pagefind's script,
 * loaded on a first query) does not count. Bytes are gzip level 9, as a server sends text.
 */
export function pageScripts(dir: string, htmlFile: string): { files: string[]; gzip: number } {
  const $ = load(readFileSync(join(dir, htmlFile), 'utf8'));
  const files = new Set<string>();
  let gzip = 0;
  const visit = (url: URL): void => {
    const file = decodeURIComponent(url.pathname);
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(join(dir, file));
    gzip += gzipSync(source, { level: 9 }).length;
    const [imports] = parse(source.toString('utf8'));
    for (const specifier of imports) {
      if (specifier.n && (specifier.n.startsWith('.') || specifier.n.startsWith('/'))) visit(new URL(specifier.n, url));
    }
  };
  const pageUrl = new URL(`http://site/${htmlFile}`);
  $('script:not([type]), script[type="module"]').each((_, script) => {
    const src = $(script).attr('src');
    if (src) visit(new URL(src, pageUrl));
    else gzip += gzipSync($(script).text(), { level: 9 }).length;
  });
  return { files: [...files].sort(), gzip };
}
