import { describe, expect, it } from 'vitest';
import { PortalSchema } from '../../src/schemas/portal.ts';
import { SiteConfigSchema } from '../../src/schemas/site-config.ts';
import { EMBED_POLICY, frameAncestorsOf, frameAncestorsProblem, headersFile, pagePolicy } from '../../src/lib/web/host-headers.ts';
import { absoluteUrl, citableUrl } from '../../src/lib/web/urls.ts';
import { portalLink } from '../../src/lib/web/portal.ts';

describe('frameAncestorsOf (FRAME_ANCESTORS)', () => {
  it.each([
    [undefined, [], []],
    ['', [], []],
    ['  \n ', [], []],
    ['https://portal.example', ['https://portal.example'], []],
    ['https://portal.example/', ['https://portal.example'], []],
    ['https://Portal.Example:443 https://www.portal.example:8443', ['https://portal.example', 'https://www.portal.example:8443'], []],
    ['https://portal.example  https://portal.example/', ['https://portal.example'], []],
    ['https://例子.example', ['https://xn--fsqu00a.example'], []],
    ['http://portal.example', [], ['http://portal.example']],
    ['https://portal.example/zt/', [], ['https://portal.example/zt/']],
    ['https://portal.example?x=1 https://portal.example#top', [], ['https://portal.example?x=1', 'https://portal.example#top']],
    ['https://portal.example? https://portal.example/#', [], ['https://portal.example?', 'https://portal.example/#']],
    ['https://user@portal.example', [], ['https://user@portal.example']],
    ['https://[::1] https://portal.example. https://192.168.0.1', ['https://192.168.0.1'], ['https://[::1]', 'https://portal.example.']],
    ['https://*.portal.example', [], ['https://*.portal.example']],
    ["'self' * portal.example", [], ["'self'", '*', 'portal.example']],
    ['https://portal.example,https://www.portal.example', [], ['https://portal.example,https://www.portal.example']],
  ])('%j → origins %j, bad %j', (value, origins, bad) => {
    expect(frameAncestorsOf(value)).toEqual({ origins, bad });
  });

  it('names every bad value in Chinese and English', () => {
    expect(frameAncestorsProblem(['http://a.example']).split('\n')).toEqual([
      'FRAME_ANCESTORS 有误：“http://a.example” 不是 https 网站的源。每个源只写 https://、域名和可选的端口，不带路径，例如 https://portal.example；多个源用空格分开；本站自身总是允许。',
      'FRAME_ANCESTORS is invalid: "http://a.example" is not an https origin. Write each as https://, a host name and an optional port, without a path, e.g. https://portal.example; separate several with spaces; the site itself is always allowed.',
    ]);
    expect(frameAncestorsProblem(['a', 'b'])).toContain('“a”、“b”');
    expect(frameAncestorsProblem(['a', 'b'])).toContain('"a", "b" are not https origins');
  });
});

describe('headersFile (_headers)', () => {
  it('frames pages for nobody by default, with X-Frame-Options DENY; embeds for anyone', () => {
    const file = headersFile('/', []);
    expect(file).toContain(`\n/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'\n  X-Frame-Options: DENY\n`);
    expect(file).toContain(`\n/embed/*\n  Content-Security-Policy: frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'\n  ! X-Frame-Options\n`);
  });

  it('lets the site itself and the given origins frame pages, without X-Frame-Options, and prefixes the base path', () => {
    const file = headersFile('/minsheng/', ['https://portal.example', 'https://www.portal.example']);
    expect(file).toContain(`\n/minsheng/*\n  Content-Security-Policy: frame-ancestors 'self' https://portal.example https://www.portal.example; object-src 'none'; base-uri 'self'; form-action 'self'\n  X-Content-Type-Options: nosniff\n`);
    expect(file).not.toContain('X-Frame-Options: DENY');
    expect(file).toContain(`\n/minsheng/embed/*\n  Content-Security-Policy: ${EMBED_POLICY}\n`);
    expect(file).not.toMatch(/^\/\*$/m);
  });

  it('writes the policies it names', () => {
    expect(pagePolicy([])).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
    expect(pagePolicy(['https://portal.example'])).toBe("frame-ancestors 'self' https://portal.example; object-src 'none'; base-uri 'self'; form-action 'self'");
  });
});

describe('absoluteUrl and citableUrl', () => {
  it.each([
    ['/2024/', 'https://example.org', 'https://example.org/2024/', 'https://example.org/2024/'],
    ['/minsheng/t/x/', 'https://example.org', 'https://example.org/minsheng/t/x/', 'https://example.org/minsheng/t/x/'],
    ['/2024/', undefined, undefined, '/2024/'],
  ])('%s on %s → %s (cited as %s)', (path, site, absolute, cited) => {
    expect(absoluteUrl(path, site)).toBe(absolute);
    expect(citableUrl(path, site)).toBe(cited);
  });
});

describe('the portal (content/site.json portal)', () => {
  const portal = PortalSchema.parse({ name: '示例门户', url: 'https://portal.example/', translations: { en: { name: 'Example portal' } } });

  it.each([
    ['zh-CN', { name: '示例门户', translated: false, url: 'https://portal.example/' }],
    ['en', { name: 'Example portal', translated: true, url: 'https://portal.example/' }],
    ['qaa', { name: '示例门户', translated: false, url: 'https://portal.example/' }],
  ])('links to it in %s', (lang, link) => {
    expect(portalLink(portal, lang)).toEqual(link);
  });

  it('has no link without one', () => {
    expect(portalLink(undefined, 'zh-CN')).toBeUndefined();
    expect(SiteConfigSchema.parse({}).portal).toBeUndefined();
  });

  it.each([
    [{ name: '示例门户' }, 'url'],
    [{ name: '示例门户', url: 'portal.example' }, 'url'],
    [{ name: ' ', url: 'https://portal.example/' }, 'name'],
    [{ name: '示例门户', url: 'https://portal.example/', home: 'x' }, ''],
  ])('refuses %j (at %s)', (value, key) => {
    const result = SiteConfigSchema.safeParse({ portal: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe(['portal', key].filter(Boolean).join('.'));
  });
});
