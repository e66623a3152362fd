import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StatusWordsSchema, type StatusWord } from '../schemas/status-word.ts';
import { contentRoot } from './read-content.ts';

/**
 * content/status-words.json parsed with its schema (the content check reports its problems); an
 * empty vocabulary when the content root has none (test fixtures that use no status words).
 */
export function readStatusWords(root: string = contentRoot()): StatusWord[] {
  const path = join(root, 'status-words.json');
  return existsSync(path) ? StatusWordsSchema.parse(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))) : [];
}
