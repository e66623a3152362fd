/**
 * The high-contrast palette (高对比): every text colour at 7:1 or more on white and on the grey
 * surface, borders and the focus ring too (WCAG 1.4.6, AAA). It applies in two cases that CSS
 * cannot put in one selector list, one of them inside a media query: the reader switched it on (or
 * opened the page at its fragment, without JavaScript), or the system asks for more contrast and the
 * reader did not switch it off. So the palette is written once here and the stylesheet for both is
 * made from it (src/integrations/high-contrast.ts, imported by src/layouts/BaseLayout.astro as
 * virtual:high-contrast.css); src/styles/reading.css has the rest of the reading modes.
 */
export const HIGH_CONTRAST = {
  text: '#000',
  muted: '#262626',
  link: '#003078',
  'link-visited': '#3d1a78',
  border: '#262626',
  brand: '#003078',
  'header-line': '#000',
  good: '#00461f',
  caution: '#5a2d00',
  bad: '#6b1d10',
  neutral: '#1d1d1d',
  action: '#00461f',
  'focus-ring': '#000',
} as const;

/** Switched on by the reader: the attribute with JavaScript, the fragment without it (only while no script has set the attributes). */
const SWITCHED_ON = ':root[data-high-contrast="on"],\n:root:not([data-large-text]):has(#high-contrast:target, #large-text-high-contrast:target)';
/** Asked for by the system, unless the reader switched it off. */
const ASKED_FOR = ':root:not([data-high-contrast="off"])';

/** The stylesheet: the palette's custom properties under both conditions. */
export function highContrastCss(): string {
  const declarations = Object.entries(HIGH_CONTRAST).map(([name, value]) => `--${name}: ${value};`);
  return [`${SWITCHED_ON} {`, ...declarations.map((d) => `  ${d}`), '}', '@media (prefers-contrast: more) {', `  ${ASKED_FOR} {`, ...declarations.map((d) => `    ${d}`), '  }', '}', ''].join('\n');
}
