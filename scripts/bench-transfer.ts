/**
 * npm run bench:transfer — bytes a reader downloads per page type, measured in Chromium: HTML, CSS,
 * JS and other files, raw and gzip (level 9, as a server would send text; Pagefind's files are
 * already compressed). Every chart on a page is scrolled into view first, so lazy code counts.
 * Aims: 0 B of JS without charts, ≤ 55 KB gzip of JS on a chart page, ≤ 50 KB in all for the home page.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeDemoContent } from './demo.ts';
import { buildSite } from './lib/build.ts';
import { drawAllCharts, launchChromium, serveStatic } from './lib/browser.ts';
import { kb, markdownTable } from './lib/markdown.ts';

const PAGES = [
  { site: 'real', label: 'home (real)', path: '/' },
  { site: 'real', label: 'project (real)', path: '/2024/projects/student-health/' },
  { site: 'real', label: 'target (real)', path: '/2024/targets/teeth-fluoride/' },
  { site: 'real', label: 'department (real)', path: '/departments/education/' },
  { site: 'real', label: 'search page (real, before a query)', path: '/search/' },
  { site: 'real', label: 'home (real, English)', path: '/en/' },
  { site: 'real', label: 'target (real, English)', path: '/en/2024/targets/teeth-fluoride/' },
  { site: 'demo', label: 'home (demo: 2 bar charts)', path: '/' },
  { site: 'demo', label: 'project (demo: bar chart)', path: '/2024/projects/student-health/' },
  { site: 'demo', label: 'target (demo: line chart)', path: '/2024/targets/teeth-fluoride/' },
  { site: 'demo', label: 'target (demo, English: line chart)', path: '/en/2024/targets/teeth-fluoride/' },
  { site: 'demo', label: 'milestone target (demo: strip, no JS)', path: '/2024/targets/air-action-plan/' },
  { site: 'demo', label: 'report (demo)', path: '/2024/reports/2024-07-31/' },
] as const;

type Kind = 'html' | 'css' | 'js' | 'other';
const kindOf = (path: string): Kind => {
  const ext = extname(path);
  if (ext === '.html' || ext === '') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js') return 'js';
  return 'other';
};

/** Runs the measurement; returns a Markdown section. */
export async function benchTransfer(): Promise<string> {
  const dirs = {
    real: buildSite({ TODAY: '2026-11-29' }),
    demo: buildSite({ TODAY: '2026-11-29', CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'bench-demo-'))) }),
  };
  const servers = { real: await serveStatic(dirs.real), demo: await serveStatic(dirs.demo) };
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    for (const { site, label, path } of PAGES) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const files = new Set<string>();
      page.on('request', (request) => files.add(new URL(request.url()).pathname));
      await page.goto(servers[site].url + path, { waitUntil: 'networkidle' });
      await drawAllCharts(page);
      await page.waitForLoadState('networkidle');
      await page.close();
      const gzip: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
      let raw = 0;
      for (const file of files) {
        const local = join(dirs[site], decodeURIComponent(file), file.endsWith('/') ? 'index.html' : '');
        const bytes = readFileSync(local);
        raw += bytes.length;
        const compressible = ['.html', '.css', '.js', '.json', '.svg', ''].includes(extname(local)) || local.endsWith('index.html');
        gzip[kindOf(local)] += compressible ? gzipSync(bytes, { level: 9 }).length : bytes.length;
      }
      const total = gzip.html + gzip.css + gzip.js + gzip.other;
      rows.push([label, String(files.size), kb(gzip.html), kb(gzip.css), kb(gzip.js), kb(gzip.other), kb(total), kb(raw)]);
    }
  } finally {
    await browser.close();
    await servers.real.close();
    await servers.demo.close();
  }
  return [
    '### Transfer per page type',
    '',
    'Chromium at 360 × 740, every chart scrolled into view and drawn; gzip level 9 for text (as a server sends it).',
    '',
    markdownTable(['page', 'files', 'HTML', 'CSS', 'JS', 'other', 'total (gzip)', 'total (raw)'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
  ].join('\n');
}

if (import.meta.main) console.log(await benchTransfer());
