/**
 * A default Starlight site holding the same content as ours, for the search benchmark's comparison
 * (npm run bench:search). Starlight is installed from the npm registry into a temporary folder at
 * benchmark time, never into this project's dependencies, with the same Astro and Pagefind versions
 * as ours. Its pages are Markdown generated from the real content: one per project (summary,
 * plain-language body, each sub-item's official text), per target, per department and per county,
 * so both sites index the same words.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { buildSiteModel, type SiteModel } from '../../src/lib/model/plan-model.ts';
import { targetGoal } from '../../src/lib/web/target-text.ts';
import { readContent } from '../../src/node/read-content.ts';
import { CountySchema } from '../../src/schemas/county.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { ProjectSchema } from '../../src/schemas/project.ts';
import { ReportSchema } from '../../src/schemas/report.ts';
import { ROOT, childEnv } from './build.ts';

/** The version of a package installed in this project. */
const installedVersion = (name: string): string => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** The Chinese site model of a content root. */
function loadModel(root: string, today: string): SiteModel {
  const raw = readContent(root);
  return buildSiteModel({
    plans: raw.plans.map((f) => PlanSchema.parse(f.data)),
    projects: raw.projects.map((f) => ProjectSchema.parse(f.data)),
    reports: raw.reports.map((f) => ReportSchema.parse(f.data)),
    departments: z.array(DepartmentSchema).parse(raw.departments.data),
    counties: z.array(CountySchema).parse(raw.counties.data),
    today,
  });
}

/** A Markdown page with a title. */
const page = (title: string, lines: readonly string[]): string => `---\ntitle: ${JSON.stringify(title)}\n---\n\n${lines.join('\n\n')}\n`;

/** The docs pages (path under src/content/docs/ → Markdown) for the same content. */
export function peerPages(contentDir: string, today: string): Map<string, string> {
  const site = loadModel(contentDir, today);
  const bodies = new Map(readContent(contentDir).projects.map((f) => [String((f.data as { id?: string }).id), f.body ?? '']));
  const unit = (id: string) => site.departmentById.get(id)?.shortName ?? id;
  const place = (id: string) => site.countyById.get(id)?.shortName ?? id;
  const pages = new Map<string, string>();
  pages.set('index.md', page('民生实事', site.plans.map((v) => `${v.plan.title}：${v.projects.map((p) => `[${p.shortTitle}](/${v.plan.id}/${p.id}/)`).join('、')}`)));
  for (const view of site.plans) {
    for (const project of view.projects) {
      pages.set(
        `${view.plan.id}/${project.id}.md`,
        page(project.title, [
          project.summary,
          bodies.get(project.id) ?? '',
          ...project.subItems.map((s) => `## ${s.title}\n\n${s.officialText}`),
          `牵头单位：${project.leadUnits.map(unit).join('、')}。责任单位：${project.responsibleUnits.map(unit).join('、')}。`,
        ]),
      );
      for (const target of project.targets) {
        pages.set(
          `${view.plan.id}/targets/${target.id}.md`,
          page(target.label, [
            `${project.title} · ${target.subItemTitle}`,
            `目标：${targetGoal(target, zhCN)}`,
            `牵头单位：${target.leadUnits.map(unit).join('、')}。责任单位：${target.responsibleUnits.map(unit).join('、')}。`,
            target.countyIds.length > 0 ? `涉及县市：${target.countyIds.map(place).join('、')}` : '',
          ]),
        );
      }
    }
  }
  for (const d of site.departments) {
    const led = site.plans.flatMap((v) => v.targets.filter((t) => t.leadUnits.includes(d.id)));
    pages.set(`departments/${d.id}.md`, page(d.shortName, [`全称：${d.name}`, ...(d.aliases ? [`又称：${d.aliases.join('、')}`] : []), `牵头的指标：${led.map((t) => t.label).join('；') || '无'}`]));
  }
  for (const c of site.counties) {
    const named = site.plans.flatMap((v) => v.targets.filter((t) => t.countyIds.includes(c.id)));
    pages.set(`counties/${c.id}.md`, page(c.shortName, [`全称：${c.name}`, ...(c.aliases ? [`又称：${c.aliases.join('、')}`] : []), `涉及本县市的指标：${named.map((t) => t.label).join('；') || '无'}`]));
  }
  return pages;
}

/**
 * Installs Starlight (with this project's Astro and Pagefind versions) into a new temporary folder,
 * writes the pages and builds the site; returns the built folder and the versions used.
 */
export function buildStarlightPeer(contentDir: string, today: string): { outDir: string; versions: Record<string, string> } {
  // STARLIGHT_PEER=<folder of an earlier peer> reuses it (when rerunning the measurement only).
  const reuse = process.env.STARLIGHT_PEER;
  if (reuse) return { outDir: join(reuse, 'dist'), versions: { astro: installedIn(reuse, 'astro'), pagefind: installedIn(reuse, 'pagefind'), '@astrojs/starlight': installedIn(reuse, '@astrojs/starlight') } };
  const dir = mkdtempSync(join(tmpdir(), 'starlight-peer-'));
  const astro = installedVersion('astro');
  const pagefind = installedVersion('pagefind');
  const pkg = {
    name: 'starlight-peer',
    private: true,
    type: 'module',
    dependencies: { astro, '@astrojs/starlight': 'latest', pagefind },
    overrides: { astro, pagefind },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'ignore', 'inherit'], env: childEnv() });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Starlight's defaults, with the content's language so Pagefind segments Chinese as ours does.
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: '民生实事', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  for (const [path, text] of peerPages(contentDir, today)) {
    const file = join(dir, 'src', 'content', 'docs', path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
  execFileSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: childEnv() });
  return { outDir: join(dir, 'dist'), versions: { astro, pagefind, '@astrojs/starlight': installedIn(dir, '@astrojs/starlight') } };
}

const installedIn = (dir: string, name: string): string => (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
