import type { Plan } from '../../schemas/plan.ts';
import type { Push } from './problems.ts';
import type { FieldPath, RawFile } from './raw-content.ts';

/** Official text: a project's heading and quotes must match its plan's source file word for word. */

/** A plan's source text, ready for comparing quotes. */
export interface OfficialText {
  /** Path under the content root, e.g. sources/2024-plan.txt. */
  file: string;
  /** The text without its blank lines. */
  text: string;
}

/** Lines of a text without blank lines, so verbatim quotes compare regardless of paragraph spacing. */
function withoutBlankLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** The source text of a plan; undefined when there is no plan, it names no file, or the file is missing. */
export function officialTextOf(plan: Plan | undefined, sources: Record<string, string>): OfficialText | undefined {
  const file = plan?.source.file;
  return file !== undefined && sources[file] !== undefined ? { file, text: withoutBlankLines(sources[file]) } : undefined;
}

/** Checks that a project's heading appears in the official text. */
export function checkHeading(raw: RawFile, heading: string | undefined, official: OfficialText | undefined, push: Push): void {
  if (official !== undefined && heading !== undefined && !official.text.includes(heading)) {
    push(raw, ['heading'], `标题与方案原文（content/${official.file}）不一致，须逐字照录`, `heading does not match the official text (content/${official.file}) word for word`);
  }
}

/** Checks that a sub-item's officialText (at `path`) is quoted from the official text, blank lines aside. */
export function checkQuote(raw: RawFile, path: FieldPath, quoted: string | undefined, official: OfficialText | undefined, push: Push): void {
  if (official !== undefined && quoted !== undefined && !official.text.includes(withoutBlankLines(quoted))) {
    push(raw, path, `原文引文与 content/${official.file} 不一致，须逐字照录`, `officialText does not match content/${official.file} word for word`, {
      zh: `从 content/${official.file} 复制整段原文（含“牵头单位”“责任单位”两行），不要改字或加空格`,
      en: `copy the whole paragraph from content/${official.file}, with its 牵头单位 and 责任单位 lines, without changing a character`,
    });
  }
}
