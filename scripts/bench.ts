/**
 * npm run bench — runs every benchmark and writes docs/PERFORMANCE.md with the date and machine.
 * Benchmarks print figures; none fails on timing or size (the tests check behaviour, not speed).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchCheck } from './bench-check.ts';
import { benchImport } from './bench-import.ts';
import { benchIssuers } from './bench-issuers.ts';
import { benchLighthouse } from './bench-lighthouse.ts';
import { benchScale } from './bench-scale.ts';
import { benchSearch } from './bench-search.ts';
import { benchTransfer } from './bench-transfer.ts';
import { CHROMIUM } from './lib/browser.ts';
import { ROOT } from './lib/build.ts';

const chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}`;
const date = new Date().toISOString().slice(0, 10);

const sections: string[] = [];
for (const [name, run] of [
  ['transfer', benchTransfer],
  ['search', benchSearch],
  ['lighthouse', benchLighthouse],
  ['scale', () => benchScale()],
  // About 45 minutes on this 2-core machine (1,000 issuers as ten shards).
  ['issuers', () => benchIssuers([10, 100, 1000])],
  ['check', () => benchCheck()],
  ['import', () => benchImport()],
] as const) {
  process.stderr.write(`▶ ${name}\n`);
  const section = await run();
  console.log(`${section}\n`);
  sections.push(section);
}

const doc = `# 性能 · Performance

Measured by \`npm run bench\` on ${date}: ${machine}.
Rerun it after changes that may matter and commit this file; each benchmark also runs alone
(\`npm run bench:transfer\`, \`bench:search\`, \`bench:lighthouse\`, \`bench:scale\`, \`bench:issuers\`, \`bench:check\`, \`bench:import\`).

Aims: home ≤ 50 KB total transfer; on pages without charts or search only the reading switches'
script (≤ 512 B gzip: 大字 and 高对比, applied before the first paint), and ≤ 55 KB gzip on a
chart page; a first search ≤ 120 KB and ≤ 300 ms to results, and typing to results no slower than a
default Starlight site with the same content measured in the same run; Lighthouse ≥ 98 performance and 100 for
accessibility, best practices and SEO; 100× content built in ≤ 5 min on 2 cores, growing linearly; a 5 MB progress report checked in ≤ 10 s,
growing linearly; a workbook with every target of the plan imported in ≤ 5 s.

${sections.join('\n\n')}
`;
writeFileSync(join(ROOT, 'docs', 'PERFORMANCE.md'), doc);
console.log(`written: docs/PERFORMANCE.md`);
