import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it.each([
    ['binary junk', 'progress/2024-06-30.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 4, 0xff, 0xfe, 0, 0, 9])],
    ['a UTF-16 report', 'progress/2024-06-30.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "plan": "2024" }', 'utf16le')])],
    ['deep nesting', 'progress/2024-06-30.json', Buffer.from('['.repeat(200000))],
    ['a stray copy', 'progress/2024-06-30 (1).json', Buffer.from('{}')],
    ['an HTML comment in a body', 'projects/2024/sample.mdx', Buffer.from('---\nplan: "2024"\n---\n\n<!-- x -->\n')],
  ])('refuses %s with exit code 1, naming the file, without a stack trace', (_, path, bytes) => {
    const root = mkdtempSync(join(tmpdir(), 'check-cli-'));
    cpSync(BASE_CONTENT, root, { recursive: true });
    writeFileSync(join(root, path), bytes);
    const result = check(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toContain('Content check failed');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
