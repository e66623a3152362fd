import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeFormat, readBadge } from '../../node/badge.ts';
import { readSiteConfig } from '../../node/site-config.ts';

/**
 * The 党政机关网站标识 image (content/site.json `identity.badge.image`, under content/identity/),
 * published at the same path so the footer shows it from this site: no third-party script or image.
 */
export const getStaticPaths = (() => {
  const image = readSiteConfig().identity?.badge?.image;
  return image ? [{ params: { file: image.slice('identity/'.length) }, props: { image } }] : [];
}) satisfies GetStaticPaths;

/** The content check has refused a missing badge or one that is not its format before any build gets here. */
export const GET: APIRoute<{ image: string }> = ({ props }) => {
  const badge = readBadge(props.image);
  if (!('bytes' in badge)) throw new Error(`identity.badge.image ${props.image}: ${badge.problem}`);
  return new Response(new Uint8Array(badge.bytes), { headers: { 'Content-Type': badgeFormat(props.image)!.type } });
};
