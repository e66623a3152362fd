import type { ReportableStatus, StatusWord } from '../schemas/status-word.ts';

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
 * The figure a completion rate stands for: `rate` percent of the target value, rounded to at most
 * four decimals (so 111.5% of 200 is 223, not 222.99999999999997).
 * @example figureFromRate(130, 30) // 39
 */
export function figureFromRate(rate: number, target: number): number {
  return Math.round(((rate * target) / 100) * 1e4) / 1e4;
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
