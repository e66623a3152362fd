import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { FieldPath, RawContent, RawFile } from '../lib/content-rules/index.ts';

/**
 * Reads a content root from disk into the shape validateContent() checks. Node-only (fs), shared by
 * scripts/check.ts and the build's content check, so both see exactly the same files.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The content root: CONTENT_DIR if set (demo and fixture sites), else ./content. */
export function contentRoot(cwd: string = process.cwd()): string {
  return resolve(cwd, process.env.CONTENT_DIR ?? 'content');
}

/** 1-based line of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}

/** A function giving the line of a field path inside a YAML (or JSON) document. */
function locator(doc: Document, text: string, firstLine: number): (path: FieldPath) => number | undefined {
  return (path) => {
    // Walk down to the deepest node that exists, so a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return firstLine - 1 + lineOf(text, node.range[0]);
    }
    return undefined;
  };
}

/** Reads a JSON file: strict JSON.parse for the data, a YAML parse of the same text for line numbers and duplicate keys. */
export function readJsonFile(path: string): RawFile {
  const file = relative(process.cwd(), path) || path;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    return {
      file,
      data: undefined,
      parseError: {
        zh: `JSON 格式错误：${message}（检查逗号、引号和括号）`,
        en: `malformed JSON: ${message} (check commas, quotes and brackets)`,
        line: position ? lineOf(text, Number(position[1])) : undefined,
      },
    };
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  const duplicate = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (duplicate) {
    return {
      file,
      data,
      parseError: {
        zh: `JSON 中有重复的键（后一个会悄悄覆盖前一个）：${duplicate.message.split('\n')[0]}`,
        en: `duplicate key in JSON (the later one would silently win): ${duplicate.message.split('\n')[0]}`,
        line: lineOf(text, duplicate.pos[0]),
      },
    };
  }
  return { file, data, locate: locator(doc, text, 1) };
}

/** Reads an MDX file's YAML frontmatter and body. */
export function readMdxFile(path: string): RawFile {
  const file = relative(process.cwd(), path) || path;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      file,
      data: undefined,
      parseError: { zh: '缺少 frontmatter：文件应以 --- 开头的 YAML 块起始', en: 'missing frontmatter: the file must start with a YAML block between --- lines', line: 1 },
    };
  }
  const yamlText = match[1];
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    return {
      file,
      data: undefined,
      parseError: {
        zh: `frontmatter 的 YAML 格式错误：${first.message.split('\n')[0]}（检查缩进和冒号）`,
        en: `malformed YAML frontmatter: ${first.message.split('\n')[0]} (check indentation and colons)`,
        line: 1 + lineOf(yamlText, first.pos[0]),
      },
    };
  }
  const data: unknown = doc.toJS();
  if (!isMap(doc.contents) && !isSeq(doc.contents)) {
    return { file, data: undefined, parseError: { zh: 'frontmatter 应为键值对', en: 'frontmatter must be a map of keys', line: 2 } };
  }
  return { file, data, locate: locator(doc, yamlText, 2), body: text.slice(match[0].length), bodyLine: lineOf(text, match[0].length) };
}

/** Files under a folder (recursively) whose names end with one of the extensions, sorted. */
function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Reads every content file under a root. */
export function readContent(root: string = contentRoot()): RawContent {
  const sources: Record<string, string> = {};
  for (const path of listFiles(join(root, 'sources'), ['.txt'])) {
    sources[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  const readRequired = (name: string): RawFile => {
    const path = join(root, name);
    if (!existsSync(path)) {
      return { file: relative(process.cwd(), path), data: undefined, parseError: { zh: `缺少文件 ${name}`, en: `missing file ${name}` } };
    }
    return readJsonFile(path);
  };
  return {
    plans: listFiles(join(root, 'plans'), ['.json']).map((path) => readJsonFile(path)),
    projects: listFiles(join(root, 'projects'), ['.mdx', '.md']).map((path) => readMdxFile(path)),
    departments: readRequired('departments.json'),
    counties: readRequired('counties.json'),
    reports: listFiles(join(root, 'progress'), ['.json']).map((path) => readJsonFile(path)),
    siteConfig: existsSync(join(root, 'site.json')) ? readJsonFile(join(root, 'site.json')) : undefined,
    synthetic: existsSync(join(root, 'synthetic.json')),
    sources,
  };
}

/**
 * The notice every page of a synthetic (demo or test) site must show, read from `synthetic.json`
 * at the content root; null for real content, which never has that file.
 */
export function syntheticNotice(root: string = contentRoot()): string | null {
  const path = join(root, 'synthetic.json');
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { notice?: unknown };
  return typeof data.notice === 'string' && data.notice.trim() !== '' ? data.notice : '演示数据，非真实进度';
}
