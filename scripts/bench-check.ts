/**
 * npm run bench:check — how long `npm run check` takes to judge a large progress report: 0.25, 1 and
 * 5 MB reports (synthetic, written to a temporary copy of the test fixture, never content/), each
 * checked in-process with the whole content check. The aim: ≤ 10 s for 5 MB, growing linearly.
 * Prints figures; never fails on them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentRoot } from '../src/node/check-content.ts';
import { ROOT } from './lib/build.ts';
import { markdownTable } from './lib/markdown.ts';

const BASE = join(ROOT, 'test', 'fixtures', 'content-base');
const REPORT = 'progress/2024-06-30.json';

/** A report of about `bytes` bytes: the fixture's report with a long note on every entry and many more entries. */
function largeReport(bytes: number): string {
  const report = JSON.parse(readFileSync(join(BASE, REPORT), 'utf8')) as { entries: Record<string, unknown>[]; note?: string };
  const note = '示例说明，'.repeat(40);
  // Unknown targets make a problem each, so the check's reporting path is timed too.
  const entries: Record<string, unknown>[] = [...report.entries];
  let size = JSON.stringify(report).length;
  for (let i = 0; size < bytes; i += 1) {
    const entry = { target: `extra-${i}`, value: i, note };
    entries.push(entry);
    size += Buffer.byteLength(JSON.stringify(entry)) + 4;
  }
  return JSON.stringify({ ...report, entries }, null, 2);
}

/** Checks each size once (after a warm-up); returns a Markdown section. */
export function benchCheck(sizesMb: readonly number[] = [0.25, 1, 5]): string {
  const rows: { mb: number; bytes: number; seconds: number; problems: number }[] = [];
  const warm = mkdtempSync(join(tmpdir(), 'bench-check-'));
  cpSync(BASE, warm, { recursive: true });
  checkContentRoot(warm, '2024-11-29');
  rmSync(warm, { recursive: true, force: true });
  for (const mb of sizesMb) {
    const root = mkdtempSync(join(tmpdir(), 'bench-check-'));
    cpSync(BASE, root, { recursive: true });
    const text = largeReport(mb * 1024 * 1024);
    writeFileSync(join(root, REPORT), text);
    const start = performance.now();
    const { problems } = checkContentRoot(root, '2024-11-29');
    const seconds = (performance.now() - start) / 1000;
    rows.push({ mb, bytes: Buffer.byteLength(text), seconds, problems: problems.length });
    rmSync(root, { recursive: true, force: true });
    process.stderr.write(`${mb} MB: ${seconds.toFixed(2)} s\n`);
  }
  const base = rows[0];
  return [
    '### Content check time (npm run check)',
    '',
    'A synthetic progress report of each size (the test fixture’s report with thousands of entries, each naming an unknown target, so every entry is also reported as a problem), judged by the whole content check in-process. Aim: 5 MB in ≤ 10 s, growing linearly.',
    '',
    markdownTable(
      ['report', 'bytes', 'problems', 'check time', 'per MB', 'time ÷ size vs smallest'],
      rows.map((r) => [`${r.mb} MB`, String(r.bytes), String(r.problems), `${r.seconds.toFixed(2)} s`, `${(r.seconds / (r.bytes / 2 ** 20)).toFixed(2)} s`, `${(r.seconds / r.bytes / (base.seconds / base.bytes)).toFixed(2)}`]),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
  ].join('\n');
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(benchCheck(sizes.length > 0 ? sizes : undefined));
}
