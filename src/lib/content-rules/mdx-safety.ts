import { decodeHTML } from 'entities';
import { mdxToJs, mdxToMdast } from 'satteri';
import { describeValue, type Problem } from './problems.ts';
import type { RawFile } from './raw-content.ts';

/**
 * MDX safety. MDX is code: a body is plain Markdown (headings, paragraphs, lists, emphasis, links,
 * tables), so nothing in it can run in a reader's browser or in the build, and nothing in it can make
 * the build fail. Each body is parsed and compiled with the MDX compiler the build uses (Sätteri, which
 * @astrojs/mdx runs through @astrojs/markdown-satteri, with GitHub-flavoured Markdown and smart
 * punctuation as Astro enables them), and the parsed tree is
 * walked with an allowlist: node kinds, a few HTML elements and attributes, and URL schemes. Whatever is
 * not on a list is refused; character references are decoded before any comparison.
 */

/** Markdown node kinds a body may hold. Not: import/export, { } expressions, raw HTML or JSX (but see ELEMENTS). */
const NODES = new Set([
  'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code', 'blockquote', 'list', 'listItem',
  'thematicBreak', 'break', 'link', 'image', 'linkReference', 'imageReference', 'definition', 'table', 'tableRow', 'tableCell',
  'footnoteReference', 'footnoteDefinition',
]);

/** HTML elements a body may write as tags, with the attributes each may carry. */
const ELEMENTS: Record<string, readonly string[]> = {
  a: ['href', 'title', 'hreflang', 'lang'],
  abbr: ['title', 'lang'],
  br: [],
  sub: ['lang'],
  sup: ['lang'],
  span: ['lang'],
};

/** Attributes whose value is a URL, and so must use an allowed scheme. */
const URL_ATTRIBUTES = new Set(['href']);

/** URL schemes a link or image may use; a URL without a scheme (relative, #fragment) is allowed. */
const SCHEMES = new Set(['http', 'https', 'mailto']);

/** Nesting deeper than any real body; beyond it, refused before anything recurses. */
const MAX_DEPTH = 100;

/** The features @astrojs/mdx turns on by default. */
const FEATURES = { gfm: true, smartPunctuation: true };

/** Longer than any project page by far; a longer body is refused before it is parsed, so the check stays fast. */
export const MAX_BODY_CHARS = 256 * 1024;

/** Decodes character references until none are left (&amp;#106; → &#106; → j), so none can hide a scheme. */
function decodeAll(value: string): string {
  let current = value;
  for (let i = 0; i < 4; i += 1) {
    const next = decodeHTML(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The scheme of a URL as a browser reads it (whitespace and control characters dropped), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = decodeAll(url).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  const match = /^([^/?#]*?):/.exec(cleaned);
  return match ? match[1].toLowerCase() : undefined;
}

/** Why a URL is refused, or undefined when it is allowed. */
function refuseUrl(url: string): { zh: string; en: string } | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || SCHEMES.has(scheme)) return undefined;
  return {
    zh: `不允许 ${scheme}: 链接或图片地址（只能用 https、http、mailto 或站内相对地址）`,
    en: `${scheme}: URLs are not allowed (only https, http, mailto or a relative address)`,
  };
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** What a node kind is called in a message. */
function describeNode(node: Node): { zh: string; en: string } {
  switch (node.type) {
    case 'mdxjsEsm':
      return { zh: '不允许 import/export 语句', en: 'import/export statements are not allowed' };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { zh: '不允许 { } 表达式（MDX 会把它当作代码执行）；如需花括号请改用全角｛｝', en: '{ } expressions are not allowed (MDX runs them as code); use full-width ｛｝ for braces' };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (name === '') return { zh: '不允许 <> 片段', en: '<> fragments are not allowed' };
      if (/^script$/i.test(name)) return { zh: '不允许 <script> 脚本', en: '<script> is not allowed' };
      if (/^(iframe|object|embed|frame|frameset)$/i.test(name)) return { zh: `不允许 <${name}> 等嵌入元素（raw <iframe>、<object>、<embed>）`, en: `raw <${name}>: embedded elements such as raw <iframe>, <object> and <embed> are not allowed` };
      return { zh: `不允许 <${name}> 元素（正文只能用 Markdown，以及 ${Object.keys(ELEMENTS).join('、')}）`, en: `the <${name}> element is not allowed (a body is Markdown, plus ${Object.keys(ELEMENTS).join(', ')})` };
    }
    default:
      return { zh: `不允许 ${node.type} 内容`, en: `${node.type} content is not allowed` };
  }
}

/** Problems of one node, apart from its children. */
function nodeProblems(node: Node): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
  const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isJsx) {
    const allowed = node.name ? ELEMENTS[node.name] : undefined;
    if (!allowed) out.push(describeNode(node));
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        out.push({ zh: '不允许 {...} 展开属性（MDX 会把它当作代码执行）', en: '{...} spread attributes are not allowed (MDX runs them as code)' });
        continue;
      }
      const name = attribute.name ?? '';
      if (/^on/i.test(name)) {
        out.push({ zh: `不允许 onclick= 等事件属性（这里是 ${name}=）`, en: `on*= event handler attributes are not allowed (here ${name}=)` });
        continue;
      }
      if (!allowed) continue;
      if (!allowed.includes(name)) {
        out.push({ zh: `<${node.name}> 不允许 ${name} 属性（可用：${allowed.join('、') || '无'}）`, en: `<${node.name}> may not carry a ${name} attribute (allowed: ${allowed.join(', ') || 'none'})` });
        continue;
      }
      if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
        out.push({ zh: `属性 ${name} 的值不能是 { } 表达式`, en: `the ${name} attribute may not be a { } expression` });
        continue;
      }
      if (URL_ATTRIBUTES.has(name) && typeof attribute.value === 'string') {
        const refused = refuseUrl(attribute.value);
        if (refused) out.push(refused);
      }
    }
    return out;
  }
  if (!NODES.has(node.type)) return [describeNode(node)];
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
    const refused = refuseUrl(node.url);
    if (refused) out.push(refused);
  }
  return out;
}

/** A problem in an MDX body at a line of it. */
function bodyProblem(raw: RawFile, line: number | undefined, found: string | undefined, message: { zh: string; en: string }): Problem {
  const firstLine = raw.bodyLine ?? 1;
  return {
    file: raw.file,
    line: firstLine + (line ?? 1) - 1,
    field: '(MDX)',
    found: describeValue(found),
    zh: `正文只能是 Markdown 文本：${message.zh}`,
    en: `the body must be plain Markdown: ${message.en}`,
  };
}

/** The text of a body's line, for showing what was found. */
function lineText(lines: string[], line: number | undefined): string | undefined {
  return line !== undefined ? lines[line - 1]?.trim() : undefined;
}

/** A compiler error as a problem naming the body line, with what MDX expects. */
function compileProblem(raw: RawFile, lines: string[], error: unknown): Problem {
  const message = String((error as Error)?.message ?? error);
  const at = /^(\d+):(\d+):\s*/.exec(message);
  const line = at ? Number(at[1]) : undefined;
  const reason = message.slice(at?.[0].length ?? 0).split('\n')[0].slice(0, 240);
  if (error instanceof RangeError) {
    return bodyProblem(raw, 1, undefined, { zh: '正文嵌套过深，无法处理', en: 'the body is nested too deeply to be processed' });
  }
  return {
    ...bodyProblem(raw, line, lineText(lines, line), {
      zh: `MDX 无法编译这一处，网站构建会失败（${reason}）。常见原因：未闭合的标签、单独的 <（请写作 &lt; 或全角＜）、HTML 注释 <!-- -->（MDX 不支持）`,
      en: `MDX cannot compile this, so the site build would fail (${reason}). Usual causes: an unclosed tag, a bare < (write &lt; or the full-width ＜), an HTML comment <!-- --> (MDX has none)`,
    }),
  };
}

/** Whether a line opens block quotes a hundred deep, which the Markdown parser would recurse through. */
const DEEP_QUOTES = /^(?:[ \t]{0,3}>){100}/m;

/** Problems of an MDX body: anything not on the allowlists, or that MDX cannot compile, each with its line. */
export function checkMdxBody(raw: RawFile): Problem[] {
  if (raw.body === undefined) return [];
  const lines = raw.body.split('\n');
  if (DEEP_QUOTES.test(raw.body)) return [bodyProblem(raw, 1, undefined, { zh: '正文嵌套过深（上百层引用或列表），无法处理', en: 'the body is nested too deeply (hundreds of quote or list levels) to be processed' })];
  if (raw.body.length > MAX_BODY_CHARS) {
    return [bodyProblem(raw, 1, undefined, { zh: `正文过长（${raw.body.length} 个字符，上限 ${MAX_BODY_CHARS}），不像是项目介绍`, en: `the body is too long (${raw.body.length} characters; the limit is ${MAX_BODY_CHARS}) for a project page` })];
  }
  let tree: Node;
  try {
    tree = mdxToMdast(raw.body, { features: FEATURES }) as unknown as Node;
  } catch (error) {
    return [compileProblem(raw, lines, error)];
  }
  const problems: Problem[] = [];
  // Iterative walk: a deeply nested body cannot overflow the stack.
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      problems.push(bodyProblem(raw, node.position?.start.line, undefined, { zh: '正文嵌套过深，无法处理', en: 'the body is nested too deeply to be processed' }));
      break;
    }
    const line = node.position?.start.line;
    for (const message of nodeProblems(node)) problems.push(bodyProblem(raw, line, lineText(lines, line), message));
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i], depth: depth + 1 });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return problems;
  try {
    // The rest of the build's compile (to HTML tree and JavaScript), so anything it would stumble on is found here.
    mdxToJs(raw.body, { features: FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  } catch (error) {
    return [compileProblem(raw, lines, error)];
  }
  return problems;
}
