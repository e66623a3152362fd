import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SHARED_BUILDS } from '../../scripts/lib/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuildsDir: string;
  }
}

/**
 * Once per `npm test`: a folder where every site configuration the tests ask for is built once and
 * shared by all test files (scripts/lib/build.ts buildSite). Removed when the run ends.
 */
export default function setup(project: TestProject): () => void {
  // One folder for the whole run, whichever project's setup comes first.
  const existing = process.env[SHARED_BUILDS];
  const dir = existing ?? mkdtempSync(join(tmpdir(), 'site-builds-'));
  process.env[SHARED_BUILDS] = dir;
  project.provide('siteBuildsDir', dir);
  return () => {
    if (!existing && !process.env.KEEP_SITE_BUILDS) rmSync(dir, { recursive: true, force: true });
  };
}
