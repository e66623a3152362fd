/**
 * Reading modes for older readers and everyone (工信部《互联网网站适老化通用设计规范》): large text
 * (大字, the root font size at 150 %) and high contrast (高对比, every text and border colour at
 * 7:1 or more). Pure: the names the stylesheet, the layout's links and the browser element
 * (src/components/reading-element.ts, which must repeat them: it imports nothing) share.
 *
 * With JavaScript, a mode is an attribute on <html> (`data-large-text="on"`, "off", or "" when the
 * reader never chose), remembered in localStorage and set before the page paints. Without it, a link
 * to the same page's fragment (`#large-text`) turns the mode on for that page through CSS `:target`;
 * nothing can carry it to the next page on a static host without a script.
 */

/** The reading modes, by the name their fragment, attribute and storage key carry. */
export const READING_MODES = ['large-text', 'high-contrast'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

/** Which modes are on. */
export type ReadingState = Readonly<Record<ReadingMode, boolean>>;

/** The fragment that turns both modes on without JavaScript. */
export const BOTH_FRAGMENT = 'large-text-high-contrast';
/** The fragment (an element at the top of the page) that turns both modes off again without JavaScript. */
export const OFF_FRAGMENT = 'reading-default';
/** Where a mode's choice is remembered: localStorage key prefix, then the mode ("reading:large-text" → "on" or "off"). */
export const STORAGE_PREFIX = 'reading:';
/** The attribute on <html> that holds a mode's state: "on", "off", "" (no choice); absent without JavaScript. */
export function modeAttribute(mode: ReadingMode): `data-${ReadingMode}` {
  return `data-${mode}`;
}

/** Every combination of modes, none first: one set of no-JS links is shown for each. */
export const READING_STATES: readonly ReadingState[] = [
  { 'large-text': false, 'high-contrast': false },
  { 'large-text': true, 'high-contrast': false },
  { 'large-text': false, 'high-contrast': true },
  { 'large-text': true, 'high-contrast': true },
];

/**
 * The fragment (without '#') that shows a page in a state without JavaScript.
 * @example readingFragment({ 'large-text': true, 'high-contrast': false }) // "large-text"
 * @example readingFragment({ 'large-text': false, 'high-contrast': false }) // "reading-default"
 */
export function readingFragment(state: ReadingState): string {
  const large = state['large-text'];
  const contrast = state['high-contrast'];
  return large && contrast ? BOTH_FRAGMENT : large ? 'large-text' : contrast ? 'high-contrast' : OFF_FRAGMENT;
}

/**
 * The state a page's fragment asks for: any other fragment (or none) asks for neither mode.
 * @example fragmentState('#large-text-high-contrast') // { 'large-text': true, 'high-contrast': true }
 */
export function fragmentState(hash: string): ReadingState {
  const fragment = hash.replace(/^#/, '');
  return {
    'large-text': fragment === 'large-text' || fragment === BOTH_FRAGMENT,
    'high-contrast': fragment === 'high-contrast' || fragment === BOTH_FRAGMENT,
  };
}

/**
 * The fragment a mode's no-JS link goes to from a state: that mode flipped, the other kept.
 * @example toggledFragment({ 'large-text': false, 'high-contrast': true }, 'large-text') // "large-text-high-contrast"
 */
export function toggledFragment(state: ReadingState, mode: ReadingMode): string {
  return readingFragment({ ...state, [mode]: !state[mode] });
}
