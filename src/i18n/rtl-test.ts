import type { Dictionary } from './dictionary.ts';

/**
 * A right-to-left TEST locale. Its strings are placeholders: the English dictionary with Latin
 * letters swapped for Arabic-script letters, so pages exercise right-to-left layout, bidi text and
 * shaping without pretending to be Uyghur or Kazakh. It is not a translation; the content check
 * refuses it outside synthetic (test or demo) content, and every page built with it says so.
 * Its language tag `qaa` is from the range BCP 47 reserves for local use.
 */

const LETTERS: Record<string, string> = {
  a: 'ا', b: 'ب', c: 'ڭ', d: 'د', e: 'ە', f: 'ف', g: 'گ', h: 'ھ', i: 'ى', j: 'ج', k: 'ك', l: 'ل', m: 'م',
  n: 'ن', o: 'و', p: 'پ', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'ۇ', v: 'ۋ', w: 'ۋ', x: 'ش', y: 'ي', z: 'ز',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Latin letters become Arabic-script letters, except in {placeholders}, URLs, a few acronyms and
 * the `keep` texts (what a dictionary function was given: content, ids, figures).
 */
export function pseudoRtl(text: string, keep: readonly string[] = []): string {
  const kept = [...keep].filter(Boolean).sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(${[...kept, '\\{\\w+\\}', 'https?:\\/\\/\\S+', 'SITE_URL', 'GB\\/T 7714', 'CSV', 'JSON', 'PNG', 'RSS'].join('|')})`);
  return text
    .split(pattern)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-z]/gi, (ch) => LETTERS[ch.toLowerCase()] ?? ch)))
    .join('');
}

function transform<T>(value: T, keep: readonly string[] = []): T {
  if (typeof value === 'string') return pseudoRtl(value, keep) as T;
  if (typeof value === 'function') {
    return ((...args: unknown[]) => transform((value as (...a: unknown[]) => unknown)(...args), args.filter((a): a is string => typeof a === 'string'))) as T;
  }
  if (Array.isArray(value)) return value.map((v) => transform(v, keep)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, keep)])) as T;
  return value;
}

/** Builds the placeholder dictionary from a real one (English). */
export function rtlTestDictionary(from: Dictionary): Dictionary {
  const words = transform(from);
  return {
    ...words,
    lang: 'qaa',
    dir: 'rtl',
    autonym: 'RTL test',
    // Quantities keep the number first as Arabic-script languages do; units are placeholders too.
    numbers: { ...words.numbers, quantity: (number: string, unit: string) => `${number} ${unit}` },
    // Punctuation as English writes it; the bidi algorithm places it for right-to-left reading.
    punct: { ...words.punct, paren: (text: string) => ` (${text})`, subItemNumber: (_numeral: string, n: number) => `(${n})` },
    language: {
      ...words.language,
      placeholder: '从右到左测试语言：文字为占位符，不是译文。Right-to-left test locale: the strings are placeholders, not a translation.',
    },
  };
}
