import { relative } from 'node:path';
import type { RawFile } from '../lib/content-rules/index.ts';
import { parseJsonText, tooDeep, unreadable } from './parse-json.ts';
import { parseMdxText } from './parse-mdx.ts';
import { readText } from './read-text.ts';

/**
 * The one reader of a content file: bytes to UTF-8 text (read-text.ts: encoding, BOM, control
 * characters), then JSON or MDX frontmatter (parse-json.ts, parse-mdx.ts). The content check, the
 * readers astro.config.mjs uses and the content collections' loader (content-loader.ts) all read
 * through here, so the build reads every file exactly as the check judged it.
 */

/** The path shown to admins: relative to the working directory. */
export const shown = (path: string): string => relative(process.cwd(), path) || path;

/**
 * Reads a content file as UTF-8 text and parses it; never throws. A file that is not UTF-8 text is
 * refused by readText, and anything the parser throws becomes a problem naming the file (a stack
 * overflow: nested too deep).
 */
function readWith(path: string, parse: (file: string, text: string) => RawFile): RawFile {
  const file = shown(path);
  const read = readText(path);
  if ('refusal' in read) return unreadable(file, read.refusal.zh, read.refusal.en, read.refusal.line, read.refusal.hint);
  try {
    return parse(file, read.text);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(file, 1);
    return unreadable(file, `无法解析此文件：${(error as Error).message}`, `the file cannot be parsed: ${(error as Error).message}`);
  }
}

/** Reads a JSON file (see parseJsonText). */
export const readJsonFile = (path: string): RawFile => readWith(path, parseJsonText);

/** Reads an MDX file's YAML frontmatter and body (see parseMdxText). */
export const readMdxFile = (path: string): RawFile => readWith(path, parseMdxText);
