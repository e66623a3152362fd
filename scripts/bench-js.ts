/**
 * npm run bench:js — JavaScript a reader downloads per page type, measured in Chromium.
 * Builds the real site and the demo site, opens each page, scrolls through it so every lazy chart
 * loads, and sums the scripts it fetched: raw bytes and gzip (level 9) bytes. Prints a table;
 * it never fails on size (budgets: 0 B without charts, ≤ 55 KB gzip with charts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeDemoContent } from './demo.ts';
import { launchChromium, serveStatic } from './lib/browser.ts';

const ROOT = join(import.meta.dirname, '..');

function build(env: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const result = spawnSync('astro', ['build', '--silent'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return outDir;
}

const PAGES = [
  { site: 'real', label: '首页（真实数据，无图表） home, real', path: '/' },
  { site: 'real', label: '指标页（真实数据，无图表） target, real', path: '/2024/targets/teeth-fluoride/' },
  { site: 'demo', label: '首页（演示，两个柱状图） home, demo', path: '/' },
  { site: 'demo', label: '实事页（演示，柱状图） project, demo', path: '/2024/projects/student-health/' },
  { site: 'demo', label: '指标页（演示，折线图） target, demo', path: '/2024/targets/teeth-fluoride/' },
  { site: 'demo', label: '里程碑页（演示，无 JS 状态条） milestone, demo', path: '/2024/targets/air-action-plan/' },
  { site: 'demo', label: '部门页（演示，无图表） department, demo', path: '/departments/education/' },
] as const;

const dirs = {
  real: build({ TODAY: '2026-11-29' }),
  demo: build({ TODAY: '2026-11-29', CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'bench-demo-'))) }),
};
const servers = { real: await serveStatic(dirs.real), demo: await serveStatic(dirs.demo) };
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const { site, label, path } of PAGES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(servers[site].url + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.querySelectorAll('figure').forEach((figure) => figure.scrollIntoView()));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await page.close();
    let raw = 0;
    let gzip = 0;
    for (const script of scripts) {
      const bytes = readFileSync(join(dirs[site], script));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    rows.push([label, path, String(scripts.size), (raw / 1024).toFixed(1), (gzip / 1024).toFixed(1)]);
  }
} finally {
  await browser.close();
  await servers.real.close();
  await servers.demo.close();
}

console.log(`\nJavaScript per page (${new Date().toISOString().slice(0, 10)}, Chromium, after scrolling through every chart)\n`);
console.log('| page | path | scripts | raw KB | gzip KB |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
