import type { Plan } from '../../schemas/plan.ts';
import { parseChineseFigure, type ChineseFigure } from './chinese-number.ts';
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

/** The paragraph of the official text that a quote must be: whole lines, through its 责任单位 (or last 牵头单位) line. */
export function checkWholeParagraph(raw: RawFile, path: FieldPath, quoted: string | undefined, official: OfficialText | undefined, push: Push): void {
  if (official === undefined || quoted === undefined) return;
  const quote = withoutBlankLines(quoted);
  const at = official.text.indexOf(quote);
  if (at < 0) return; // checkQuote says so
  const end = at + quote.length;
  const startsLine = at === 0 || official.text[at - 1] === '\n';
  const endsLine = end === official.text.length || official.text[end] === '\n';
  const lastLine = quote.split('\n').at(-1) ?? '';
  const nextLine = official.text.slice(end + 1).split('\n', 1)[0] ?? '';
  const endsWithUnits = /^(牵头单位|责任单位)[：:]/.test(lastLine) && !/^(牵头单位|责任单位)[：:]/.test(nextLine);
  if (!startsLine || !endsLine || !endsWithUnits) {
    push(raw, path, `原文引文只是段落的一部分：须是 content/${official.file} 中完整的一段，直到“牵头单位”“责任单位”两行`, `officialText is a fragment: it must be a whole paragraph of content/${official.file}, through its 牵头单位 and 责任单位 lines`, {
      zh: `从 content/${official.file} 复制整段原文（含“牵头单位”“责任单位”两行）`,
      en: `copy the whole paragraph from content/${official.file}, with its 牵头单位 and 责任单位 lines`,
    });
  }
}

const QUALIFIERS = /不少于|不低于|不超过|至少|以上|以下|超过|约|余|多/g;

/**
 * Whether a written figure is the plan's own wording: verbatim, or its figure and its qualifiers each
 * verbatim where the plan puts a verb between them (至少组织650人次 → written 至少650人次).
 */
function appearsIn(written: string, text: string): boolean {
  if (text.includes(written)) return true;
  const qualifiers = written.match(QUALIFIERS) ?? [];
  const pieces = written.split(QUALIFIERS).filter((piece) => piece !== '');
  return pieces.length > 0 && /\d/.test(pieces.join('')) && pieces.every((piece) => text.includes(piece)) && qualifiers.every((q) => text.includes(q));
}

/** Which comparator a plan's wording implies. */
function comparatorOf(figure: ChineseFigure, written: string): string | undefined {
  if (/清零/.test(written)) return 'zero';
  if (/100%覆盖|全覆盖/.test(written)) return 'full-coverage';
  if (figure.atLeast) return 'at-least';
  if (/约/.test(written)) return 'about';
  return undefined;
}

/**
 * Ties a stated figure to the official text: `written` must appear in the sub-item's officialText,
 * and `value` must be the number `written` denotes (万, 余, 约, 以上…), so a typo or a lowered target is refused.
 */
export function checkFigure(raw: RawFile, path: FieldPath, figure: { value?: unknown; written?: unknown; comparator?: unknown }, officialText: string | undefined, push: Push): void {
  const written = typeof figure.written === 'string' ? figure.written : undefined;
  if (written === undefined) return;
  if (officialText !== undefined && !appearsIn(written.trim(), withoutBlankLines(officialText))) {
    push(raw, [...path, 'written'], `“${written}”没有出现在本子项的原文引文中：written 须照录原文中的数字写法`, `“${written}” does not appear in this sub-item’s officialText: written must copy the figure as the plan words it`);
    return;
  }
  const parsed = parseChineseFigure(written);
  if (parsed === undefined) return;
  if (typeof figure.value === 'number' && Math.abs(figure.value - parsed.value) > 1e-9 * Math.max(1, parsed.value)) {
    push(raw, [...path, 'value'], `数值 ${figure.value} 与原文写法“${written}”不符，应为 ${parsed.value}（目标值只能照原文填写，不能调低或改动）`, `value ${figure.value} does not match the plan’s wording “${written}”, which means ${parsed.value} (a target is taken from the plan as written and is never lowered)`, {
      zh: `把 value 改为 ${parsed.value}；目标值只能照原文填写，不能调低`,
      en: `set value to ${parsed.value}; a target is taken from the plan as written and is never lowered`,
    });
  }
  const implied = comparatorOf(parsed, written);
  if (implied !== undefined && typeof figure.comparator === 'string' && figure.comparator !== implied) {
    push(raw, [...path, 'comparator'], `原文写作“${written}”，comparator 应为 ${implied}`, `the plan words it “${written}”, so comparator is ${implied}`);
  }
}

/** The number a heading's Chinese numeral gives: 一、 → 1, 十、 → 10. */
export function headingNumber(heading: string): number | undefined {
  const match = /^([一二三四五六七八九十百]+)、/.exec(heading.trim());
  return match ? parseChineseFigure(match[1])?.value : undefined;
}
