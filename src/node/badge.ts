import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './read-content.ts';

/** Content types of the badge images content/site.json `identity.badge.image` may name. */
export const BADGE_TYPES: Record<string, string> = { png: 'image/png', gif: 'image/gif', jpg: 'image/jpeg', svg: 'image/svg+xml' };

/**
 * The badge image's bytes (content/identity/<name>), or undefined when it is not a regular file
 * inside the content root: no symlink is followed, neither the file nor a folder on its way (a
 * target may be outside the repository).
 */
export function readBadge(image: string, root: string = contentRoot()): Buffer | undefined {
  const parts = image.split('/');
  for (let i = 1; i <= parts.length; i += 1) {
    const stat = lstatSync(join(root, ...parts.slice(0, i)), { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink() || (i < parts.length ? !stat.isDirectory() : !stat.isFile())) return undefined;
  }
  return readFileSync(join(root, image));
}
