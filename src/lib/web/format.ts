import { CONTENT_LANGUAGE } from '../../i18n/languages.ts';
import type { Dictionary } from '../../i18n/dictionary.ts';

/**
 * Numbers, shares, quantities and dates for every language, in one place: Intl in the
 * dictionary's language, plus the dictionary's few composition rules (compact 万 or not, how a
 * unit joins its number, unit names). Pure; table-tested in test/unit/format.test.ts.
 */

interface Formats {
  plain: Intl.NumberFormat;
  compact: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  percentFine: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
}

const cache = new Map<string, Formats>();

function formats(lang: string): Formats {
  let f = cache.get(lang);
  if (!f) {
    f = {
      plain: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }),
      compact: new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 }),
      percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }),
      percentFine: new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      date: new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    };
    cache.set(lang, f);
  }
  return f;
}

/**
 * A number as readers of the language write it.
 * @example formatNumber(13700, zhCN) // "1.37万"; formatNumber(13700, en) // "13,700"
 */
export function formatNumber(value: number, t: Pick<Dictionary, 'lang' | 'numbers'>): string {
  const f = formats(t.lang);
  const { compactFrom } = t.numbers;
  return compactFrom !== null && Math.abs(value) >= compactFrom ? f.compact.format(value) : f.plain.format(value);
}

/** A unit (as content writes it, in Chinese) in the language; unknown units show as written. */
export function unitName(unit: string, t: Dictionary): string {
  return t.units[unit] ?? unit;
}

/**
 * A number with its unit.
 * @example formatQuantity(13700, '户', zhCN) // "1.37万户"; formatQuantity(13700, '户', en) // "13,700 households"
 */
export function formatQuantity(value: number, unit: string, t: Dictionary): string {
  return t.numbers.quantity(formatNumber(value, t), unitName(unit, t));
}

/**
 * A 0–1 share as a whole percentage (one decimal below 1%).
 * @example formatShare(0.4973, zhCN) // "50%"; formatShare(0.004, en) // "0.4%"
 */
export function formatShare(share: number, t: Pick<Dictionary, 'lang'>): string {
  const f = formats(t.lang);
  return share > 0 && share < 0.01 ? f.percentFine.format(share) : f.percent.format(share);
}

/**
 * A percentage as a source states it (111.5 for 111.5%), every stated digit kept.
 * @example formatPercent(111.5, zhCN) // "111.5%"; formatPercent(130, en) // "130%"
 */
export function formatPercent(percent: number, t: Pick<Dictionary, 'lang'>): string {
  return new Intl.NumberFormat(t.lang, { style: 'percent', maximumFractionDigits: 4 }).format(percent / 100);
}

/**
 * An ISO date in the language.
 * @example formatDate('2024-06-30', zhCN) // "2024年6月30日"; formatDate('2024-06-30', en) // "June 30, 2024"
 */
export function formatDate(iso: string, t: Pick<Dictionary, 'lang'>): string {
  return formats(t.lang).date.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A moment of src/lib/web/last-changed.ts (YYYY-MM-DD, or YYYY-MM-DD HH:MM in Beijing time) as the
 * language writes it.
 * @example formatMoment('2024-07-20 10:30', zhCN) // "2024年7月20日 10:30"; formatMoment('2024-07-20', en) // "July 20, 2024"
 */
export function formatMoment(moment: string, t: Pick<Dictionary, 'lang'>): string {
  const time = moment.slice(11, 16);
  return time ? `${formatDate(moment.slice(0, 10), t)} ${time}` : formatDate(moment, t);
}

/**
 * A moment as a <time datetime> value: the date, or the date and time with Beijing's offset.
 * @example momentDatetime('2024-07-20 10:30') // "2024-07-20T10:30+08:00"; momentDatetime('2024-07-20') // "2024-07-20"
 */
export function momentDatetime(moment: string): string {
  return moment.length > 10 ? `${moment.slice(0, 10)}T${moment.slice(11, 16)}+08:00` : moment;
}

/**
 * A moment as the 网页元数据 PubDate writes it, YYYY-MM-DD HH:MM: a bare date at 00:00.
 * @example pubDateMeta('2024-07-20') // "2024-07-20 00:00"
 */
export function pubDateMeta(moment: string): string {
  return moment.length > 10 ? moment.slice(0, 16) : `${moment} 00:00`;
}

const SUB_ITEM_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A sub-item's number as the language writes it, from the plan's numeral.
 * @example subItemNumber('二', zhCN) // "（二）"; subItemNumber('二', en) // "(2)"
 */
export function subItemNumber(numeral: string, t: Dictionary): string {
  return t.punct.subItemNumber(numeral, SUB_ITEM_NUMERALS.indexOf(numeral) + 1);
}

/**
 * Fills {name} placeholders of a dictionary template.
 * @example fillTemplate('找到 {n} 条结果', { n: 3 }) // "找到 3 条结果"
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A bilingual field description ("中文 — English", as schemas and data dictionaries write them) for a
 * page: whole in Chinese, the English half in other languages.
 * @example describedIn('单位 — unit', en) // "unit"
 */
export function describedIn(description: string, t: Pick<Dictionary, 'lang'>): string {
  if (t.lang === CONTENT_LANGUAGE) return description;
  const at = description.indexOf(' — ');
  return at === -1 ? description : description.slice(at + 3);
}

/**
 * A file size in KB (below 1 MB, one decimal) or MB, counting 1024 bytes a KB.
 * @example formatBytes(1536, en) // "1.5 KB"; formatBytes(3_145_728, zhCN) // "3 MB"
 */
export function formatBytes(bytes: number, t: Pick<Dictionary, 'lang'>): string {
  const f = new Intl.NumberFormat(t.lang, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${f.format(Math.max(0.1, bytes / 1024))} KB` : `${f.format(bytes / (1024 * 1024))} MB`;
}
