import { describeValue, type Problem } from './problems.ts';
import type { RawFile } from './raw-content.ts';

/**
 * MDX safety. MDX is code: a body is plain Markdown (headings, paragraphs, lists, emphasis, links),
 * so nothing in it can run in a reader's browser or in the build.
 */

/** What an MDX body may not contain. */
const UNSAFE_MDX: { pattern: RegExp; zh: string; en: string }[] = [
  { pattern: /<\s*script\b/i, zh: '不允许 <script> 脚本', en: '<script> is not allowed' },
  { pattern: /<\s*(iframe|object|embed|frame)\b/i, zh: '不允许 <iframe>、<object>、<embed> 等嵌入元素', en: 'raw <iframe>, <object> and <embed> are not allowed' },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, zh: '不允许 onclick= 等事件属性', en: 'on*= event handler attributes are not allowed' },
  { pattern: /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i, zh: '不允许 javascript: 链接', en: 'javascript: URLs are not allowed' },
  { pattern: /(\]\(|\b(?:href|src)\s*=\s*["']?)\s*data:/i, zh: '不允许 data: 链接或图片', en: 'data: URLs are not allowed' },
  { pattern: /^\s*(import|export)\s/m, zh: '不允许 import/export 语句', en: 'import/export statements are not allowed' },
  { pattern: /[{}]/, zh: '不允许 { } 表达式（MDX 会把它当作代码执行）；如需花括号请改用全角｛｝', en: '{ } expressions are not allowed (MDX runs them as code); use full-width ｛｝ for braces' },
];

/** Problems of an MDX body that could run code, each with the line it is on. */
export function checkMdxBody(raw: RawFile): Problem[] {
  if (raw.body === undefined) return [];
  const firstLine = raw.bodyLine ?? 1;
  const problems: Problem[] = [];
  raw.body.split('\n').forEach((line, index) => {
    for (const rule of UNSAFE_MDX) {
      if (!rule.pattern.test(line)) continue;
      problems.push({
        file: raw.file,
        line: firstLine + index,
        field: '(MDX)',
        found: describeValue(line.trim()),
        zh: `正文只能是 Markdown 文本：${rule.zh}`,
        en: `the body must be plain Markdown: ${rule.en}`,
      });
    }
  });
  return problems;
}
