import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchTermsSchema, type SearchTerm } from '../schemas/search-terms.ts';
import { contentRoot } from './read-content.ts';

/** content/search-terms.json parsed with its schema (the content check reports its problems); none when absent. */
export function readSearchTerms(root: string = contentRoot()): SearchTerm[] {
  const path = join(root, 'search-terms.json');
  return existsSync(path) ? SearchTermsSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).terms : [];
}
