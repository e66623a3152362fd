import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPublishedHistory } from '../../src/node/published-history.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';

/** A temporary git repository whose main branch has published the base fixture's report. */
function repository(): { dir: string; progress: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'history-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'office@example.org');
  git('config', 'user.name', 'Office');
  git('config', 'commit.gpgsign', 'false');
  cpSync(BASE_CONTENT, join(dir, 'content'), { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'Publish the June report');
  return { dir, progress: join(dir, 'content', 'progress'), git };
}

const JUNE = '2024-06-30.json';
const edit = (progress: string) => writeFileSync(join(progress, JUNE), '{ "edited": true }\n');

describe('published reports never change', () => {
  it('accepts untouched history', () => {
    const { progress } = repository();
    expect(checkPublishedHistory(progress)).toEqual({ problems: [], compared: 1 });
  });

  it('rejects an uncommitted edit, naming the file and saying how to correct instead', () => {
    const { progress } = repository();
    edit(progress);
    const [problem] = checkPublishedHistory(progress).problems;
    expect(problem.file).toMatch(/content\/progress\/2024-06-30\.json$/);
    expect(problem.zh).toContain('已发布的报告被修改了');
    expect(problem.en).toContain('a published report was changed');
    expect(problem.hint?.zh).toContain('"corrects"');
  });

  it('rejects an edit committed later on main', () => {
    const { progress, git } = repository();
    edit(progress);
    git('commit', '-q', '-am', 'Fix a figure in place');
    expect(checkPublishedHistory(progress).problems.map((p) => p.zh)).toEqual([expect.stringContaining('已发布的报告被修改了')]);
  });

  it('rejects a deletion', () => {
    const { progress, git } = repository();
    git('rm', '-q', `content/progress/${JUNE}`);
    git('commit', '-q', '-m', 'Remove a report');
    expect(checkPublishedHistory(progress).problems.map((p) => p.en)).toEqual([expect.stringContaining('a published report was deleted')]);
  });

  it('accepts a new report, and edits to reports not yet on main', () => {
    const { progress, git } = repository();
    git('checkout', '-q', '-b', 'draft');
    writeFileSync(join(progress, '2024-07-31.json'), '{ "draft": 1 }\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'Draft July');
    writeFileSync(join(progress, '2024-07-31.json'), '{ "draft": 2 }\n');
    expect(checkPublishedHistory(progress)).toEqual({ problems: [], compared: 1 });
    git('commit', '-q', '-am', 'Fix the draft');
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-ff', '-m', 'Publish July', 'draft');
    expect(checkPublishedHistory(progress)).toEqual({ problems: [], compared: 2 });
    edit(progress);
    expect(checkPublishedHistory(progress).problems).toHaveLength(1);
  });

  it('says it skipped the rule outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    cpSync(BASE_CONTENT, dir, { recursive: true });
    const result = checkPublishedHistory(join(dir, 'progress'));
    expect(result.problems).toEqual([]);
    expect(result.skipped?.en).toContain('not in a git checkout');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('this repository', () => {
  it('has changed no report its main branch has published', () => {
    const result = checkPublishedHistory(join(import.meta.dirname, '..', '..', 'content', 'progress'));
    expect(result.problems).toEqual([]);
  });
});
