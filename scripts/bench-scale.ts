/**
 * npm run bench:scale — build and index time, and peak memory, at 1×, 10× and 100× the content.
 * A synthetic generator writes each size to a temporary folder (never content/): the real plan's
 * projects copied with new ids, and twelve monthly synthetic reports for all of their targets. Each
 * size is built from scratch with the site's own build (pages, data packages, Pagefind index).
 * Prints figures; never fails on them (aim: 100× in ≤ 5 min on 2 cores, growing linearly).
 * Usage: node scripts/bench-scale.ts [factors…]   (default 1 10 100)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { readContent } from '../src/node/read-content.ts';
import { CountySchema } from '../src/schemas/county.ts';
import { PlanSchema } from '../src/schemas/plan.ts';
import { ProjectSchema, type Project } from '../src/schemas/project.ts';
import { generateDemoSnapshots } from './demo/generate.ts';

const ROOT = join(import.meta.dirname, '..');
const factors = process.argv.slice(2).map(Number).filter((n) => n > 0);
const FACTORS = factors.length > 0 ? factors : [1, 10, 100];

const real = readContent(join(ROOT, 'content'));
const projects = real.projects.map((f) => ({ data: ProjectSchema.parse(f.data), body: f.body ?? '' }));
const plans = real.plans.map((f) => PlanSchema.parse(f.data));
const counties = z.array(CountySchema).parse(real.counties.data);

/** The real projects copied `factor` times; copies get new ids, numbers and target ids. */
function scaledProjects(factor: number): { data: Project; body: string }[] {
  return Array.from({ length: factor }, (_, copy) =>
    projects.map(({ data, body }) => {
      if (copy === 0) return { data, body };
      const suffix = `-x${copy + 1}`;
      return {
        body,
        data: {
          ...data,
          id: `${data.id}${suffix}`,
          number: data.number + copy * projects.length,
          subItems: data.subItems.map((s) => ({ ...s, targets: s.targets.map((t) => ({ ...t, id: `${t.id}${suffix}` })) })),
        },
      };
    }),
  ).flat();
}

/** Writes a synthetic content root of the given size; returns its path. */
function writeScaledContent(factor: number): string {
  const root = mkdtempSync(join(tmpdir(), `scale-${factor}x-`));
  for (const part of ['plans', 'sources', 'departments.json', 'counties.json', 'site.json']) cpSync(join(ROOT, 'content', part), join(root, part), { recursive: true });
  writeFileSync(join(root, 'synthetic.json'), `${JSON.stringify({ notice: `性能测试数据（${factor}倍），非真实进度 — benchmark data, not real` })}\n`);
  mkdirSync(join(root, 'projects', '2024'), { recursive: true });
  mkdirSync(join(root, 'progress'));
  const scaled = scaledProjects(factor);
  for (const { data, body } of scaled) writeFileSync(join(root, 'projects', data.plan, `${data.id}.mdx`), `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
  for (const plan of plans) {
    for (const snapshot of generateDemoSnapshots(plan, scaled.map((p) => p.data), counties)) {
      writeFileSync(join(root, 'progress', `${snapshot.asOf}.json`), JSON.stringify(snapshot));
    }
  }
  return root;
}

function countFiles(dir: string, suffix: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(suffix)).length;
}

const rows: { factor: number; targets: number; pages: number; seconds: number; peakMb: number }[] = [];
for (const factor of FACTORS) {
  const content = writeScaledContent(factor);
  const out = mkdtempSync(join(tmpdir(), `scale-out-${factor}x-`));
  process.stdout.write(`building ${factor}× … `);
  // GNU time reports the largest resident set of the build's processes (Node, and Pagefind's binary).
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', 'astro', 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, TODAY: '2026-11-29' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const [seconds, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const row = { factor, targets: 44 * factor, pages: countFiles(out, '.html'), seconds, peakMb: kb / 1024 };
  rows.push(row);
  console.log(`${row.pages} pages in ${seconds.toFixed(1)} s, peak ${row.peakMb.toFixed(0)} MB`);
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

const base = rows[0];
console.log(`\nBuild and index at scale (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'})\n`);
console.log('| content | targets | HTML pages | build + index | per page | peak memory | time vs 1× |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.factor}× | ${r.targets} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${((r.seconds / r.pages) * 1000).toFixed(1)} ms | ${r.peakMb.toFixed(0)} MB | ${(r.seconds / base.seconds).toFixed(1)}× |`);
}
