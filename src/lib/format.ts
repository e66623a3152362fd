/**
 * Number, percentage and date formatting for Chinese pages, in one place (Intl, zh-CN).
 * Pure; table-tested in test/unit/format.test.ts.
 */

const LOCALE = 'zh-CN';
const plain = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * A number as Chinese readers write it: grouped below 10,000, in 万 from 10,000.
 * @example formatNumber(4120) // "4,120"; formatNumber(13700) // "1.37万"
 */
export function formatNumber(value: number): string {
  return Math.abs(value) >= 10_000 ? compact.format(value) : plain.format(value);
}

/** A number with its unit, e.g. "3,400名", "1.37万户", "90%". */
export function formatQuantity(value: number, unit: string): string {
  return `${formatNumber(value)}${unit}`;
}

/**
 * A 0–1 share as a whole percentage (one decimal below 1%), e.g. 0.46 → "46%".
 * @example formatShare(0.4973) // "50%"
 */
export function formatShare(share: number): string {
  const percent = share * 100;
  const digits = percent > 0 && percent < 1 ? 1 : 0;
  return `${percent.toFixed(digits)}%`;
}

/** An ISO date in Chinese, e.g. "2024年6月30日". */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A project number as the plan writes it, 1–99.
 * @example chineseNumeral(7) // "七"; chineseNumeral(12) // "十二"
 */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
  return String(n);
}

/**
 * Fills {name} placeholders of a dictionary template.
 * @example fillTemplate('找到 {n} 条结果', { n: 3 }) // "找到 3 条结果"
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
