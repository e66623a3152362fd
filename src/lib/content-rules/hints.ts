import type { Problem } from './problems.ts';

/** Hints that come with a problem: where fields are described, and "did you mean" for a mistyped id. */

/** Points to the data dictionary, for problems with a field's shape. */
export const DICTIONARY_HINT = {
  zh: '每个字段的含义和格式见 content/schemas/ 或网站的 /data/dictionary/ 页面',
  en: 'every field is described in content/schemas/ and on the site’s /data/dictionary/ page',
};

/** Edit distance of two short strings, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** A "did you mean …?" hint naming the closest known id, when one is close. */
export function didYouMean(id: string, known: Iterable<string>): Problem['hint'] {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? { zh: `是否应为 ${best}？`, en: `did you mean ${best}?` } : undefined;
}
