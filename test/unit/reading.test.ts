import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unbreakableParts } from '../../src/lib/web/line-breaks.ts';
import { BOTH_FRAGMENT, OFF_FRAGMENT, READING_MODES, READING_STATES, STORAGE_PREFIX, fragmentState, modeAttribute, readingFragment, toggledFragment, type ReadingState } from '../../src/lib/web/reading.ts';
import { inlineScript } from '../../src/node/browser-script.ts';
import { ROOT } from '../helpers/site-build.ts';

const none: ReadingState = { 'large-text': false, 'high-contrast': false };
const large: ReadingState = { 'large-text': true, 'high-contrast': false };
const contrast: ReadingState = { 'large-text': false, 'high-contrast': true };
const both: ReadingState = { 'large-text': true, 'high-contrast': true };

describe('reading modes without JavaScript: fragments', () => {
  it.each([
    [none, OFF_FRAGMENT],
    [large, 'large-text'],
    [contrast, 'high-contrast'],
    [both, BOTH_FRAGMENT],
  ] as const)('shows %o at #%s, and reads the state back from it', (state, fragment) => {
    expect(readingFragment(state)).toBe(fragment);
    expect(fragmentState(`#${fragment}`)).toEqual(state);
  });

  it('takes any other fragment, or none, as neither mode', () => {
    for (const hash of ['', '#', '#main', '#target-teeth-fluoride', '#large']) expect(fragmentState(hash)).toEqual(none);
  });

  it.each([
    [none, 'large-text', 'large-text'],
    [none, 'high-contrast', 'high-contrast'],
    [large, 'large-text', OFF_FRAGMENT],
    [large, 'high-contrast', BOTH_FRAGMENT],
    [contrast, 'large-text', BOTH_FRAGMENT],
    [contrast, 'high-contrast', OFF_FRAGMENT],
    [both, 'large-text', 'high-contrast'],
    [both, 'high-contrast', 'large-text'],
  ] as const)('from %o the %s link goes to #%s: that mode flipped, the other kept', (state, mode, fragment) => {
    expect(toggledFragment(state, mode)).toBe(fragment);
  });

  it('has a set of links for every combination of modes', () => {
    expect(new Set(READING_STATES.map(readingFragment))).toEqual(new Set([OFF_FRAGMENT, 'large-text', 'high-contrast', BOTH_FRAGMENT]));
  });
});

/** A page as the inline script sees it: <html>, localStorage, matchMedia, and the header's buttons. */
function fakePage(options: { stored?: Record<string, string>; storage?: 'works' | 'refused' | 'read-only'; prefersMoreContrast?: boolean } = {}) {
  const attributes = new Map<string, string>();
  const stored = new Map(Object.entries(options.stored ?? {}));
  const root = { getAttribute: (name: string) => attributes.get(name) ?? null, setAttribute: (name: string, value: string) => void attributes.set(name, String(value)) };
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const localStorage = {
    getItem: (key: string) => (options.storage === 'refused' ? refuse() : (stored.get(key) ?? null)),
    setItem: (key: string, value: string) => (options.storage === 'refused' || options.storage === 'read-only' ? refuse() : void stored.set(key, value)),
  };
  const matchMedia = (query: string) => ({ matches: query === '(prefers-contrast: more)' && options.prefersMoreContrast === true });
  const windowListeners = new Map<string, () => void>();
  const button = (mode: string, defaultQuery: string) => {
    const pressed = new Map<string, string>();
    return { dataset: { mode, defaultQuery }, setAttribute: (name: string, value: string) => void pressed.set(name, value), get pressed() { return pressed.get('aria-pressed'); } };
  };
  const buttons = [button('large-text', 'not all'), button('high-contrast', '(prefers-contrast: more)')];
  class FakeElement {
    private readonly listeners = new Map<string, (event: { target: unknown }) => void>();
    addEventListener(type: string, listener: (event: { target: unknown }) => void) {
      this.listeners.set(type, listener);
    }
    querySelectorAll() {
      return buttons;
    }
    click(target: unknown) {
      this.listeners.get('click')!({ target });
    }
  }
  let defined: (new () => FakeElement & { connectedCallback(): void }) | undefined;
  const customElements = { define: (name: string, element: typeof defined) => name === 'reading-switches' && (defined = element) };
  return {
    attributes,
    stored,
    buttons,
    globals: { document: { documentElement: root }, localStorage, matchMedia, customElements, HTMLElement: FakeElement, addEventListener: (type: string, listener: () => void) => windowListeners.set(type, listener) },
    /** The header's element once the parser reaches it, and the document once parsed. */
    connect() {
      const element = new defined!();
      element.connectedCallback();
      windowListeners.get('DOMContentLoaded')!();
      return element;
    },
  };
}

async function run(page: ReturnType<typeof fakePage>) {
  const { code } = await inlineScript(readFileSync(join(ROOT, 'src', 'components', 'reading-element.ts'), 'utf8'));
  const names = Object.keys(page.globals);
  new Function(...names, code)(...names.map((name) => page.globals[name as keyof typeof page.globals]));
  return page;
}

describe('the reading switches’ script (src/components/reading-element.ts, compiled as the pages inline it)', () => {
  it('compiles to a classic script of a few hundred bytes that imports nothing', async () => {
    const { code, hash } = await inlineScript(readFileSync(join(ROOT, 'src', 'components', 'reading-element.ts'), 'utf8'));
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(code.length).toBeLessThan(1000);
    expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });

  it('refuses a file that imports a value at run time', async () => {
    await expect(inlineScript("import { READING_MODES } from '../lib/web/reading.ts';\nconsole.log(READING_MODES);")).rejects.toThrow(/import nothing/);
  });

  it('puts each remembered mode on <html> at once, under the names src/lib/web/reading.ts gives', async () => {
    const page = await run(fakePage({ stored: { [`${STORAGE_PREFIX}large-text`]: 'on', [`${STORAGE_PREFIX}high-contrast`]: 'off' } }));
    expect(Object.fromEntries(page.attributes)).toEqual({ [modeAttribute('large-text')]: 'on', [modeAttribute('high-contrast')]: 'off' });
    expect([...page.attributes.keys()]).toEqual(READING_MODES.map(modeAttribute));
  });

  it('marks every mode "" (no choice) when nothing is stored, and nothing when storage is refused', async () => {
    expect(Object.fromEntries((await run(fakePage())).attributes)).toEqual({ 'data-large-text': '', 'data-high-contrast': '' });
    expect((await run(fakePage({ storage: 'refused' }))).attributes.size).toBe(0);
  });

  it.each([
    [{}, ['false', 'false']],
    [{ prefersMoreContrast: true }, ['false', 'true']],
    [{ prefersMoreContrast: true, stored: { 'reading:high-contrast': 'off' } }, ['false', 'false']],
    [{ stored: { 'reading:large-text': 'on' } }, ['true', 'false']],
  ] as const)('presses the buttons as the page is, once it is parsed (%o)', async (options, pressed) => {
    const page = await run(fakePage(options));
    page.connect();
    expect(page.buttons.map((b) => b.pressed)).toEqual(pressed);
  });

  it('toggles a mode on a click, remembers it, and presses its button', async () => {
    const page = await run(fakePage());
    const element = page.connect();
    element.click(page.buttons[0]);
    expect([page.attributes.get('data-large-text'), page.stored.get('reading:large-text'), page.buttons[0]!.pressed]).toEqual(['on', 'on', 'true']);
    element.click(page.buttons[0]);
    expect([page.attributes.get('data-large-text'), page.stored.get('reading:large-text'), page.buttons[0]!.pressed]).toEqual(['off', 'off', 'false']);
    // A click elsewhere in the group (a gap, a link) changes nothing.
    element.click({ dataset: {} });
    expect(page.attributes.get('data-high-contrast')).toBe('');
  });

  it('turns off high contrast the system asked for, and keeps a mode for the page when storage will not take it', async () => {
    const page = await run(fakePage({ prefersMoreContrast: true, storage: 'read-only' }));
    const element = page.connect();
    element.click(page.buttons[1]);
    expect([page.attributes.get('data-high-contrast'), page.buttons[1]!.pressed, page.stored.size]).toEqual(['off', 'false', 0]);
  });
});

describe('dates and figures keep to one line (src/lib/web/line-breaks.ts)', () => {
  const whole = (text: string) => unbreakableParts(text).filter((r) => r.whole).map((r) => r.text);
  it.each([
    ['截至2024年1月31日共3,400名', ['2024年1月31日', '3,400名']],
    ['2024年1月进度', ['2024年1月']],
    ['覆盖1.37万户，完成85%', ['1.37万户', '85%']],
    ['+120户 −3个 -2.5%', ['+120户', '−3个', '-2.5%']],
    ['As of July 31, 2024: 2,999 children', ['July 31, 2024', '2,999']],
    ['Sept. 30, 2024 and Dec 2024', ['Sept. 30, 2024', 'Dec 2024']],
    ['更正2024-08-31报告中的数字', ['2024-08-31']],
    ['SHA-256 checksums in UTF-8', ['SHA-256', 'UTF-8']],
    ['PM2.5平均浓度', ['PM2.5平']],
    ['建设100㎡的服务区，室温18℃', ['100㎡', '18℃']],
    ['“2024—2025年”行动，6–9岁', ['2024—2025年', '6–9岁']],
    ['2024-2025年度与2024-08-31', ['2024-2025年', '2024-08-31']],
    ['第3季度', ['3季']],
    ['无数字', []],
  ])('%s', (text, expected) => {
    expect(whole(text)).toEqual(expected);
    expect(unbreakableParts(text).map((r) => r.text).join('')).toBe(text);
  });
});
