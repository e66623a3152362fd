import type { ReportableStatus, StatusWord } from '../../schemas/status-word.ts';
import type { Status } from './status.ts';

/**
 * The source's own status words (`reportedStatus` in a report entry): looking a word up in the
 * vocabulary of content/status-words.json. Pure: the vocabulary arrives as an argument.
 */

/** Where admins add a word the check does not know. */
export const STATUS_WORDS_FILE = 'content/status-words.json';

/** The vocabulary as a lookup from word to status, in the file's order. */
export function statusWordIndex(words: readonly StatusWord[]): ReadonlyMap<string, ReportableStatus> {
  return new Map(words.map((w) => [w.word, w.status]));
}

/**
 * The status a source's word stands for, or undefined for a word the vocabulary does not hold.
 * Surrounding spaces are ignored; the word itself is matched exactly (no guessing at near words).
 * @example statusOfWord(statusWordIndex([{ word: '已完工', status: 'completed' }]), ' 已完工') // 'completed'
 */
export function statusOfWord(index: ReadonlyMap<string, ReportableStatus>, word: string): ReportableStatus | undefined {
  return index.get(word.trim());
}

/**
 * The figure a completion rate stands for: `rate` percent of the target value, rounded to the
 * target's own decimals (a whole-number target gives a whole number: 71.8% of 1377户 is 989户, not
 * 988.686户, a precision the rate does not have).
 * @example figureFromRate(130, 30) // 39
 * @example figureFromRate(71.8, 1377) // 989
 */
export function figureFromRate(rate: number, target: number): number {
  const scale = 10 ** decimalsOf(target);
  return Math.round(((rate * target) / 100) * scale) / scale;
}

/** Decimal places of a number as written in JSON (111.5 → 1, 130 → 0). */
function decimalsOf(n: number): number {
  const text = String(n);
  if (/e/i.test(text)) return Number(/e-(\d+)/i.exec(text)?.[1] ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/**
 * Whether a stated figure and a stated completion rate agree within rounding: the rate the figure
 * gives (value ÷ target × 100) is within half a unit of the rate's last written digit (130 → ±0.5,
 * 111.5 → ±0.05 percentage points).
 * @example rateAgreesWithValue(39, 130, 30) // true
 * @example rateAgreesWithValue(235, 111.5, 200) // false: 235 is 117.5% of 200
 */
export function rateAgreesWithValue(value: number, rate: number, target: number): boolean {
  if (target <= 0) return false;
  const implied = (value / target) * 100;
  return Math.abs(implied - rate) <= 0.5 * 10 ** -decimalsOf(rate) + 1e-9;
}

/**
 * What the data's figures say, on one scale for both kinds of measure: a level that meets its
 * target before the deadline is `met` (its status reads 按序时推进), as a cumulative figure that has
 * reached it is.
 */
type Verdict = 'met' | 'ahead' | 'on-track' | 'behind' | 'not-started' | 'not-met';

function verdictOf(status: Status, measure: 'cumulative' | 'level'): Verdict | undefined {
  if (status === 'completed' || status === 'exceeded') return 'met';
  if (measure === 'level' && status === 'on-track') return 'met';
  if (status === 'ahead' || status === 'on-track' || status === 'behind' || status === 'not-started' || status === 'not-met') return status;
  return undefined;
}

/**
 * The disagreement rule: for each status a source's word stands for, the verdicts of the figures
 * that contradict it. A pair disagrees only across a line that matters: met the target or not, at
 * or ahead of the schedule or behind it, started or not. Within the schedule's tolerance (±5
 * percentage points, SCHEDULE_TOLERANCE) 按序时推进 and 超序时 do not contradict each other, nor 滞后 and
 * 按序时推进 (the source may count a small lag the site's scale does not); 常态化推进 and 计划中 claim
 * no progress, so nothing contradicts them.
 */
export const CONTRADICTED_BY: Readonly<Record<ReportableStatus, readonly Verdict[]>> = {
  completed: ['ahead', 'on-track', 'behind', 'not-started', 'not-met'],
  exceeded: ['ahead', 'on-track', 'behind', 'not-started', 'not-met'],
  ahead: ['behind', 'not-started', 'not-met'],
  'on-track': ['behind', 'not-started', 'not-met'],
  behind: ['met', 'ahead'],
  'not-started': ['met', 'ahead', 'on-track', 'behind'],
  'not-met': ['met'],
  'partially-met': ['met', 'not-started'],
  ongoing: [],
  planned: [],
};

/** A source's word set against the status the site works out from the figures. */
export interface Disagreement {
  /** The word as the source writes it. */
  word: string;
  /** The status the word stands for. */
  reported: ReportableStatus;
  /** The status the figures give. */
  computed: Status;
}

/** What the disagreement rule needs of a target: how it is measured and its latest assessment. */
export interface ReportedTarget {
  measure: 'cumulative' | 'level';
  assessment: {
    status: Status;
    /** The status rests on the figures (a stated value, or one derived from a rate), or on the source's word alone. */
    basis?: 'figures' | 'word';
    latest?: { value?: number; reportedStatus?: string; reportedAs?: ReportableStatus };
  };
}

/**
 * Whether the source's word for a target's latest reading contradicts what its figures say (see
 * CONTRADICTED_BY); null when they agree, or when there is nothing to compare: no word, a word
 * with no figure beside it (a word alone cannot disagree), or figures that give no verdict.
 * @example disagreementOf({ measure: 'cumulative', assessment: { status: 'behind', latest: { value: 30, reportedStatus: '按序时推进', reportedAs: 'on-track' } } })
 *          // { word: '按序时推进', reported: 'on-track', computed: 'behind' }
 */
export function disagreementOf(target: ReportedTarget): Disagreement | null {
  const { status, basis, latest } = target.assessment;
  if (!latest || latest.reportedStatus === undefined || latest.reportedAs === undefined) return null;
  if (latest.value === undefined || basis === 'word') return null;
  const verdict = verdictOf(status, target.measure);
  if (verdict === undefined || !CONTRADICTED_BY[latest.reportedAs].includes(verdict)) return null;
  return { word: latest.reportedStatus.trim(), reported: latest.reportedAs, computed: status };
}

/**
 * A target's assessment once the source's word is taken into account: when the latest reading has
 * a word but no figure (and the figures give nothing: 暂无数据), the status is the word's, with
 * `basis: 'word'` so pages say it rests on the source's word alone; otherwise the figures' own
 * assessment, with `basis: 'figures'`.
 */
export function withReportedWord<A extends { status: Status; latest?: { value?: number; reportedAs?: ReportableStatus } }>(assessment: A): A & { basis: 'figures' | 'word' } {
  const latest = assessment.latest;
  if (latest && latest.value === undefined && latest.reportedAs !== undefined && assessment.status === 'no-data') {
    return { ...assessment, status: latest.reportedAs, basis: 'word' };
  }
  return { ...assessment, basis: 'figures' };
}

/**
 * The statuses of the figures that contradict a status a word stands for, on the site's status
 * scale (`met` is 已完成 and 超额完成), for the methodology page.
 */
export function contradictingStatuses(reported: ReportableStatus): Status[] {
  return CONTRADICTED_BY[reported].flatMap((verdict): Status[] => (verdict === 'met' ? ['completed', 'exceeded'] : [verdict]));
}
