/**
 * Synthetic issuers for the scale benchmark (scripts/bench-issuers.ts), never real content: one
 * region, prefectures under it (one for every ten issuers) and counties under those, each with a copy
 * of the real 2024 plan (its ids suffixed with the issuer's, its official text the real one, so every
 * content rule holds) and its generated reports. Content roots carry synthetic.json, so every page
 * built from them says it is benchmark data.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { generateDemoReports } from '../demo/generate.ts';
import { readContent } from '../../src/node/read-content.ts';
import { CountySchema } from '../../src/schemas/county.ts';
import type { Issuer } from '../../src/schemas/issuer.ts';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { ProjectSchema } from '../../src/schemas/project.ts';
import { ROOT } from './build.ts';

const real = readContent(join(ROOT, 'content'));
const plan = PlanSchema.parse(real.plans[0]!.data);
const rawPlan = real.plans[0]!.data as Record<string, unknown>;
const projects = real.projects.map((f) => ({ raw: f.data as Record<string, unknown>, body: f.body ?? '', data: ProjectSchema.parse(f.data) }));
const counties = z.array(CountySchema).parse(real.counties.data);

/** Targets in each synthetic issuer's plan (the real plan's). */
export const TARGETS_PER_ISSUER = projects.reduce((sum, p) => sum + p.data.subItems.reduce((n, s) => n + s.targets.length, 0), 0);

/** N issuers as a tree: `r` (region), `p1…` (prefectures, one per ten issuers), `c1…` (counties, spread over the prefectures). */
export function issuerTree(n: number): Issuer[] {
  const prefectures = Math.max(1, Math.round(n / 10));
  const issuers: Issuer[] = [{ id: 'r', name: '合成自治区（性能测试）', level: 'region' }];
  for (let i = 1; i <= Math.min(prefectures, n - 1); i += 1) issuers.push({ id: `p${i}`, name: `合成地州${i}（性能测试）`, level: 'prefecture', parent: 'r' });
  const placed = issuers.length;
  for (let i = 1; i <= n - placed; i += 1) issuers.push({ id: `c${i}`, name: `合成县${i}（性能测试）`, level: 'county', parent: `p${((i - 1) % prefectures) + 1}` });
  return issuers;
}

/** Shards of a tree: each prefecture with its counties stays in one shard; the region's plan goes with the first. */
export function shardsOf(issuers: readonly Issuer[], shards: number): Issuer[][] {
  const groups = new Map<string, Issuer[]>();
  for (const issuer of issuers) {
    const key = issuer.level === 'county' ? issuer.parent! : issuer.id;
    groups.set(key, [...(groups.get(key) ?? []), issuer]);
  }
  const out: Issuer[][] = Array.from({ length: shards }, () => []);
  [...groups.values()].forEach((group, i) => out[i % shards]!.push(...group));
  return out.filter((shard) => shard.length > 0);
}

/** `issuers` and every issuer above them in `tree`, so each parent is known (a shard's region). */
function withAncestors(tree: readonly Issuer[], issuers: readonly Issuer[]): Issuer[] {
  const byId = new Map(tree.map((issuer) => [issuer.id, issuer]));
  const out = new Map(issuers.map((issuer) => [issuer.id, issuer]));
  for (const issuer of issuers) {
    for (let up = issuer.parent; up !== undefined && !out.has(up); up = byId.get(up)?.parent) out.set(up, byId.get(up)!);
  }
  return [...out.values()];
}

/** Writes a content root holding `withPlans`' plans, those issuers and the issuers above them in `tree`; returns it. */
export function writeIssuersContent(root: string, tree: readonly Issuer[], withPlans: readonly Issuer[]): string {
  for (const part of ['sources', 'departments.json', 'counties.json', 'status-words.json']) cpSync(join(ROOT, 'content', part), join(root, part), { recursive: true });
  writeFileSync(join(root, 'site.json'), JSON.stringify({ issuer: withPlans[0]!.id }));
  writeFileSync(join(root, 'synthetic.json'), `${JSON.stringify({ notice: '性能测试数据（合成的发布机关），非真实进度 — benchmark data, not real' })}\n`);
  mkdirSync(join(root, 'issuers'), { recursive: true });
  mkdirSync(join(root, 'plans'), { recursive: true });
  for (const issuer of withAncestors(tree, withPlans)) writeFileSync(join(root, 'issuers', `${issuer.id}.json`), JSON.stringify(issuer));
  for (const issuer of withPlans) {
    const planId = `${issuer.id}-2024`;
    const suffix = `-${issuer.id}`;
    writeFileSync(join(root, 'plans', `${planId}.json`), JSON.stringify({ ...rawPlan, id: planId, issuerId: issuer.id }));
    mkdirSync(join(root, 'projects', planId), { recursive: true });
    const copies = projects.map(({ raw, body, data }) => {
      const copy = { ...data, plan: planId, id: `${data.id}${suffix}`, subItems: data.subItems.map((s) => ({ ...s, targets: s.targets.map((t) => ({ ...t, id: `${t.id}${suffix}` })) })) };
      const written = { ...raw, plan: planId, id: copy.id, subItems: (raw.subItems as Record<string, unknown>[]).map((s, i) => ({ ...s, targets: (s.targets as Record<string, unknown>[]).map((t, j) => ({ ...t, id: copy.subItems[i]!.targets[j]!.id })) })) };
      writeFileSync(join(root, 'projects', planId, `${copy.id}.mdx`), `---\n${stringify(written, { lineWidth: 0, aliasDuplicateObjects: false })}---\n${body}`);
      return copy;
    });
    mkdirSync(join(root, 'progress', planId), { recursive: true });
    for (const report of generateDemoReports({ ...plan, id: planId }, copies, counties)) {
      const { summary: _summary, ...rest } = report;
      const { attachments: _attachments, ...source } = report.source;
      writeFileSync(join(root, 'progress', planId, `${report.asOf}.json`), JSON.stringify({ ...rest, source }));
    }
  }
  return root;
}
