import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readCommitDates } from '../../src/node/commit-dates.ts';

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

/**
 * Where builds are shared for one test run: set by the suite's global setup (test/global-setup.ts).
 * Without it (benchmarks, one-off scripts) every call builds afresh.
 */
export const SHARED_BUILDS = 'SITE_BUILDS_DIR';

/** What one shared build took, written beside it for the run's summary. */
export interface BuildRecord {
  key: string;
  config: Record<string, string>;
  /** When it started (ms since the epoch). */
  startedAt: number;
  seconds: number;
  ok: boolean;
}

/** Every file under a folder with its bytes, in a stable order, hashed: a content tree's identity. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(`${relative(dir, path)}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * A build's configuration as a key: its environment, with the content root replaced by a hash of
 * the files in it and the commit dates pages show (src/node/commit-dates.ts), so the same content
 * generated into two temporary folders (the demo) is one build, and the same files in and out of git
 * are two.
 */
function buildKey(env: Record<string, string>): { key: string; config: Record<string, string> } {
  const config = Object.fromEntries(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)));
  const root = resolve(ROOT, env.CONTENT_DIR ?? 'content');
  const content = { files: hashTree(root), committed: [...readCommitDates(root)].sort(([a], [b]) => a.localeCompare(b)) };
  const key = createHash('sha256').update(JSON.stringify({ ...config, CONTENT_DIR: content })).digest('hex').slice(0, 16);
  return { key, config };
}

/** Where a build's output (everything Astro printed, as a person running it would see it) is kept: beside its folder. */
const logPath = (outDir: string): string => `${outDir}.log`;

/** What Astro printed while building the site into `dir` (a folder buildSite returned). */
export function buildLog(dir: string): string {
  return readFileSync(logPath(dir), 'utf8');
}

function runBuild(env: Record<string, string>, outDir: string): void {
  // Astro's own log level, written to a file rather than held in memory, so tests can read what a
  // build prints (warnings included) however many pages it has.
  const log = openSync(logPath(outDir), 'w');
  let result: ReturnType<typeof spawnSync>;
  try {
    result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: ROOT, stdio: ['ignore', log, log], env: childEnv({ OUT_DIR: outDir, ...env }) });
  } finally {
    closeSync(log);
  }
  if (result.status !== 0) throw new Error(`astro build failed:\n${buildLog(outDir)}`);
}

/**
 * Builds the site with the given environment (CONTENT_DIR, TODAY, BASE_PATH, SITE_URL…) and returns
 * the folder it was built into; throws with Astro's output on failure. Inside a test run each
 * configuration is built once and shared by every test file that asks for it (the folder is the
 * same; tests only read it); elsewhere each call builds into a fresh temporary folder.
 */
export function buildSite(env: Record<string, string> = {}): string {
  const shared = process.env[SHARED_BUILDS];
  if (!shared) {
    const outDir = mkdtempSync(join(tmpdir(), 'site-'));
    withBuildLock(() => runBuild(env, outDir));
    return outDir;
  }
  const { key, config } = buildKey(env);
  const outDir = join(shared, key);
  const recordPath = join(shared, `${key}.json`);
  const finished = (): string | undefined => {
    if (!existsSync(recordPath)) return undefined;
    const done = JSON.parse(readFileSync(recordPath, 'utf8')) as BuildRecord & { error?: string };
    if (!done.ok) throw new Error(done.error);
    return outDir;
  };
  // A finished build needs no lock: waiting for another configuration's build would only spend the
  // asking test's time. The record appears whole (renamed into place) once its build is done.
  return (
    finished() ??
    withBuildLock(() => {
      const done = finished();
      if (done) return done;
      const startedAt = Date.now();
      const record = (ok: boolean, error?: string) => {
        writeFileSync(`${recordPath}.tmp`, JSON.stringify({ key, config, startedAt, seconds: (Date.now() - startedAt) / 1000, ok, error }));
        renameSync(`${recordPath}.tmp`, recordPath);
      };
      try {
        runBuild(env, outDir);
      } catch (error) {
        record(false, (error as Error).message);
        throw error;
      }
      record(true);
      return outDir;
    })
  );
}

/** The builds a test run shared, in the order they were made. */
export function sharedBuildRecords(dir: string): BuildRecord[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as BuildRecord)
    .sort((a, b) => a.startedAt - b.startedAt);
}
