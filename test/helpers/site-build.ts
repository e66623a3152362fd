import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** Repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

const VITE_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

/**
 * Environment for an Astro child process: this one's, less the variables Vitest adds for Vite
 * (BASE_URL, MODE…, which would override the child's own config), with the project's Node first on PATH.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_KEYS.has(key) && !key.startsWith('VITEST')));
  return { ...inherited, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`, ...extra };
}

/** Builds the site into a fresh temporary folder and returns it; throws with Astro's output on failure. */
export function buildSite(env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), 'site-'));
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv({ OUT_DIR: outDir, ...env }),
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** A built page parsed with cheerio, by its URL path (e.g. "/2024/"). */
export function page(dir: string, urlPath: string): CheerioAPI {
  const file = urlPath.endsWith('/') ? join(dir, urlPath, 'index.html') : join(dir, urlPath);
  return load(readFileSync(file, 'utf8'));
}

export { checkLinks, htmlFiles, type BrokenLink } from '../../scripts/lib/links.ts';
