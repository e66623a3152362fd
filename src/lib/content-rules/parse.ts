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
      problems.push(
        problemAt(raw, issue.path as FieldPath, '尚未填写', 'still to be filled in', {
          zh: issue.path[0] === 'entries' ? '填写本期数字（或里程碑状态、说明）；本期不报告这项指标时，删除这一整条' : '按来源文件填写',
          en: issue.path[0] === 'entries' ? 'fill in this report’s figure (or milestone state, or note); to leave the target out of this report, delete the whole entry' : 'fill it in from the source document',
        }),
      );
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
