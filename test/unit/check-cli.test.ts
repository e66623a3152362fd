import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_CONTENT, brokenContent } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site-build.ts';

/** Runs `node scripts/check.ts` (what `npm run check` runs) on a content root. */
function check(contentDir: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, TODAY: '2024-11-29' },
  });
}

describe('npm run check', () => {
  it('passes valid content with exit code 0', () => {
    const result = check(BASE_CONTENT);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Content check passed');
  });

  it('fails with exit code 1, naming file, line and field in Chinese and English', () => {
    const result = check(brokenContent('milestone-given-number'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/progress\/2024-06-30\.json:\d+ {2}entries\[2\]\.value/);
    expect(result.stderr).toContain('指标 sample-plan 是里程碑');
    expect(result.stderr).toContain('target sample-plan is a milestone');
    expect(result.stderr).toContain('内容检查未通过');
    expect(result.stderr).toContain('Content check failed');
  });
});
