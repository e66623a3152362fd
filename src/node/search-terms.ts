import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SearchTermsSchema, type SearchTerm } from '../schemas/search-terms.ts';
import { contentRoot } from './read-content.ts';
import { readJsonFile } from './read-file.ts';

/**
 * content/search-terms.json read with the content check's reader and parsed with its schema; none
 * when absent or unreadable (the content check, which runs first, reports that).
 */
export function readSearchTerms(root: string = contentRoot()): SearchTerm[] {
  const path = join(root, 'search-terms.json');
  const read = existsSync(path) ? readJsonFile(path) : undefined;
  const parsed = read && read.parseError === undefined ? SearchTermsSchema.safeParse(read.data) : undefined;
  return parsed?.success ? parsed.data.terms : [];
}
