import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawFile } from '../lib/content-rules/index.ts';
import { CONTENT_FILES, listFiles } from './read-content.ts';
import { readJsonFile, readMdxFile } from './read-file.ts';

/**
 * Astro content loaders over the content check's own reader (read-file.ts), in place of Astro's
 * glob() and file(), which parse with their own tolerance (a BOM crashed them after the check had
 * passed the file). Each collection lists its files with the check's CONTENT_FILES patterns and takes
 * each file's data exactly as the check judged it. A file the reader refuses is skipped with a
 * logged message: a build never gets this far with one, because the content check runs at build
 * start and stops it with the bilingual list of problems; `astro dev` shows the same list.
 */

type Fields = Record<string, unknown>;

/** Logs a file the reader refused (the content check reports it in full). */
function refused(logger: LoaderContext['logger'], read: RawFile): void {
  logger.error(`${read.file}: ${read.parseError?.zh} — ${read.parseError?.en}`);
}

/** The data of a file read as an object, or undefined (logged) when the reader refuses it. */
function objectOf(logger: LoaderContext['logger'], read: RawFile): Fields | undefined {
  if (read.parseError !== undefined) {
    refused(logger, read);
    return undefined;
  }
  if (read.data === null || typeof read.data !== 'object' || Array.isArray(read.data)) return undefined;
  return read.data as Fields;
}

/**
 * `astro dev` only: reloads a collection, through the same reader, when a file of it is added,
 * changed or removed. Returns whether it watches (once per loader is enough).
 */
function watch(context: LoaderContext, path: string, matches: (changed: string) => boolean, load: (context: LoaderContext) => Promise<void>): boolean {
  const { watcher, logger } = context;
  if (!watcher) return false;
  watcher.add(path);
  const reload = (changed: string): void => {
    if (matches(changed)) load(context).catch((error: Error) => logger.error(`${changed}: ${error.message}`));
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
  return true;
}

/**
 * A collection of one content folder: one entry per file that CONTENT_FILES names, its id made from
 * its own data (`idOf`), never from its file name. MDX files keep their body and render from their
 * module, as Astro's glob() loader does for them.
 */
export function contentFolder(root: string, folder: keyof typeof CONTENT_FILES, idOf: (data: Fields) => string): Loader {
  const mdx = folder === 'projects';
  const dir = join(root, folder);
  let watching = false;
  const loadFolder = async ({ config, logger, parseData, store, generateDigest }: LoaderContext): Promise<void> => {
    const projectRoot = fileURLToPath(config.root);
    store.clear();
    for (const path of listFiles(dir, CONTENT_FILES[folder]).matching) {
      const read = mdx ? readMdxFile(path) : readJsonFile(path);
      const data = objectOf(logger, read);
      if (data === undefined) continue;
      const id = idOf(data);
      const filePath = relative(projectRoot, path).split('\\').join('/');
      const parsed = await parseData({ id, data, filePath: path });
      const digest = generateDigest(JSON.stringify([data, read.body ?? '']));
      store.set({ id, data: parsed, filePath, digest, ...(mdx ? { body: read.body?.trim() ?? '', deferredRender: true } : {}) });
    }
  };
  return {
    name: `minsheng:${folder}`,
    load: async (context) => {
      await loadFolder(context);
      if (!watching) watching = watch(context, dir, (changed) => changed.startsWith(dir) && CONTENT_FILES[folder].test(basename(changed)), loadFolder);
    },
  };
}

/**
 * Whether a content folder holds any file its collection loads. progress/ and adjustments/ hold none
 * until the first report, by design, and Astro's getCollection warns on every read of an empty
 * collection ("does not exist or is empty"), which a newcomer can do nothing about: src/data/site.ts
 * reads those collections only when their folder has files, so a folder whose files all fail to
 * load still warns.
 */
export function folderHasFiles(root: string, folder: keyof typeof CONTENT_FILES): boolean {
  return listFiles(join(root, folder), CONTENT_FILES[folder]).matching.length > 0;
}

/** A collection of one JSON file holding a list of entries, each with its own `id` (departments, counties). */
export function contentList(root: string, name: string): Loader {
  const path = join(root, name);
  let watching = false;
  const loadList = async ({ logger, parseData, store, generateDigest }: LoaderContext): Promise<void> => {
    store.clear();
    if (!existsSync(path)) return;
    const read = readJsonFile(path);
    if (read.parseError !== undefined) return refused(logger, read);
    const items = Array.isArray(read.data) ? (read.data as unknown[]) : [];
    for (const item of items) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
      const data = item as Fields;
      const id = String(data.id);
      store.set({ id, data: await parseData({ id, data, filePath: path }), digest: generateDigest(data) });
    }
  };
  return {
    name: `minsheng:${name}`,
    load: async (context) => {
      await loadList(context);
      if (!watching) watching = watch(context, path, (changed) => changed === path, loadList);
    },
  };
}
