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
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { readContent } from '../src/node/read-content.ts';
import { CountySchema } from '../src/schemas/county.ts';
import { PlanSchema } from '../src/schemas/plan.ts';
import { ProjectSchema, type Project } from '../src/schemas/project.ts';
import { generateDemoReports } from './demo/generate.ts';
import { ROOT, buildCommand, projectCopy } from './lib/build.ts';
import { markdownTable } from './lib/markdown.ts';


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
    for (const report of generateDemoReports(plan, scaled.map((p) => p.data), counties)) {
      writeFileSync(join(root, 'progress', `${report.asOf}.json`), JSON.stringify(report));
    }
  }
  return root;
}

function countFiles(dir: string, suffix: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(suffix)).length;
}

/** Builds each size from scratch; returns a Markdown section. */
export function benchScale(factors: readonly number[] = [1, 10, 100]): string {
  const rows: { factor: number; targets: number; pages: number; seconds: number; peakMb: number }[] = [];
  for (const factor of factors) {
    const content = writeScaledContent(factor);
    const out = mkdtempSync(join(tmpdir(), `scale-out-${factor}x-`));
    process.stderr.write(`building ${factor}× … `);
    // GNU time reports the largest resident set of the build's processes (Node, and Pagefind's binary).
    const project = projectCopy();
    const build = buildCommand(project, { CONTENT_DIR: content, OUT_DIR: out, TODAY: '2026-11-29' });
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', build.command, ...build.args, '--silent'], { cwd: build.cwd, encoding: 'utf8', env: build.env, maxBuffer: 64 * 1024 * 1024 });
    rmSync(project, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`build at ${factor}× failed:\n${run.stdout}\n${run.stderr}`);
    const [seconds, kilobytes] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    const row = { factor, targets: 44 * factor, pages: countFiles(out, '.html'), seconds, peakMb: kilobytes / 1024 };
    rows.push(row);
    process.stderr.write(`${row.pages} pages in ${seconds.toFixed(1)} s, peak ${row.peakMb.toFixed(0)} MB\n`);
    rmSync(out, { recursive: true, force: true });
  }
  const base = rows[0];
  return [
    '### Build and index at scale',
    '',
    'Synthetic content (the real projects copied with new ids, twelve monthly synthetic reports) written to a temporary folder, built from scratch: pages, data packages and the Pagefind index. Peak memory is the largest process (GNU time).',
    '',
    markdownTable(
      ['content', 'targets', 'HTML pages', 'build + index', 'per page', 'peak memory', 'time vs 1×'],
      rows.map((r) => [`${r.factor}×`, String(r.targets), String(r.pages), `${r.seconds.toFixed(1)} s`, `${((r.seconds / r.pages) * 1000).toFixed(1)} ms`, `${r.peakMb.toFixed(0)} MB`, `${(r.seconds / base.seconds).toFixed(1)}×`]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  ].join('\n');
}

if (import.meta.main) {
  const factors = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(benchScale(factors.length > 0 ? factors : undefined));
}
