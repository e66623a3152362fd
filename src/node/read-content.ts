import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, parseDocument, visit, type Document } from 'yaml';
import type { FieldPath, RawContent, RawFile } from '../lib/content-rules/index.ts';
import type { AttachmentFacts } from '../lib/content-rules/raw-content.ts';
import { readText } from './read-text.ts';

/**
 * Reads a content root from disk into the shape validateContent() checks. Node-only (fs), shared by
 * scripts/check.ts and the build's content check, so both see exactly the same files.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Deeper nesting than any content file has; beyond it parsers would recurse without bound. */
export const MAX_DEPTH = 64;

/** The content root: CONTENT_DIR if set (demo and fixture sites), else ./content. */
export function contentRoot(cwd: string = process.cwd()): string {
  return resolve(cwd, process.env.CONTENT_DIR ?? 'content');
}

/** Line and column of character offsets in a text, found by binary search over line starts (linear to build). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line of an offset. */
  line(offset: number): number {
    let [lo, hi] = [0, this.starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column of an offset. */
  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1] + 1;
  }
}

/** A function giving the line of a field path inside a YAML (or JSON) document. */
function locator(doc: Document, lines: LineIndex, firstLine: number): (path: FieldPath) => number | undefined {
  return (path) => {
    // Walk down to the deepest node that exists, so a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth -= 1) {
      try {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return firstLine - 1 + lines.line(node.range[0]);
      } catch {
        // a path through a scalar: try its parent
      }
    }
    return undefined;
  };
}

/** The path shown to admins: relative to the working directory. */
const shown = (path: string): string => relative(process.cwd(), path) || path;

/** A file that could not be read or parsed. */
function unreadable(file: string, zh: string, en: string, line?: number, hint?: { zh: string; en: string }): RawFile {
  return { file, data: undefined, parseError: { zh, en, ...(line !== undefined ? { line } : {}), ...(hint ? { hint } : {}) } };
}

/** What a character is, when it is the likely cause of a parse error. */
function describeCharacter(ch: string | undefined): { zh: string; en: string } | undefined {
  const named: Record<string, [string, string]> = {
    '\t': ['制表符（Tab）', 'a tab character'],
    '：': ['全角冒号“：”（应为半角 :）', 'a full-width colon “：” (use the ASCII :)'],
    '，': ['全角逗号“，”（应为半角 ,）', 'a full-width comma “，” (use the ASCII ,)'],
    '“': ['中文引号“（应为半角 "）', 'a Chinese quotation mark “ (use the ASCII ")'],
    '”': ['中文引号”（应为半角 "）', 'a Chinese quotation mark ” (use the ASCII ")'],
    '‘': ['中文引号‘（应为半角 "）', 'a Chinese quotation mark ‘ (use the ASCII ")'],
    '’': ['中文引号’（应为半角 "）', 'a Chinese quotation mark ’ (use the ASCII ")'],
    '｛': ['全角括号“｛”（应为半角 {）', 'a full-width brace “｛” (use the ASCII {)'],
    '｝': ['全角括号“｝”（应为半角 }）', 'a full-width brace “｝” (use the ASCII })'],
    '［': ['全角括号“［”（应为半角 [）', 'a full-width bracket “［” (use the ASCII [)'],
    '］': ['全角括号“］”（应为半角 ]）', 'a full-width bracket “］” (use the ASCII ])'],
    '\u3000': ['全角空格', 'a full-width space (U+3000)'],
    '\u00a0': ['不换行空格（U+00A0）', 'a no-break space (U+00A0)'],
    "'": ['单引号（JSON 只能用双引号 "）', 'a single quote (JSON takes double quotes " only)'],
    '/': ['注释（JSON 不允许 // 或 /* */ 注释）', 'a comment (JSON allows no // or /* */ comments)'],
  };
  if (ch === undefined) return { zh: '文件在此意外结束（缺少右括号或引号？）', en: 'the file ends too early (a closing bracket or quote missing?)' };
  const hit = named[ch];
  return hit ? { zh: hit[0], en: hit[1] } : undefined;
}

/** The offset where JSON.parse stopped, from its message (or the character it names). */
function jsonErrorOffset(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let l = 1; l < Number(lineColumn[1]); l += 1) offset = text.indexOf('\n', offset) + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  if (/end of JSON input/.test(message)) return text.length;
  const token = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (token) {
    // V8 quotes the text around the token; find that excerpt, then the token within it nearest its middle.
    const [, ch, excerpt] = token;
    const at = excerpt !== '' ? text.indexOf(excerpt) : -1;
    if (at < 0) {
      const first = text.indexOf(ch);
      return first >= 0 ? first : undefined;
    }
    const leading = /Unexpected token '.+?', \.\.\./.test(message);
    let best = -1;
    for (let i = excerpt.indexOf(ch); i >= 0; i = excerpt.indexOf(ch, i + 1)) {
      if (!leading) {
        best = i;
        break;
      }
      if (best < 0 || Math.abs(i - 10) < Math.abs(best - 10)) best = i;
    }
    return at + Math.max(best, 0);
  }
  return undefined;
}

/** The deepest nesting of brackets in a JSON text (strings skipped), stopping once past `limit`. */
function jsonDepth(text: string, limit: number): { depth: number; offset: number } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > limit) return { depth, offset: i };
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return { depth, offset: -1 };
}

/** Refusal for nesting too deep to be content. */
const tooDeep = (file: string, line: number): RawFile =>
  unreadable(file, `嵌套层级超过 ${MAX_DEPTH} 层，不像是内容文件`, `nested more than ${MAX_DEPTH} levels deep: not a content file`, line);

/** Parses a JSON text: strict JSON.parse for the data, a YAML parse of the same text for line numbers and duplicate keys. */
export function parseJsonText(file: string, source: string): RawFile {
  const text = source.replace(/^\uFEFF/, '');
  const lines = new LineIndex(text);
  const deep = jsonDepth(text, MAX_DEPTH);
  if (deep.offset >= 0) return tooDeep(file, lines.line(deep.offset));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset((error as Error).message, text);
    const message = (error as Error).message.replace(/\s+/g, ' ').slice(0, 200);
    if (offset === undefined) {
      return unreadable(file, `JSON 格式错误：${message}（检查逗号、引号和括号）`, `malformed JSON: ${message} (check commas, quotes and brackets)`);
    }
    // JSON.parse names the token after the mistake; the cause is often the character just there or just before.
    const before = text.slice(0, offset).replace(/[ \r\n]+$/, '');
    const cause = describeCharacter(text[offset]) ?? (text[offset] === '}' || text[offset] === ']' ? (before.endsWith(',') ? { zh: '多余的逗号（最后一项后面不能有逗号）', en: 'a trailing comma (nothing may follow the last item’s comma)' } : undefined) : undefined);
    const [line, column] = [lines.line(offset), lines.column(offset)];
    const because = cause ? { zh: `：${cause.zh}`, en: `: ${cause.en}` } : { zh: '', en: '' };
    return unreadable(
      file,
      `JSON 格式错误，第 ${line} 行第 ${column} 列${because.zh}（${message}）`,
      `malformed JSON at line ${line}, column ${column}${because.en} (${message})`,
      line,
      { zh: '检查这一位置及前一行的逗号、引号和括号', en: 'check the commas, quotes and brackets at this place and on the line before' },
    );
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  const duplicate = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (duplicate) {
    const line = lines.line(duplicate.pos[0]);
    return {
      file,
      data,
      parseError: {
        zh: `JSON 中有重复的键（后一个会悄悄覆盖前一个），第 ${line} 行：${duplicate.message.split('\n')[0]}`,
        en: `duplicate key in JSON (the later one would silently win) at line ${line}: ${duplicate.message.split('\n')[0]}`,
        line,
      },
    };
  }
  return { file, data, locate: locator(doc, lines, 1) };
}

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

/** The likely cause of a YAML error on a line: a tab, a full-width colon, a Chinese quote. */
function yamlCause(lineText: string): { zh: string; en: string } | undefined {
  if (/^\s*\t/.test(lineText)) return describeCharacter('\t');
  if (/^\s*-?\s*[\w$-]+\s*：/.test(lineText)) return describeCharacter('：');
  if (/^[ \t]*\u3000/.test(lineText)) return describeCharacter('\u3000');
  return undefined;
}

/** Parses an MDX text: its YAML frontmatter and its body. */
export function parseMdxText(file: string, source: string): RawFile {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return unreadable(file, '缺少 frontmatter：文件应以 --- 开头的 YAML 块起始，并以单独一行 --- 结束', 'missing frontmatter: the file must start with a YAML block between --- lines', 1);
  }
  const yamlText = match[1];
  const lines = new LineIndex(yamlText);
  const yamlLines = yamlText.split('\n');
  // A key written with a full-width colon parses as plain text, so say so before YAML's own message.
  const fullWidth = yamlLines.findIndex((l) => /^\s*(?:-\s+)?[A-Za-z$][\w$-]*\s*：/.test(l));
  if (fullWidth >= 0) {
    const column = yamlLines[fullWidth].indexOf('：') + 1;
    return unreadable(file, `frontmatter 第 ${fullWidth + 2} 行第 ${column} 列：键后面是全角冒号“：”，应为半角冒号加空格“: ”`, `frontmatter line ${fullWidth + 2}, column ${column}: the key is followed by a full-width colon “：”; use an ASCII colon and a space “: ”`, fullWidth + 2);
  }
  const doc = parseDocument(yamlText, { uniqueKeys: true, maxAliasCount: 0 } as Parameters<typeof parseDocument>[1]);
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = lines.line(first.pos[0]);
    const column = lines.column(first.pos[0]);
    const cause = yamlCause(yamlLines[line - 1] ?? '') ?? (yamlText[first.pos[0]] === '\t' ? describeCharacter('\t') : undefined);
    const because = cause ? { zh: `：${cause.zh}`, en: `: ${cause.en}` } : { zh: '', en: '' };
    const message = first.message.split('\n')[0];
    return unreadable(
      file,
      `frontmatter 的 YAML 格式错误，第 ${line + 1} 行第 ${column} 列${because.zh}（${message}）`,
      `malformed YAML frontmatter at line ${line + 1}, column ${column}${because.en} (${message})`,
      line + 1,
      { zh: 'YAML 用空格缩进（不能用 Tab），键后用半角冒号加空格', en: 'YAML indents with spaces (never tabs) and puts an ASCII colon and a space after each key' },
    );
  }
  let aliasAt: number | undefined;
  try {
    visit(doc, {
      Alias(_, node) {
        aliasAt = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
  } catch {
    return tooDeep(file, 2);
  }
  if (aliasAt !== undefined) {
    const line = lines.line(aliasAt) + 1;
    return unreadable(file, `frontmatter 第 ${line} 行用了 YAML 别名（*name）；内容文件不用锚点和别名，请直接写出内容`, `frontmatter line ${line} uses a YAML alias (*name); content files use no anchors or aliases: write the content out`, line);
  }
  if (!isMap(doc.contents)) {
    return unreadable(file, 'frontmatter 应为“键: 值”的列表', 'frontmatter must be a map of keys (key: value lines)', 2);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(file, 2);
    const message = (error as Error).message.split('\n')[0];
    return unreadable(file, `frontmatter 无法读取：${message}`, `the frontmatter cannot be read: ${message}`, 2);
  }
  const bodyLine = new LineIndex(text).line(match[0].length);
  return { file, data, locate: locator(doc, lines, 2), body: text.slice(match[0].length), bodyLine };
}

/** Reads an MDX file's YAML frontmatter and body (see parseMdxText). */
export const readMdxFile = (path: string): RawFile => readWith(path, parseMdxText);

/** Files a content folder may hold besides its content: its own README and git's placeholder. */
const FOLDER_NOTES = new Set(['README.md', '.gitkeep']);

/** Files under a folder (recursively), sorted: those whose names match `pattern`, and the others (strays). */
function listFiles(dir: string, pattern: RegExp): { matching: string[]; strays: string[] } {
  if (!existsSync(dir)) return { matching: [], strays: [] };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({ name: entry.name, path: join(entry.parentPath, entry.name) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    matching: files.filter((f) => pattern.test(f.name)).map((f) => f.path),
    strays: files.filter((f) => !pattern.test(f.name) && !FOLDER_NOTES.has(f.name)).map((f) => f.path),
  };
}

/** A stray file: in a content folder, but not named as the folder's content is. */
function stray(path: string, expected: { zh: string; en: string }): RawFile {
  const name = path.split(/[/\\]/).at(-1) ?? path;
  const guess = /[~#]$|\.(bak|orig|swp|tmp|old)$|^\.~|（\d+）|\(\d+\)| - 副本| - Copy|副本/i.test(name)
    ? { zh: '这像是编辑器的备份或复制出来的副本', en: 'this looks like an editor’s backup or a copy' }
    : /\.json\.txt$|\.JSON$|\.Json$/i.test(name)
      ? { zh: '扩展名不对（应为小写 .json，不能再加 .txt）', en: 'the extension is wrong (lower-case .json, with no .txt after it)' }
      : { zh: '', en: '' };
  return unreadable(
    shown(path),
    `此文件夹只能放${expected.zh}，这个文件名不符合，不会被发布${guess.zh ? `；${guess.zh}` : ''}`,
    `this folder holds ${expected.en} only; this file's name does not fit, so it would not be published${guess.en ? `; ${guess.en}` : ''}`,
    undefined,
    { zh: '改成正确的文件名，或把它移出 content/ 文件夹', en: 'rename it correctly, or move it out of the content/ folder' },
  );
}

/** Attachments larger than this are refused (a report's attachment is a document, not an archive). */
export const MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024;

/**
 * The type a file's bytes show: `%PDF-` opens a PDF; a ZIP (`PK\x03\x04`) whose entry names include
 * `word/document.xml` is a .docx, `xl/workbook.xml` an .xlsx (ZIP keeps entry names uncompressed).
 */
export function detectAttachmentType(bytes: Buffer): AttachmentFacts['detected'] {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    if (bytes.includes('word/document.xml', 0, 'latin1')) return 'docx';
    if (bytes.includes('xl/workbook.xml', 0, 'latin1')) return 'xlsx';
  }
  return null;
}

/** Size, SHA-256 and detected type of every non-.txt file under sources/ (report attachments). */
function readAttachments(root: string): Record<string, AttachmentFacts> {
  const facts: Record<string, AttachmentFacts> = {};
  for (const path of listFiles(join(root, 'sources'), /\.txt$/).strays) {
    const key = relative(root, path).split('\\').join('/');
    const size = statSync(path).size;
    if (size > MAX_ATTACHMENT_BYTES) {
      facts[key] = { size, sha256: '', detected: null };
      continue;
    }
    const bytes = readFileSync(path);
    facts[key] = { size, sha256: createHash('sha256').update(bytes).digest('hex'), detected: detectAttachmentType(bytes) };
  }
  return facts;
}

/** Reads every content file under a root. Never throws: a file it cannot read becomes a problem. */
export function readContent(root: string = contentRoot()): RawContent {
  const sources: Record<string, string> = {};
  const strays: RawFile[] = [];
  const sourceFiles = listFiles(join(root, 'sources'), /\.txt$/);
  for (const path of sourceFiles.matching) {
    const read = readText(path);
    if ('refusal' in read) strays.push(unreadable(shown(path), read.refusal.zh, read.refusal.en, read.refusal.line, read.refusal.hint));
    else sources[relative(root, path).split('\\').join('/')] = read.text.replace(/^\uFEFF/, '');
  }
  const readRequired = (name: string): RawFile => {
    const path = join(root, name);
    if (!existsSync(path)) return unreadable(shown(path), `缺少文件 ${name}`, `missing file ${name}`);
    return readJsonFile(path);
  };
  const plans = listFiles(join(root, 'plans'), /^[^.]+\.json$/);
  const projects = listFiles(join(root, 'projects'), /^[^.]+\.mdx$/);
  const reports = listFiles(join(root, 'progress'), /^\d{4}-\d{2}-\d{2}\.json$/);
  const adjustments = listFiles(join(root, 'adjustments'), /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.json$/);
  strays.push(
    ...plans.strays.map((p) => stray(p, { zh: ' <方案编号>.json 方案文件', en: '<plan id>.json plan files' })),
    ...projects.strays.map((p) => stray(p, { zh: ' <项目编号>.mdx 项目文件', en: '<project id>.mdx project files' })),
    ...reports.strays.map((p) => stray(p, { zh: '以截至日期命名的 <YYYY-MM-DD>.json 进度报告', en: 'progress reports named <YYYY-MM-DD>.json after their as-of date' })),
    ...adjustments.strays.map((p) => stray(p, { zh: '以生效日期和指标编号命名的 <YYYY-MM-DD>-<指标编号>.json 目标调整', en: 'target adjustments named <YYYY-MM-DD>-<target id>.json after their effective date and target' })),
  );
  return {
    plans: plans.matching.map((path) => readJsonFile(path)),
    projects: projects.matching.map((path) => readMdxFile(path)),
    departments: readRequired('departments.json'),
    counties: readRequired('counties.json'),
    reports: reports.matching.map((path) => readJsonFile(path)),
    adjustments: adjustments.matching.map((path) => readJsonFile(path)),
    attachments: readAttachments(root),
    statusWords: existsSync(join(root, 'status-words.json')) ? readJsonFile(join(root, 'status-words.json')) : undefined,
    siteConfig: existsSync(join(root, 'site.json')) ? readJsonFile(join(root, 'site.json')) : undefined,
    searchTerms: existsSync(join(root, 'search-terms.json')) ? readJsonFile(join(root, 'search-terms.json')) : undefined,
    synthetic: existsSync(join(root, 'synthetic.json')),
    strays,
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
