/** Calendar arithmetic on YYYY-MM-DD strings, in whole days, independent of time zones. */

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Working days after `from` up to and including `to`, counting Monday to Friday (public holidays
 * and China's make-up working days are not known here, so the figure is approximate and pages say so).
 * @example weekdaysBetween('2024-06-30', '2024-07-10') // 8 (Mon 1 July to Wed 10 July)
 */
export function weekdaysBetween(from: string, to: string): number {
  let count = 0;
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let day = Date.parse(`${from}T00:00:00Z`) + DAY_MS; day <= end; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** The working-day limit of 《政府信息公开条例》 第二十六条 for publishing information once it is made. */
export const DISCLOSURE_WORKDAYS = 20;
