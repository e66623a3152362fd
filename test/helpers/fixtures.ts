import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Folder of the test fixtures. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The small valid content tree every broken fixture starts from. */
export const BASE_CONTENT = join(FIXTURES, 'content-base');

/**
 * A temporary content root: the base fixture with a broken fixture's files laid over it
 * (test/fixtures/broken/<name>/ holds only the files that differ).
 */
export function brokenContent(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `content-${name}-`));
  cpSync(BASE_CONTENT, root, { recursive: true });
  cpSync(join(FIXTURES, 'broken', name), root, { recursive: true });
  return root;
}
