/**
 * <reading-switches>: the 大字 (large text) and 高对比 (high contrast) toggles in every page's header,
 * remembered across pages. Each `<button data-mode>` has aria-pressed; pressing it sets the mode's
 * attribute on <html> ("on" or "off", read by src/styles/reading.css) and stores the choice in
 * localStorage. A button's `data-default-query` (a media query) says when its mode is on before the
 * reader has chosen: high contrast when the system asks for more contrast, large text never.
 *
 * Unlike the other browser elements this one is not a module: src/node/browser-script.ts compiles it
 * into a classic script inlined first in <body> (src/components/ReadingBoot.astro), because the
 * remembered modes must be on <html> before the page first paints, or it would flash at the default
 * size and colours. So the file imports nothing at run time, and its names are those of
 * src/lib/web/reading.ts (test/unit/reading.test.ts runs it against them). Every byte counts: it
 * is on every page, the search page's included, within that page's 5 KB (test/build/budgets.test.ts).
 * Without JavaScript CSS shows fragment links instead (`:root:not([data-large-text])`).
 */

const root = document.documentElement;

// Before anything paints: each mode's attribute (see src/lib/web/reading.ts modeAttribute), the
// stored choice or "" (no choice; the attributes' presence also tells CSS that a script runs).
// Storage may be refused (privacy settings): the modes then last a page.
try {
  for (const mode of ['large-text', 'high-contrast']) root.setAttribute(`data-${mode}`, localStorage.getItem(`reading:${mode}`) ?? '');
} catch {
  // Nothing stored can be read: the defaults hold.
}

/** Whether a button's mode is on: the reader's choice, else its default query. */
function isOn(button: HTMLElement): boolean {
  const chosen = root.getAttribute(`data-${button.dataset.mode}`);
  return chosen ? chosen === 'on' : matchMedia(button.dataset.defaultQuery!).matches;
}

class ReadingSwitches extends HTMLElement {
  connectedCallback(): void {
    // Defined before the page is parsed, the element connects before its buttons exist: they get
    // their state once the document is parsed, and clicks are taken on the element itself.
    const render = (): void => {
      for (const button of this.querySelectorAll('button')) button.setAttribute('aria-pressed', `${isOn(button)}`);
    };
    this.addEventListener('click', (event) => {
      const button = event.target as HTMLElement;
      const mode = button.dataset.mode;
      if (!mode) return;
      const value = isOn(button) ? 'off' : 'on';
      root.setAttribute(`data-${mode}`, value);
      try {
        localStorage.setItem(`reading:${mode}`, value);
      } catch {
        // Storage refused: the mode holds for this page only.
      }
      render();
    });
    // On the window (DOMContentLoaded bubbles to it): every byte here counts on the search page.
    addEventListener('DOMContentLoaded', render);
  }
}

customElements.define('reading-switches', ReadingSwitches);
