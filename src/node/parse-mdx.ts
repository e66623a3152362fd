import { isMap, parseDocument, visit } from 'yaml';
import type { RawFile } from '../lib/content-rules/index.ts';
import { describeCharacter, LineIndex, locator, tooDeep, unreadable } from './parse-json.ts';

/** Parsing an MDX file's text: its YAML frontmatter (LF or CRLF line ends) and its body. */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

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

