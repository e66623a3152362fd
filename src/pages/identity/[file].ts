import type { APIRoute, GetStaticPaths } from 'astro';
import { BADGE_TYPES, readBadge } from '../../node/badge.ts';
import { readSiteConfig } from '../../node/site-config.ts';

/**
 * The 党政机关网站标识 image (content/site.json `identity.badge.image`, under content/identity/),
 * published at the same path so the footer shows it from this site: no third-party script or image.
 */
export const getStaticPaths = (() => {
  const image = readSiteConfig().identity?.badge?.image;
  return image ? [{ params: { file: image.slice('identity/'.length) }, props: { image } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ image: string }> = ({ props }) =>
  new Response(new Uint8Array(readBadge(props.image) ?? []), { headers: { 'Content-Type': BADGE_TYPES[props.image.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
