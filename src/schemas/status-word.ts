import { z } from 'astro/zod';
import type { Status } from '../lib/model/status.ts';
import { TextSchema, bilingual } from './common.ts';

/**
 * The vocabulary of status words progress notices use (content/status-words.json): each word, as
 * sources write it, mapped to the site's status scale (src/lib/model/status.ts). Admins add words here;
 * the check refuses a report whose `reportedStatus` is not listed.
 */

/** Statuses a source's word can stand for: the site's scale without its own "no figures" states. */
export const REPORTABLE_STATUSES = [
  'exceeded',
  'completed',
  'ahead',
  'on-track',
  'behind',
  'not-started',
  'ongoing',
  'partially-met',
  'not-met',
  'planned',
] as const satisfies readonly Status[];
export type ReportableStatus = (typeof REPORTABLE_STATUSES)[number];

/** One word and the status it stands for. */
export const StatusWordSchema = z.strictObject({
  word: TextSchema.describe('来源原文中的进度用语，逐字 — the status word as sources write it, verbatim'),
  status: z
    .enum(REPORTABLE_STATUSES, {
      error: bilingual(`未知的状态，可用：${REPORTABLE_STATUSES.join('、')}`, `unknown status; available: ${REPORTABLE_STATUSES.join(', ')}`),
    })
    .describe('对应本站的状态 — the status it stands for on this site’s scale'),
  note: TextSchema.optional().describe('说明（例如出处） — note, e.g. where the word was seen'),
});
export type StatusWord = z.output<typeof StatusWordSchema>;

/** content/status-words.json: the whole vocabulary, each word once. */
export const StatusWordsSchema = z.array(StatusWordSchema).superRefine((words, ctx) => {
  const seen = new Set<string>();
  words.forEach((w, index) => {
    if (seen.has(w.word)) ctx.addIssue({ code: 'custom', path: [index, 'word'], message: bilingual(`用语“${w.word}”重复出现`, `the word “${w.word}” is listed twice`) });
    seen.add(w.word);
  });
});
