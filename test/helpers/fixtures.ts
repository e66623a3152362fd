import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** Folder of the test fixtures. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The small valid content tree every broken fixture starts from. */
export const BASE_CONTENT = join(FIXTURES, 'content-base');

/**
 * A temporary content root: the base fixture with another fixture's files laid over it. Broken
 * fixtures live in test/fixtures/broken/<name>/ and hold only the files that differ; so do the
 * valid overlays (e.g. july-report, a second report correcting the first).
 */
export function overlaidContent(overlay: string): string {
  const root = mkdtempSync(join(tmpdir(), `content-${overlay.replace(/\W+/g, '-')}-`));
  cpSync(BASE_CONTENT, root, { recursive: true });
  cpSync(join(FIXTURES, overlay), root, { recursive: true });
  return root;
}

/** The base fixture with test/fixtures/broken/<name>/ laid over it. */
export const brokenContent = (name: string): string => overlaidContent(join('broken', name));

/**
 * The base fixture plus a July report that lowers and corrects June's figure, and an adjustment of
 * sample-plan's deadline effective in June but published in August (test/fixtures/july-report/).
 */
export const withJulyReport = (): string => overlaidContent('july-report');

/**
 * For one test file: a function that copies the base fixture to a new temporary content root and
 * writes `files` over it (paths under the root), removing every root it made after the file's tests.
 * @example const contentWith = baseContentWriter('gate-'); contentWith({ 'departments.json': '[]' })
 */
export function baseContentWriter(prefix: string): (files: Record<string, string | Buffer>) => string {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  return (files) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    cpSync(BASE_CONTENT, root, { recursive: true });
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), data);
    }
    return root;
  };
}

/**
 * Every content/site.json `identity` key in its format (test values, not real filings), for the
 * identity rules and the built footer; its badge at identity/badge.png (the demo's example image,
 * exampleBadgePng in scripts/demo.ts).
 */
export const TEST_IDENTITY = {
  host: '测试主办单位',
  organiser: '测试承办单位',
  siteCode: '6540000001',
  icp: '新ICP备12345678号-1',
  publicSecurity: '新公网安备65400002000001号',
  contact: { phone: '0999-8023456', email: 'web@example.org', address: '测试地址' },
  errorReportUrl: 'https://jiucuo.example/exposure/jiucuo.html?site_code={siteCode}&url={url}',
  disclosureUrl: 'https://portal.example/ysqgk/',
  badge: { image: 'identity/badge.png', url: 'https://badge.example/verify/' },
};
