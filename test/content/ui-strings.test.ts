import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site-build.ts';
import { CHINESE } from '../../src/lib/web/text-parts.ts';

/** Source files that render UI: every word they show must come from the dictionary in src/i18n/. */
function uiFiles(): string[] {
  return ['components', 'layouts', 'pages']
    .flatMap((dir) => readdirSync(join(ROOT, 'src', dir), { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name)))
    .filter((file) => /\.(astro|ts)$/.test(file))
    .sort();
}

/** Code without its comments (// …, /* … *\/, {/* … *\/}, <!-- … -->), where words in any language are fine. */
function withoutComments(source: string): string {
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}


describe('UI strings', () => {
  it('has no Chinese text or punctuation hard-coded in components, layouts or pages', () => {
    const offenders = uiFiles().flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => CHINESE.test(line))
        .map(({ line, i }) => `${relative(ROOT, file)}:${i + 1}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch one (the check itself works)', () => {
    expect(CHINESE.test(withoutComments('<p>截至</p> // 注释'))).toBe(true);
    expect(CHINESE.test(withoutComments('<p>{a}（{b}）</p>'))).toBe(true);
    expect(CHINESE.test(withoutComments('<p>{t.x}</p> // 注释 /* 说明 */'))).toBe(false);
  });
});
