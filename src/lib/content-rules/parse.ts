import { z } from 'astro/zod';
import { DICTIONARY_HINT } from './hints.ts';
import { problemAt, splitBilingual, type Problem } from './problems.ts';
import { valueAt, type FieldPath, type RawFile } from './raw-content.ts';

/** Schema parsing: a file checked against its zod schema, each issue said in Chinese and English. */

/** Parses a file with a schema, returning its data or the problems, each in both languages. */
export function parseWith<S extends z.ZodType>(schema: S, raw: RawFile, problems: Problem[]): z.output<S> | undefined {
  if (raw.parseError) {
    const { line, zh, en, hint } = raw.parseError;
    problems.push({ file: raw.file, line, field: '', zh, en, ...(hint ? { hint } : {}) });
    return undefined;
  }
  const zh = schema.safeParse(raw.data, { error: z.locales.zhCN().localeError });
  if (zh.success) return zh.data;
  const en = schema.safeParse(raw.data, { error: z.locales.en().localeError });
  zh.error.issues.forEach((issue, index) => {
    const found = valueAt(raw.data, issue.path as FieldPath);
    if (issue.code === 'invalid_type' && found === undefined) {
      const name = String(issue.path.at(-1) ?? '');
      problems.push(problemAt(raw, issue.path as FieldPath, `缺少必填字段 ${name}（应为 ${issue.expected}）`, `missing required field ${name} (expected ${issue.expected})`, DICTIONARY_HINT));
      return;
    }
    if (issue.code === 'invalid_type' && found === null) {
      // An empty slot left by `npm run new-snapshot`.
      const optional = issue.path[0] === 'summary' || issue.path.at(-1) === 'reportedStatus' || issue.path.at(-1) === 'reportedRate';
      if (optional) {
        problems.push(
          problemAt(raw, issue.path as FieldPath, '尚未填写（可选字段）', 'still to be filled in (an optional field)', {
            zh: '来源给出了就照原文填写；没有给出就删掉这个字段（不要留 null）',
            en: 'fill it in as the source states it; if the source gives none, delete the field (do not leave null)',
          }),
        );
        return;
      }
      problems.push(
        problemAt(raw, issue.path as FieldPath, '尚未填写', 'still to be filled in', {
          zh: issue.path[0] === 'entries' ? '填写本期数字（或里程碑状态、说明）；来源只给出完成率或进度用语时，删掉 value、填 reportedRate 或 reportedStatus；本期不报告这项指标时，删除这一整条' : '按来源文件填写',
          en: issue.path[0] === 'entries' ? 'fill in this report’s figure (or milestone state, or note); when the source gives only a completion rate or a status word, delete value and fill in reportedRate or reportedStatus; to leave the target out of this report, delete the whole entry' : 'fill it in from the source document',
        }),
      );
      return;
    }
    if (issue.code === 'invalid_type') {
      // zod's own words can say "expected number, received number" (for Infinity or NaN): name what was found instead.
      const kind = kindOf(found);
      problems.push(problemAt(raw, issue.path as FieldPath, `应为${typeName(issue.expected).zh}，实际是${kind.zh}`, `expected ${typeName(issue.expected).en}, found ${kind.en}`, DICTIONARY_HINT));
      return;
    }
    const custom = splitBilingual(issue.message);
    const english = en.success ? undefined : en.error.issues[index]?.message;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
    problems.push(
      problemAt(raw, path as FieldPath, custom?.[0] ?? issue.message, custom?.[1] ?? splitBilingual(english ?? '')?.[1] ?? english ?? issue.message, DICTIONARY_HINT),
    );
  });
  return undefined;
}

/** A zod type name in both languages. */
function typeName(expected: string): { zh: string; en: string } {
  const names: Record<string, [string, string]> = {
    number: ['数字', 'a number'],
    string: ['文本', 'text'],
    boolean: ['true 或 false', 'true or false'],
    array: ['列表（数组）', 'a list (array)'],
    object: ['对象（键值对）', 'an object (keys and values)'],
    null: ['null', 'null'],
  };
  const [zh, en] = names[expected] ?? [expected, expected];
  return { zh, en };
}

/** What a value found is, in words that never repeat the expected type for a different thing. */
export function kindOf(value: unknown): { zh: string; en: string } {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { zh: '非数字值 NaN', en: 'NaN (not a number)' };
    if (!Number.isFinite(value)) return { zh: `无穷大 ${value}（不是有限的数字）`, en: `${value} (not a finite number)` };
    return { zh: `数字 ${value}`, en: `the number ${value}` };
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return /^-?\d+(\.\d+)?$/.test(value.trim())
      ? { zh: `带引号的文本 "${shown}"（数字不加引号）`, en: `the text "${shown}" in quotes (numbers take no quotes)` }
      : { zh: `文本 "${shown}"`, en: `the text "${shown}"` };
  }
  if (typeof value === 'boolean') return { zh: `布尔值 ${value}`, en: `the boolean ${value}` };
  if (value === null) return { zh: '空值 null', en: 'null' };
  if (Array.isArray(value)) return { zh: '列表（数组）', en: 'a list (array)' };
  if (value instanceof Date) return { zh: '日期（YAML 把不加引号的日期读成了日期对象，请加引号）', en: 'a date (YAML reads an unquoted date as a date object: put it in quotes)' };
  if (typeof value === 'object') return { zh: '对象（键值对）', en: 'an object (keys and values)' };
  return { zh: String(typeof value), en: String(typeof value) };
}
