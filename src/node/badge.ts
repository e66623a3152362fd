import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './read-content.ts';

/**
 * The raster formats a badge image may be (content/site.json `identity.badge.image`), by file
 * extension: its content type and the bytes every such file begins with. No SVG: one served from the
 * site's own origin could carry a script that runs there when the image is opened by itself.
 */
export const BADGE_FORMATS: Readonly<Record<string, { name: string; type: string; signatures: readonly (readonly number[])[] }>> = {
  png: { name: 'PNG', type: 'image/png', signatures: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  gif: { name: 'GIF', type: 'image/gif', signatures: [[...Buffer.from('GIF87a')], [...Buffer.from('GIF89a')]] },
  jpg: { name: 'JPEG', type: 'image/jpeg', signatures: [[0xff, 0xd8, 0xff]] },
};

/** The badge's format, from its file name (the schema allows only BADGE_FORMATS' extensions). */
export const badgeFormat = (image: string) => BADGE_FORMATS[image.slice(image.lastIndexOf('.') + 1)];

/**
 * The badge image's bytes (content/identity/<name>): `missing` when it is not a regular file inside
 * the content root (no symlink is followed, neither the file nor a folder on its way: a target may be
 * outside the repository), `mismatch` when its bytes are not the image format its name says.
 */
export function readBadge(image: string, root: string = contentRoot()): { bytes: Buffer } | { problem: 'missing' | 'mismatch' } {
  const parts = image.split('/');
  for (let i = 1; i <= parts.length; i += 1) {
    const stat = lstatSync(join(root, ...parts.slice(0, i)), { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink() || (i < parts.length ? !stat.isDirectory() : !stat.isFile())) return { problem: 'missing' };
  }
  const bytes = readFileSync(join(root, image));
  const format = badgeFormat(image);
  const matches = format?.signatures.some((signature) => signature.every((byte, i) => bytes[i] === byte)) ?? false;
  return matches ? { bytes } : { problem: 'mismatch' };
}
