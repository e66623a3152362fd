import { withBase } from './urls.ts';

/**
 * The security headers static hosts send (Netlify, Cloudflare Pages read them from `_headers`;
 * docs/HOSTING.md gives the same set for nginx): everything a `<meta>` Content-Security-Policy cannot
 * say, `frame-ancestors` above all. Pages may be framed by nobody, or, as a 专题 under a portal, by the
 * origins FRAME_ANCESTORS names; embeds by any site.
 */

/** The headers every file gets besides its framing policy. */
const COMMON = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security: max-age=31536000; includeSubDomains',
  'Cross-Origin-Opener-Policy: same-origin',
];

/** The rest of the header policy, after frame-ancestors. */
const POLICY_REST = "object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * The Content-Security-Policy header of pages: framed by nobody, or by the site itself and the
 * given origins.
 * @example pagePolicy([]) // "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
 * @example pagePolicy(['https://portal.example']) // "frame-ancestors 'self' https://portal.example; object-src 'none'; …"
 */
export function pagePolicy(frameAncestors: readonly string[]): string {
  return `frame-ancestors ${frameAncestors.length > 0 ? `'self' ${frameAncestors.join(' ')}` : "'none'"}; ${POLICY_REST}`;
}

/** The Content-Security-Policy header of embeds, which any site may frame. */
export const EMBED_POLICY = `frame-ancestors *; ${POLICY_REST}`;

/**
 * The `_headers` file for a site under `base`: its rules' paths carry the base, as `_redirects` does.
 * With origins allowed to frame pages, pages drop `X-Frame-Options: DENY`, which cannot name an
 * origin (browsers that know frame-ancestors ignore it, and the rest would refuse the portal).
 */
export function headersFile(base: string, frameAncestors: readonly string[]): string {
  const framed = frameAncestors.length > 0;
  return [
    '# Security headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Every page also carries a Content-Security-Policy <meta> tag with hashes of its own scripts and',
    "# styles (script-src and style-src without 'unsafe-inline'); browsers enforce both policies, so",
    '# these headers add only what a <meta> policy cannot say. See docs/HOSTING.md (nginx, sub-paths).',
    ...(framed ? ['# Pages may be framed by the portal (FRAME_ANCESTORS at build time).'] : []),
    withBase(base, '*'),
    `  Content-Security-Policy: ${pagePolicy(frameAncestors)}`,
    ...(framed ? [] : ['  X-Frame-Options: DENY']),
    ...COMMON.map((header) => `  ${header}`),
    '',
    '# Embeddable charts may be framed by any site.',
    withBase(base, 'embed/*'),
    `  Content-Security-Policy: ${EMBED_POLICY}`,
    '  ! X-Frame-Options',
    '',
  ].join('\n');
}

/**
 * FRAME_ANCESTORS read: the origins (space-separated) that may frame the site's pages, each an https
 * origin without a path (a trailing slash is allowed), normalised as browsers compare them
 * (lower-case host, no default port); `bad` lists every value that is not one. Unset or blank: none.
 * @example frameAncestorsOf('https://Portal.example/ https://www.portal.example') // { origins: ['https://portal.example', 'https://www.portal.example'], bad: [] }
 * @example frameAncestorsOf('https://portal.example/zt/') // { origins: [], bad: ['https://portal.example/zt/'] }
 */
export function frameAncestorsOf(value: string | undefined): { origins: string[]; bad: string[] } {
  const origins: string[] = [];
  const bad: string[] = [];
  for (const token of (value ?? '').split(/\s+/).filter(Boolean)) {
    const origin = httpsOrigin(token);
    if (origin === undefined) bad.push(token);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, bad };
}

/**
 * A value's https origin, or undefined when it is not one alone: read by the URL parser browsers use,
 * it must be https, name a host of letters, digits, dots and hyphens (no wildcard, no IP literal),
 * and hold nothing past the origin (no user, path, query or fragment, not even an empty one); the
 * origin comes out as browsers serialise it.
 */
function httpsOrigin(token: string): string | undefined {
  const url = URL.parse(token);
  if (url?.protocol !== 'https:' || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(url.hostname)) return undefined;
  return url.href === `${url.origin}/` ? url.origin : undefined;
}

/** The build's message for FRAME_ANCESTORS values that are not https origins, in Chinese and English. */
export function frameAncestorsProblem(bad: readonly string[]): string {
  const values = bad.map((value) => `“${value}”`).join('、');
  return [
    `FRAME_ANCESTORS 有误：${values} 不是 https 网站的源。每个源只写 https://、域名和可选的端口，不带路径，例如 https://portal.example；多个源用空格分开；本站自身总是允许。`,
    `FRAME_ANCESTORS is invalid: ${bad.map((value) => `"${value}"`).join(', ')} ${bad.length === 1 ? 'is not an https origin' : 'are not https origins'}. Write each as https://, a host name and an optional port, without a path, e.g. https://portal.example; separate several with spaces; the site itself is always allowed.`,
  ].join('\n');
}
