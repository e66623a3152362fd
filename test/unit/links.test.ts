import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links.ts';

/** A tiny built site under a base path, with one good and several broken links. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'style.css'), 'body{}');
  writeFileSync(join(dir, 'a', 'index.html'), '<h1 id="top">A</h1>');
  writeFileSync(
    join(dir, 'index.html'),
    [
      '<link rel="stylesheet" href="/sub/style.css">',
      '<a href="/sub/a/">ok</a><a href="/sub/a/#top">ok anchor</a><a href="https://example.org/">external</a><a href="#here" id="here">self</a>',
      '<a href="/sub/missing/">missing page</a><a href="/sub/a/#nope">missing anchor</a><img src="/sub/gone.png"><a href="/a/">outside base</a><a href="a/">relative</a>',
    ].join(''),
  );
  return dir;
}

describe('checkLinks', () => {
  it('finds every broken internal link, anchor and asset, and nothing else', () => {
    expect(checkLinks(site(), '/sub/').map((b) => [b.link, b.reason])).toEqual([
      ['/sub/missing/', 'missing file'],
      ['/sub/a/#nope', 'no element with id "nope"'],
      ['/sub/gone.png', 'missing file'],
      ['/a/', 'outside the base path /sub/'],
      ['a/', 'relative link'],
    ]);
  });
});
