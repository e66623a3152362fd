import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Package } from 'datapackage';
import { parseRssFeed } from 'feedsmith';
import jsQR from 'jsqr';
import vnuJar from 'vnu-jar';

/**
 * Third-party clients, run over a built site the way journalists' and researchers' tools read it:
 * the W3C Nu HTML validator, the Frictionless Data library, a feed parser and a QR decoder.
 */

/** One error the Nu validator reports: file (relative to the site), line and message. */
export interface HtmlError {
  file: string;
  line: number | undefined;
  message: string;
}

/**
 * Every error the W3C Nu validator (vnu.jar, on the system's Java) finds in built sites' HTML files,
 * by site folder, checked in one Java process over all the folders (a second process would start
 * and warm up Java again: about 5 s of the suite).
 */
export function nuValidatorErrors(dirs: readonly string[]): Map<string, HtmlError[]> {
  const run = spawnSync('java', ['-jar', String(vnuJar), '--errors-only', '--format', 'json', '--skip-non-html', ...dirs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  const errors = new Map(dirs.map((dir) => [dir, [] as HtmlError[]]));
  for (const m of report.messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue;
    const path = m.url ? new URL(m.url).pathname : '';
    // A message without a file, or outside every folder, counts against each site: it cannot be placed.
    const dir = dirs.find((d) => path.startsWith(`${d}/`));
    for (const site of dir ? [dir] : dirs) errors.get(site)!.push({ file: path ? relative(site, path) : '', line: m.lastLine, message: m.message });
  }
  return errors;
}

/** Every `datapackage.json` under a built site's /data/ folder. */
export function dataPackagePaths(dir: string): string[] {
  return readdirSync(join(dir, 'data'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('datapackage.json'))
    .map((file) => join(dir, 'data', file))
    .sort();
}

/**
 * Everything the Frictionless Data library (datapackage-js) finds wrong with a data package: its
 * descriptor checked against the official profiles it ships (tabular-data-package and
 * tabular-data-resource), then every resource read through its descriptor (dialect, encoding,
 * field names and types, primary and foreign keys). Also the rows read, per resource.
 */
export async function frictionlessErrors(descriptorPath: string): Promise<{ errors: string[]; rows: Record<string, Record<string, unknown>[]> }> {
  const pkg = await Package.load(descriptorPath, { strict: false });
  const errors: string[] = pkg.errors.map((e: Error) => `${descriptorPath}: ${e.message}`);
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const resource of pkg.resources) {
    if (!resource.valid) errors.push(...resource.errors.map((e: Error) => `${resource.name}: ${e.message}`));
    try {
      rows[resource.name] = await resource.read({ keyed: true, cast: true, relations: true });
      const header: string[] = resource.headers;
      const declared = resource.schema.fields.map((f: { name: string }) => f.name);
      if (JSON.stringify(header) !== JSON.stringify(declared)) errors.push(`${resource.name}: header ${JSON.stringify(header)} is not the schema's ${JSON.stringify(declared)}`);
    } catch (error) {
      const e = error as Error & { errors?: Error[] };
      errors.push(`${resource.name}: ${e.message}${(e.errors ?? []).map((x) => `; ${x.message}`).join('')}`);
    }
  }
  return { errors, rows };
}

/** A feed parsed by feedsmith (strict RSS 2.0 with its namespaces). */
export function parseFeed(path: string): ReturnType<typeof parseRssFeed> {
  return parseRssFeed(readFileSync(path, 'utf8'));
}

/** What a QR decoder reads from an SVG QR code, and how wide its quiet zone is, in modules. */
export interface DecodedQr {
  text: string;
  quietZone: number;
}

/**
 * Decodes an SVG QR code (rendered by resvg at 8 px a module, read by jsQR) and measures its quiet
 * zone: the white margin between the symbol's edge and its first dark module, in modules.
 */
export function decodeQr(svg: string): DecodedQr | undefined {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!viewBox) return undefined;
  const size = Number(viewBox[1]);
  const scale = 8;
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size * scale }, background: '#ffffff' }).render();
  const pixels = new Uint8ClampedArray(image.pixels); // RGBA; the getter copies, so read it once
  const { width, height } = image;
  const code = jsQR(pixels, width, height);
  if (!code) return undefined;
  // The quiet zone ends at the dark pixel nearest the top or left edge.
  let first = width;
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) if (pixels[(y * width + x) * 4] < 128) first = Math.min(first, x, y);
  return { text: code.data, quietZone: first / scale };
}
