/** Calendar arithmetic on YYYY-MM-DD strings, in whole days, independent of time zones. */

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
