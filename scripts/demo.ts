/**
 * Demo site from synthetic data, kept apart from content/:
 *   node scripts/demo.ts data    writes the demo content root (test/fixtures/demo/, git-ignored)
 *   node scripts/demo.ts build   …then builds it to dist-demo/
 *   node scripts/demo.ts serve   …then serves it on http://127.0.0.1:4321/
 * The demo root is the real plan, projects and reference lists plus generated reports and a
 * synthetic.json marker, so every page carries the banner 演示数据，非真实进度; and the invented
 * region and county plans of scripts/demo/issuers.ts, linked target to target with the real plan's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { formatProblems } from '../src/lib/content-rules/index.ts';
import { checkContentRoot } from '../src/node/check-content.ts';
import { readContent } from '../src/node/read-content.ts';
import { todayIso } from '../src/node/today.ts';
import { CountySchema } from '../src/schemas/county.ts';
import { PlanSchema } from '../src/schemas/plan.ts';
import { ProjectSchema, type Project } from '../src/schemas/project.ts';
import type { County } from '../src/schemas/county.ts';
import type { RawFile } from '../src/lib/content-rules/index.ts';
import { stringify } from 'yaml';
import { Resvg } from '@resvg/resvg-js';
import { DEMO_REPORTING, demoAttachment, generateDemoAdjustments, generateDemoReports } from './demo/generate.ts';
import { DEMO_LINKS, DEMO_PLANS, DEMO_PREFECTURE, demoPlanFile, demoProject, demoSourceText } from './demo/issuers.ts';

const ROOT = join(import.meta.dirname, '..');
export const DEMO_CONTENT = join(ROOT, 'test', 'fixtures', 'demo');
const DEMO_OUT = join(ROOT, 'dist-demo');

/** Writes the demo content root; returns its path. Throws if the result would not pass the content check. */
export function writeDemoContent(target: string = DEMO_CONTENT): string {
  const real = readContent(join(ROOT, 'content'));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'progress'), { recursive: true });
  mkdirSync(join(target, 'adjustments'), { recursive: true });
  for (const part of ['issuers', 'plans', 'projects', 'sources', 'schemas', 'site.json', 'search-terms.json', 'departments.json', 'counties.json', 'status-words.json']) {
    cpSync(join(ROOT, 'content', part), join(target, part), { recursive: true });
  }
  writeFileSync(join(target, 'synthetic.json'), `${JSON.stringify({ notice: '演示数据，非真实进度 — demo data, not real progress' }, null, 2)}\n`);
  writeDemoPortal(target);
  writeDemoIdentity(target);
  const projects = real.projects.map((f) => ProjectSchema.parse(f.data));
  const counties = z.array(CountySchema).parse(real.counties.data);
  for (const [index, plan] of real.plans.map((f) => PlanSchema.parse(f.data)).entries()) {
    // The demo plan states an (invented) reporting cadence, so pages can show the next due date and an overdue report.
    const raw = real.plans[index]!.data as Record<string, unknown>;
    // …and an (invented) publication time, so its pages show a 发布时间 (real content has git's, or the office's own).
    writeFileSync(join(target, 'plans', `${plan.id}.json`), `${JSON.stringify({ ...raw, reporting: DEMO_REPORTING, publishedAt: `${plan.year}-01-10 10:00` }, null, 2)}\n`);
    for (const report of generateDemoReports(plan, projects, counties)) {
      writeFileSync(join(target, 'progress', `${report.asOf}.json`), `${JSON.stringify(report, null, 2)}\n`);
    }
    for (const adjustment of generateDemoAdjustments(plan)) {
      writeFileSync(join(target, 'adjustments', `${adjustment.effective}-${adjustment.target}.json`), `${JSON.stringify(adjustment, null, 2)}\n`);
    }
    const attachment = demoAttachment(plan.year);
    writeFileSync(join(target, attachment.path), attachment.bytes);
  }
  writeDemoIssuers(target, real.projects, counties);
  const { problems } = checkContentRoot(target, todayIso());
  if (problems.length > 0) throw new Error(`demo content fails the check:\n${formatProblems(problems)}`);
  return target;
}

/**
 * The portal the demo sits under as a 专题, so its header shows 返回门户: an example, named as one, at
 * an address reserved for examples (.example, RFC 2606). content/site.json has none until the office
 * names its real portal.
 */
export const DEMO_PORTAL = { name: '示例门户（演示）', url: 'https://portal.example/', translations: { en: { name: 'Example portal (demo)' } } };

/** Adds DEMO_PORTAL to the demo root's site.json. */
function writeDemoPortal(target: string): void {
  const path = join(target, 'site.json');
  writeJson(path, { ...(JSON.parse(readFileSync(path, 'utf8')) as object), portal: DEMO_PORTAL });
}

/**
 * The identifiers the demo's footer shows: examples, each plainly not real (zeros, .example
 * addresses), and the footer says they are examples. content/site.json has none until the office
 * supplies its real ones.
 */
export const DEMO_IDENTITY = {
  host: '示例主办单位（演示）',
  organiser: '示例承办单位（演示）',
  siteCode: '0000000000',
  icp: '新ICP备00000000号',
  publicSecurity: '新公网安备00000000000000号',
  contact: { phone: '0000-0000000', email: 'demo@example.org', address: '示例地址（演示）' },
  errorReportUrl: 'https://jiucuo.example/exposure/jiucuo.html?site_code={siteCode}&url={url}',
  disclosureUrl: 'https://portal.example/disclosure/',
  badge: { image: 'identity/badge-example.png', url: 'https://badge.example/verify/' },
};

/**
 * An example badge image: a PNG (the formats a badge may be, src/node/badge.ts), a red frame crossed
 * out, the usual mark of a placeholder, drawn without text so it renders the same on any machine.
 * The real 党政机关网站标识 comes from CONAC with the site's registration (docs/HOSTING.md).
 */
export function exampleBadgePng(): Buffer {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="55" height="67" viewBox="0 0 55 67"><rect x="1" y="1" width="53" height="65" fill="#fff" stroke="#b00" stroke-width="2"/><path d="M8 8 47 59M47 8 8 59" stroke="#b00" stroke-width="2"/></svg>';
  return Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
}

/** Adds DEMO_IDENTITY to the demo root's site.json, with its example badge image. */
function writeDemoIdentity(target: string): void {
  const path = join(target, 'site.json');
  writeJson(path, { ...(JSON.parse(readFileSync(path, 'utf8')) as object), identity: DEMO_IDENTITY });
  mkdirSync(join(target, 'identity'), { recursive: true });
  writeFileSync(join(target, DEMO_IDENTITY.badge.image), exampleBadgePng());
}

/** A JSON file, pretty-printed, its folder made. */
function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * The invented issuers and their plans (scripts/demo/issuers.ts): issuer files, the units they name,
 * official texts, projects and generated reports; the prefecture placed under the region, and its
 * linked targets given their contributesTo.
 */
function writeDemoIssuers(target: string, realProjects: RawFile[], counties: County[]): void {
  const prefecture = JSON.parse(readFileSync(join(target, 'issuers', `${DEMO_PREFECTURE}.json`), 'utf8'));
  writeJson(join(target, 'issuers', `${DEMO_PREFECTURE}.json`), { ...prefecture, parent: DEMO_PLANS[0]!.issuer.id });
  const departments = JSON.parse(readFileSync(join(target, 'departments.json'), 'utf8')) as unknown[];
  writeJson(join(target, 'departments.json'), [...departments, ...DEMO_PLANS.flatMap((plan) => [plan.lead, plan.responsible])]);
  for (const raw of realProjects) {
    const data = raw.data as Project;
    if (!data.subItems.some((s) => s.targets.some((t) => DEMO_LINKS[t.id]))) continue;
    const linked = { ...data, subItems: data.subItems.map((s) => ({ ...s, targets: s.targets.map((t) => (DEMO_LINKS[t.id] ? { ...t, contributesTo: DEMO_LINKS[t.id] } : t)) })) };
    writeFileSync(join(target, 'projects', data.plan, `${data.id}.mdx`), `---\n${stringify(linked, { lineWidth: 0, aliasDuplicateObjects: false })}---\n${raw.body ?? ''}`);
  }
  for (const plan of DEMO_PLANS) {
    writeJson(join(target, 'issuers', `${plan.issuer.id}.json`), plan.issuer);
    writeFileSync(join(target, 'sources', `${plan.planId}.txt`), demoSourceText(plan));
    const planFile = PlanSchema.parse(demoPlanFile(plan));
    writeJson(join(target, 'plans', `${plan.planId}.json`), demoPlanFile(plan));
    const project = ProjectSchema.parse(demoProject(plan));
    mkdirSync(join(target, 'projects', plan.planId), { recursive: true });
    writeFileSync(join(target, 'projects', plan.planId, `${project.id}.mdx`), `---\n${stringify(demoProject(plan), { lineWidth: 0, aliasDuplicateObjects: false })}---\n`);
    // Quarterly, and only the figures: the prefecture's reports show monthly summaries and the attachment.
    for (const report of generateDemoReports(planFile, [project], counties).filter((r) => /-(03-31|06-30|09-30)$/.test(r.asOf))) {
      const { summary: _summary, ...rest } = report;
      const { attachments: _attachments, ...source } = report.source;
      writeJson(join(target, 'progress', plan.planId, `${report.asOf}.json`), { ...rest, source });
    }
  }
}

function astro(args: string[]): void {
  const result = spawnSync('astro', args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CONTENT_DIR: DEMO_CONTENT, OUT_DIR: DEMO_OUT } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.main) {
  const command = process.argv[2] ?? 'data';
  writeDemoContent();
  console.log(`演示数据已写入 Demo content written: ${DEMO_CONTENT}`);
  if (command === 'build' || command === 'serve') astro(['build']);
  if (command === 'serve') {
    console.log('\n▶ 演示网站 Demo site: http://127.0.0.1:4321/  (演示数据，非真实进度)\n');
    astro(['preview', '--host', '127.0.0.1', '--port', process.env.PORT ?? '4321']);
  }
}
