import type { ReportableStatus } from '../../schemas/status-word.ts';
import { StatusWordsSchema } from '../../schemas/status-word.ts';
import { statusWordIndex } from '../model/reported-status.ts';
import { parseWith } from './parse.ts';
import type { Problem } from './problems.ts';
import type { RawContent } from './raw-content.ts';

/**
 * The vocabulary of status words (content/status-words.json): its schema, each word once. Reports
 * are checked against it in reports.ts.
 */

/** The vocabulary the report checks use; `unreadable` when the file has problems, `missing` when there is none. */
export type StatusVocabulary = ReadonlyMap<string, ReportableStatus> & { unreadable?: boolean; missing?: boolean };

/** Checks content/status-words.json, when present, adding what is wrong to `problems`; returns the vocabulary. */
export function checkStatusWords(content: RawContent, problems: Problem[]): StatusVocabulary {
  const raw = content.statusWords;
  if (!raw) return Object.assign(new Map<string, ReportableStatus>(), { missing: true });
  const words = parseWith(StatusWordsSchema, raw, problems);
  if (!words) return Object.assign(new Map<string, ReportableStatus>(), { unreadable: true });
  return statusWordIndex(words);
}
