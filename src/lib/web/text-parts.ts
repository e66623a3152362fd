/**
 * Text in a page's language that holds words in the content's own language (a source's title, an
 * issuer, a status word, a note), split so a page can mark those words with their `lang`
 * (WCAG 3.1.2, language of parts). Pure; see src/components/OriginalWords.astro.
 */

/** A run of text; `original` when it is the content's own words. */
export interface TextPart {
  text: string;
  original?: true;
}

/**
 * Splits a phrase at the content's own words it was built from. The words are found where the phrase
 * holds them (they were put into it), each occurrence marked; where two could start at one place,
 * the longer wins. Empty and missing words are ignored.
 * @example originalParts('From July 15, 2024, approved by 州人民政府: ', ['州人民政府'])
 *   // [{ text: 'From July 15, 2024, approved by ' }, { text: '州人民政府', original: true }, { text: ': ' }]
 */
export function originalParts(phrase: string, originals: readonly (string | null | undefined)[]): TextPart[] {
  const words = [...new Set(originals.filter((w): w is string => typeof w === 'string' && w !== ''))].sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let plain = '';
  for (let i = 0; i < phrase.length; ) {
    const word = words.find((w) => phrase.startsWith(w, i));
    if (word === undefined) {
      plain += phrase[i];
      i += 1;
      continue;
    }
    if (plain !== '') parts.push({ text: plain });
    plain = '';
    const last = parts.at(-1);
    if (last?.original) last.text += word;
    else parts.push({ text: word, original: true });
    i += word.length;
  }
  if (plain !== '') parts.push({ text: plain });
  return parts;
}

/** Chinese characters and the punctuation and full-width forms only Chinese text uses (a character class's body). */
const CHINESE_CLASS = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
/** Whether a text holds any Chinese (not global: safe to reuse with `test`). */
export const CHINESE = new RegExp(`[${CHINESE_CLASS}]`, 'u');
/** A run of Chinese: it starts and ends with a Chinese character and may hold figures and spaces between (年6月30日). */
const CHINESE_RUN = new RegExp(`[${CHINESE_CLASS}](?:[${CHINESE_CLASS}0-9.,%\\s]*[${CHINESE_CLASS}])?`, 'gu');

/**
 * Splits the site's own text at the Chinese it quotes (an English explanation giving 约 or 察县 as
 * examples), each run of Chinese marked as the content's words. For text the site writes itself; the
 * content's words arriving from content are marked by originalParts, where they are known.
 * @example chineseRuns('A target worded "about" (约) counts') // [{ text: 'A target worded "about" (' }, { text: '约', original: true }, { text: ') counts' }]
 */
export function chineseRuns(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], original: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
