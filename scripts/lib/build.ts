import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

const LOCK = join(ROOT, 'node_modules', '.astro', 'build.lock');
const STALE_MS = 15 * 60_000;

/** Blocks this thread for a while (builds are synchronous). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs fn while holding the build lock. Astro writes intermediate files inside the project
 * (.astro/.prerender), so two builds at once (parallel test files, a benchmark) would break each
 * other; builds of this checkout take turns. A lock older than 15 minutes is taken as abandoned.
 */
export function withBuildLock<T>(fn: () => T): T {
  mkdirSync(join(ROOT, 'node_modules', '.astro'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the site into a fresh temporary folder and returns it; throws with Astro's output on failure. */
export function buildSite(env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), 'site-'));
  const result = withBuildLock(() =>
    spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: childEnv({ OUT_DIR: outDir, ...env }),
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}
