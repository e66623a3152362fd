/**
 * Reading the figure a plan writes in Chinese: 1.37万户, 约8.89万栋, 不低于5万人, 7.9万余名,
 * 90%以上, 两个, 动态清零, 3个百分点. Used to tie each target's `value` to its `written` figure.
 */

/** The figure a Chinese phrase denotes. */
export interface ChineseFigure {
  /** The number, with 万/亿/千/百 applied (1.37万 → 13700). */
  value: number;
  /** 约, 余, 多, 左右, 近: the plan gives the figure as approximate. */
  approximate: boolean;
  /** 不少于, 不低于, 至少, 以上, 及以上, 超过: the figure is a floor. */
  atLeast: boolean;
  /** 不超过, 以下, 以内, 控制在: the figure is a ceiling. */
  atMost: boolean;
  /** % or 个百分点. */
  unit?: '%' | '个百分点';
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits and separators to ASCII, thousands separators dropped: １，３７７ → 1377. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．]/g, '.')
    .replace(/[％]/g, '%')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
}

/** A number written in Chinese numerals (二十、一百二十、三千五百、两), or undefined. */
function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = undefined;
    } else if (ch in LARGE_UNITS) {
      total = (total + section + (digit ?? 0)) * LARGE_UNITS[ch];
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Rounds away float noise: 1.37 × 10000 = 13700.000000000002 → 13700. */
const tidy = (n: number): number => Number(n.toPrecision(12));

/**
 * The figure a phrase denotes, or undefined when it states none.
 * @example parseChineseFigure('约8.89万栋') // { value: 88900, approximate: true, atLeast: false, atMost: false }
 * @example parseChineseFigure('动态清零') // { value: 0, … }
 */
export function parseChineseFigure(phrase: string): ChineseFigure | undefined {
  const text = normalise(phrase.trim());
  const flags = {
    approximate: /约|余|多|左右|近/.test(text),
    atLeast: /不少于|不低于|至少|以上|超过/.test(text),
    atMost: /不超过|不高于|以下|以内|控制在/.test(text),
  };
  if (/清零/.test(text) && !/\d/.test(text)) return { value: 0, ...flags };

  const arabic = /(\d+(?:\.\d+)?)\s*([十百千万亿]*)/.exec(text);
  let value: number | undefined;
  let at = -1;
  if (arabic) {
    value = Number(arabic[1]);
    for (const unit of arabic[2]) value *= SMALL_UNITS[unit] ?? LARGE_UNITS[unit] ?? 1;
    at = arabic.index + arabic[0].length;
  } else {
    const numeral = /[零〇一二两三四五六七八九十百千万亿]+/.exec(text);
    if (numeral) {
      value = chineseNumeral(numeral[0]);
      at = numeral.index + numeral[0].length;
    }
  }
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const after = text.slice(at);
  const unit = /^\s*%/.test(after) ? '%' : /^\s*个百分点/.test(after) ? '个百分点' : undefined;
  return { value: tidy(value), ...flags, ...(unit ? { unit } : {}) };
}
