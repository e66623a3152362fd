import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StatusWordsSchema, type StatusWord } from '../schemas/status-word.ts';
import { contentRoot } from './read-content.ts';
import { readJsonFile } from './read-file.ts';

/**
 * content/status-words.json read with the content check's reader and parsed with its schema; an
 * empty vocabulary when the content root has none (test fixtures that use no status words) or when
 * it cannot be read (the content check, which runs first, reports that in Chinese and English).
 */
export function readStatusWords(root: string = contentRoot()): StatusWord[] {
  const path = join(root, 'status-words.json');
  const read = existsSync(path) ? readJsonFile(path) : undefined;
  const parsed = read && read.parseError === undefined ? StatusWordsSchema.safeParse(read.data) : undefined;
  return parsed?.success ? parsed.data : [];
}
