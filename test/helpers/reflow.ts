import type { Page } from 'playwright-core';

/**
 * What a page does wrong at its window's width: sideways scrolling, and a table cell whose text wraps
 * inside a date, a figure or a code. Judged character by character on where Chromium put each one,
 * not by the site's own pattern (src/lib/web/line-breaks.ts): a line may end at a space, after a
 * Chinese character before a figure (截至|2024年) or at a hyphen between letters (well-|known), but
 * not beside a digit otherwise (3,|400, 2024-|06-30, SHA-|256, 400|名, 2024年|1月). Used by the
 * sweeps (every page at 320 px) and the reading test (200 % text, large text).
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    const digit = /\p{Nd}/u;
    const han = /\p{Script=Han}/u;
    /** What belongs to a figure beside it: letters (units, codes, 名), digits, symbols (%, ㎡) and joiners (3,400, 2024-06, SHA-256). */
    const glued = /[\p{L}\p{N}\p{S}%‰.,:/\-–—+−]/u;
    // An inline-block (a flag, a status tag) is a box of its own: a line may end at its edge.
    const inline = (el: Element) => ['inline', 'contents'].includes(getComputedStyle(el).display);
    for (const cell of document.querySelectorAll('main td, main th')) {
      if ((cell as HTMLElement).offsetParent === null) continue;
      // Every character of the cell in order, across its elements; a space, a <br> or the edge of a
      // block between two (a separator, with no node) is where a line may end.
      const chars: { char: string; node?: Text; at?: number; bottom?: number | null }[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      let block: Element | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.tagName === 'BR') chars.push({ char: '\n' });
          continue;
        }
        let own = node.parentElement!;
        while (own !== cell && inline(own)) own = own.parentElement!;
        if (block !== null && own !== block) chars.push({ char: '\n' });
        block = own;
        const text = node.textContent ?? '';
        for (let at = 0; at < text.length; ) {
          const char = String.fromCodePoint(text.codePointAt(at)!);
          chars.push(/\s/u.test(char) ? { char: '\n' } : { char, node: node as Text, at });
          at += char.length;
        }
      }
      /** The line box a character sits on (the bottom of its box), measured only for characters beside a digit. */
      const bottom = (c: (typeof chars)[number]): number | null => {
        if (c.bottom === undefined) {
          const range = document.createRange();
          range.setStart(c.node!, c.at!);
          range.setEnd(c.node!, c.at! + c.char.length);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          c.bottom = rect ? Math.round(rect.bottom) : null;
        }
        return c.bottom;
      };
      for (let i = 1; i < chars.length; i += 1) {
        const [before, after] = [chars[i - 1]!, chars[i]!];
        const [b, a] = [before.char, after.char];
        if (!before.node || !after.node || !(digit.test(b) || digit.test(a))) continue;
        const [above, below] = [bottom(before), bottom(after)];
        if (above === null || below === null || above === below) continue;
        // A line ends between `b` and `a`. Beside a digit, only a space, punctuation that is not a
        // joiner, or a Chinese character that follows no digit may end it.
        const afterDigit = digit.test(chars[i - 2]?.char ?? '');
        if ((digit.test(b) && glued.test(a)) || (digit.test(a) && (han.test(b) ? afterDigit : glued.test(b)))) {
          const text = (from: number, to: number) => chars.slice(Math.max(0, from), to).map((c) => c.char).join('');
          problems.push(`"${text(i - 9, i)}|${text(i, i + 8)}" broken in a ${cell.tagName.toLowerCase()}`);
        }
      }
    }
    return problems;
  });
}
