/** Today's date as YYYY-MM-DD in the prefecture's time zone (UTC+8), or TODAY when set (tests, reproducible builds). */
export function todayIso(now: Date = new Date()): string {
  if (process.env.TODAY) return process.env.TODAY;
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
