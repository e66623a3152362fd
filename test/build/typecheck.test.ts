import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, childEnv } from '../helpers/site-build.ts';

it('astro check finds no type error in pages, components and code', () => {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['check'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(),
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  // astro check type-checks the whole project: a minute alone, longer beside a build on 2 cores.
}, 300_000);
