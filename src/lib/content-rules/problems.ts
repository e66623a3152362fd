import { valueAt, type FieldPath, type RawFile } from './raw-content.ts';

/** Problems: what a rule reports, where in a file it points, and how a terminal shows a list of them. */

/**
 * One thing wrong with the content or with a spreadsheet, said in Chinese and English. The content
 * check and the report import both report these and show them with formatProblems.
 */
export interface Problem {
  /** The file: a content path, a workbook's name, or the command-line option (--as-of) that was wrong. */
  file: string;
  line?: number;
  /** Sheet and cell, for a spreadsheet (州卫生健康委, F7). */
  sheet?: string;
  cell?: string;
  /** Dotted field path, e.g. subItems[0].targets[2].value; missing or empty for the whole file. */
  field?: string;
  /** The issuer whose file it is (its name), on a site of several issuers; site-wide files have none. */
  issuer?: string;
  /** The same field as data (keys and indexes), where the check names one: what tools that map a problem back to its source read, never `field`'s text. */
  path?: FieldPath;
  /** The value found, shortened for display; undefined when the field is missing. */
  found?: string;
  zh: string;
  en: string;
  /** What to do about it. */
  hint?: { zh: string; en: string };
}

/** Records a problem at a field of a file (see problemAt). */
export type Push = (raw: RawFile, path: FieldPath, zh: string, en: string, hint?: Problem['hint']) => void;

const SEPARATOR = ' ‖ ';

/** Splits a "中文 ‖ English" message; zod's own locale messages arrive in one language each. */
export function splitBilingual(message: string): [string, string] | undefined {
  const at = message.indexOf(SEPARATOR);
  return at < 0 ? undefined : [message.slice(0, at), message.slice(at + SEPARATOR.length)];
}

/** Renders a field path as admins read it: subItems[0].targets[2].value */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** Shows a found value in one short line. */
export function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A problem at a field of a file, with the value found there. */
export function problemAt(raw: RawFile, path: FieldPath, zh: string, en: string, hint?: Problem['hint']): Problem {
  return {
    file: raw.file,
    line: raw.locate?.(path),
    field: formatFieldPath(path),
    path,
    found: describeValue(valueAt(raw.data, path)),
    zh,
    en,
    ...(hint ? { hint } : {}),
  };
}

/** A Push that appends each problem to `problems`. */
export function pushInto(problems: Problem[]): Push {
  return (raw, path, zh, en, hint) => problems.push(problemAt(raw, path, zh, en, hint));
}

/** Where a problem is, as admins read it: `content/x.json:12`, `州卫生健康委.xlsx › 州卫生健康委!F7`. */
export function problemPlace(p: Pick<Problem, 'file' | 'line' | 'sheet' | 'cell'>): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.sheet !== undefined ? ` › ${p.sheet}${p.cell ? `!${p.cell}` : ''}` : ''}`;
}

/** Formats problems for a terminal, one block per problem, Chinese first. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const where = `${p.issuer ? `〔${p.issuer}〕` : ''}${problemPlace(p)}${p.field ? `  ${p.field}` : ''}`;
      const found = p.found !== undefined ? `\n    现值 found: ${p.found}` : '';
      const hint = p.hint ? `\n    提示：${p.hint.zh}\n    hint: ${p.hint.en}` : '';
      return `✗ ${where}${found}\n    ${p.zh}\n    ${p.en}${hint}`;
    })
    .join('\n\n');
}
