/**
 * Where a line may not break. Chinese text may break between any two characters, so a narrow table
 * cell breaks 2024年1月31日 after 年 and 3,400名 before 名; dates, codes (SHA-256) and figures with
 * their unit (100㎡, 2024—2025年) are kept whole (white-space: nowrap) instead. Pure;
 * src/components/OriginalWords.astro renders the runs.
 */

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A date as the site writes one (formatDate) in Chinese or English, or in ISO form. */
const DATE = `\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{4}-\\d{2}(?:-\\d{2})?(?!\\d)|${MONTH}\\.? \\d{1,2}, \\d{4}|${MONTH} \\d{4}`;
/** A sign, where it is not a hyphen after a word (SHA-256). */
const SIGN = '(?:(?<![\\p{L}\\p{N}])[+−-])?';
/** A number with its grouping and decimals: 7, 3,400, 87.1. */
const NUMBER = '\\d(?:[\\d,.]*\\d)?';
/** A unit written right after a figure: %, ‰, a unit sign (㎡, ℃), or 万/亿 and one Chinese character (1.37万户). */
const UNIT = '(?:%|‰|\\p{So}|[万亿]?\\p{Script=Han})';
/** A figure, or a range of two (2024—2025年, 6–9), with its sign and its unit. */
const FIGURE = `${SIGN}${NUMBER}(?:[—–~～-]${NUMBER})?${UNIT}?`;
/** A code of Latin letters and a number, or joined by a hyphen, with its unit: SHA-256, UTF-8, PM2.5. */
const CODE = `\\p{Script=Latin}+-?${NUMBER}${UNIT}?`;

/** Dates, codes and figures, as one pattern (global: use with matchAll, or reset lastIndex). */
export const UNBREAKABLE = new RegExp(`${DATE}|${CODE}|${FIGURE}`, 'gu');

/** A run of text; `whole` when a line must not break inside it. */
export interface TextRun {
  text: string;
  whole?: true;
}

/**
 * Splits text at its dates and figures, which must stay on one line.
 * @example unbreakableParts('截至2024年1月31日共3,400名') // [{ text: '截至' }, { text: '2024年1月31日', whole: true }, { text: '共' }, { text: '3,400名', whole: true }]
 * @example unbreakableParts('As of July 31, 2024') // [{ text: 'As of ' }, { text: 'July 31, 2024', whole: true }]
 */
export function unbreakableParts(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], whole: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
