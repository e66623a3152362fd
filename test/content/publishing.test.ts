import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/site-build.ts';

describe('the publishing workflow and guide', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'publish.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('checks, tests, builds with the Pages address and sub-path, checks links and deploys', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const runs = steps.map((s) => s.run ?? s.uses);
    expect(runs).toEqual(expect.arrayContaining(['npm run check', 'npm test', 'npm run build', 'npm run check:links', 'actions/deploy-pages@v4']));
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(Object.keys(build.env ?? {}).sort()).toEqual(['BASE_PATH', 'SITE_URL']);
    expect(steps.filter((s) => s.uses === 'actions/checkout@v4').every((s) => s.with?.['fetch-depth'] === 0)).toBe(true);
  });

  it('installs what the tests need with the script .ci/run uses, before the tests', () => {
    const check = workflow.jobs.check!.steps.map((s) => s.run);
    expect(check.indexOf('sudo .ci/test-deps')).toBeGreaterThan(-1);
    expect(check.indexOf('sudo .ci/test-deps')).toBeLessThan(check.indexOf('npm test'));
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n').map((line) => line.trim());
    expect(ci.indexOf('.ci/test-deps')).toBeGreaterThan(-1);
    expect(ci.indexOf('.ci/test-deps')).toBeLessThan(ci.indexOf('npm test'));
    expect(readFileSync(join(ROOT, '.ci', 'test-deps'), 'utf8')).toContain('fonts-noto-cjk');
  });

  it('has a guide in Chinese first, then English, covering every task', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'PUBLISHING.md'), 'utf8');
    const english = guide.indexOf('# Publishing guide (English)');
    expect(english).toBeGreaterThan(guide.length / 3);
    for (const zh of ['发布一期进度报告', '更正数字', '新增年度方案', '本地预览与发布']) expect(guide.slice(0, english)).toContain(zh);
    for (const en of ['Publish a progress report', 'Correct a figure', "Add a new year's plan", 'Preview and publish']) expect(guide.slice(english)).toContain(en);
    for (const command of ['npm run new-snapshot -- --as-of', 'npm run check', 'npm start', '"corrects"']) expect(guide).toContain(command);
    // The spreadsheet route, in both languages.
    for (const part of [guide.slice(0, english), guide.slice(english)]) {
      for (const command of ['npm run report:template -- --as-of', 'npm run report:import --', '--per-department', '--source-url', '--replace']) expect(part).toContain(command);
    }
  });
});
