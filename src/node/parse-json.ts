import { parseDocument, type Document } from 'yaml';
import type { FieldPath, RawFile } from '../lib/content-rules/index.ts';

/**
 * Parsing a content file's JSON text into the shape validateContent() checks, with bilingual
 * messages that name the line, column and likely cause of a mistake. The helpers the MDX parser
 * shares (line index, field locator, refusals) live here too.
 */

/** Deeper nesting than any content file has; beyond it parsers would recurse without bound. */
export const MAX_DEPTH = 64;

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
export function locator(doc: Document, lines: LineIndex, firstLine: number): (path: FieldPath) => number | undefined {
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

/** A file that could not be read or parsed. */
export function unreadable(file: string, zh: string, en: string, line?: number, hint?: { zh: string; en: string }): RawFile {
  return { file, data: undefined, parseError: { zh, en, ...(line !== undefined ? { line } : {}), ...(hint ? { hint } : {}) } };
}

/** What a character is, when it is the likely cause of a parse error. */
export function describeCharacter(ch: string | undefined): { zh: string; en: string } | undefined {
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
export const tooDeep = (file: string, line: number): RawFile =>
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
