import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** Blocks this thread for a while (builds are synchronous). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const STALE_MS = 15 * 60_000;

/**
 * Runs fn while holding the lock at `path` (a folder, made atomically), for work that two processes
 * must not do at once: one shared build of a configuration while another test file waits for it.
 * A lock older than 15 minutes is taken as abandoned.
 */
function withLock<T>(path: string, fn: () => T): T {
  for (;;) {
    try {
      mkdirSync(path);
      break;
    } catch {
      const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(path, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

/** What a build reads of the project besides its content and dependencies. */
const PROJECT_PARTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * A copy of the project for one build, in a new temporary folder (about 1.5 MB; node_modules linked,
 * not copied): Astro writes .astro/ inside the project it builds, so builds in one checkout would
 * overwrite each other's there; in copies (built with buildCommand), any number run at once, and
 * none touches the checkout's own .astro/ (an `npm run build` or `npm run dev` beside them). The
 * caller removes it when done.
 */
export function projectCopy(prefix = 'astro-project-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of PROJECT_PARTS) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * `astro build` in a project copy: its command line, working folder and environment. It runs in the
 * copy, since Astro puts the intermediate files of a build whose output folder lies outside the
 * working folder in the working folder's .astro/; its content cache is the copy's own
 * (ASTRO_CACHE_DIR, astro.config.mjs) unless `env` names another. The content root stays the
 * checkout's content/ (or CONTENT_DIR, made absolute), git's history with it.
 */
export function buildCommand(project: string, env: Record<string, string>): { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const content = resolve(ROOT, env.CONTENT_DIR ?? 'content');
  return { command: join(ROOT, 'node_modules', '.bin', 'astro'), args: ['build'], cwd: project, env: childEnv({ ASTRO_CACHE_DIR: join(project, '.astro-cache'), ...env, CONTENT_DIR: content }) };
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
  const project = projectCopy();
  let result: ReturnType<typeof spawnSync>;
  try {
    const build = buildCommand(project, { OUT_DIR: outDir, ...env });
    result = spawnSync(build.command, build.args, { cwd: build.cwd, stdio: ['ignore', log, log], env: build.env });
  } finally {
    closeSync(log);
    rmSync(project, { recursive: true, force: true });
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
    runBuild(env, outDir);
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
  // Each configuration has its own lock, so builds of different ones run at once (each in its own
  // project copy) and a second file asking for one being built waits for it. A finished build
  // needs no lock: the record appears whole (renamed into place) once its build is done.
  return (
    finished() ??
    withLock(join(shared, `${key}.lock`), () => {
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
