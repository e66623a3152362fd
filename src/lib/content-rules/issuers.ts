import type { Plan } from '../../schemas/plan.ts';
import { IssuerSchema, type Issuer } from '../../schemas/issuer.ts';
import { ancestorsOf, issuerShortName, loopOf, planIssuerId } from '../model/issuers.ts';
import { didYouMean } from './hints.ts';
import { parseWith } from './parse.ts';
import { pushInto, type Problem } from './problems.ts';
import type { KnownIds, TargetFacts } from './references.ts';
import { field, text, type RawContent, type RawFile } from './raw-content.ts';

/**
 * Issuers (content/issuers/), the issuer each plan belongs to, and targets that count towards a
 * target of an issuer above (contributesTo): every link names a known id, issuers form a tree, and
 * a contribution is in the same unit as what it counts towards. The rules themselves are the
 * model's (src/lib/model/issuers.ts), so the check and the pages agree.
 */

/** The issuers the content holds, by id, and the site's own (content/site.json `issuer`). */
export interface KnownIssuers {
  byId: Map<string, Issuer>;
  site: string | undefined;
  /** Some issuer file could not be read: a plan naming it is not told it is unknown. */
  unreadable: boolean;
}

const fileName = (raw: RawFile) => raw.file.split(/[/\\]/).at(-1)?.replace(/\.json$/, '');

/** Checks every issuer file (schema, id as its file name, unique, parent and county known, no loop of parents). */
export function checkIssuers(content: RawContent, known: KnownIds, problems: Problem[]): KnownIssuers {
  const push = pushInto(problems);
  const byId = new Map<string, Issuer>();
  const files = new Map<string, RawFile>();
  let unreadable = false;
  for (const raw of content.issuers ?? []) {
    const issuer = parseWith(IssuerSchema, raw, problems);
    if (!issuer) {
      unreadable = true;
      continue;
    }
    if (fileName(raw) !== issuer.id) push(raw, ['id'], `文件名应为发布机关编号：${issuer.id}.json`, `the file is named after the issuer id: ${issuer.id}.json`);
    if (byId.has(issuer.id)) push(raw, ['id'], `发布机关编号 ${issuer.id} 重复（另见 ${files.get(issuer.id)?.file}）`, `duplicate issuer id ${issuer.id} (also in ${files.get(issuer.id)?.file})`);
    byId.set(issuer.id, issuer);
    files.set(issuer.id, raw);
    if (issuer.county !== undefined && !known.unreadable?.county && !known.county.has(issuer.county)) {
      push(raw, ['county'], `未知的县市编号 ${issuer.county}（见 content/counties.json）`, `unknown county id ${issuer.county} (see content/counties.json)`, didYouMean(issuer.county, known.county));
    }
  }
  for (const [id, issuer] of byId) {
    const raw = files.get(id)!;
    if (issuer.parent === undefined) continue;
    if (!byId.has(issuer.parent) && !unreadable) {
      push(raw, ['parent'], `未知的上级发布机关 ${issuer.parent}（见 content/issuers/）`, `unknown parent issuer ${issuer.parent} (see content/issuers/)`, didYouMean(issuer.parent, byId.keys()));
      continue;
    }
    const loop = loopOf(id, (at) => byId.get(at)?.parent);
    if (loop) push(raw, ['parent'], `上级关系成环：${loop.join(' → ')}`, `the parents form a loop: ${loop.join(' → ')}`);
  }
  const siteIssuer = text(field(content.siteConfig?.data, 'issuer'));
  if (siteIssuer !== undefined && content.siteConfig && !byId.has(siteIssuer) && !unreadable) {
    push(content.siteConfig, ['issuer'], `未知的发布机关编号 ${siteIssuer}（见 content/issuers/）`, `unknown issuer id ${siteIssuer} (see content/issuers/)`, didYouMean(siteIssuer, byId.keys()));
  }
  return { byId, site: siteIssuer, unreadable };
}

/** Checks that every plan belongs to a known issuer; returns each plan's issuer id. */
export function checkPlanIssuers(content: RawContent, plans: ReadonlyMap<string, Plan>, issuers: KnownIssuers, problems: Problem[]): Map<string, string> {
  const push = pushInto(problems);
  const ids = [...issuers.byId.keys()];
  const issuerOf = new Map<string, string>();
  for (const raw of content.plans) {
    const planId = text(field(raw.data, 'id'));
    const plan = planId !== undefined ? plans.get(planId) : undefined;
    if (!plan || issuers.unreadable) continue;
    const id = planIssuerId(plan, issuers.site, ids);
    if (id === undefined) {
      push(raw, ['issuerId'], '请写明方案所属的发布机关（content/issuers/ 中的编号），或在 content/site.json 写网站自己的 issuer', 'name the issuer this plan belongs to (an id from content/issuers/), or set the site’s own issuer in content/site.json');
    } else if (!issuers.byId.has(id)) {
      if (plan.issuerId !== undefined) push(raw, ['issuerId'], `未知的发布机关编号 ${id}（见 content/issuers/）`, `unknown issuer id ${id} (see content/issuers/)`, didYouMean(id, ids));
    } else issuerOf.set(plan.id, id);
  }
  return issuerOf;
}

/**
 * Checks every contributesTo link: a known target, of an issuer above the target's own, in the
 * same kind and unit, and no chain of links that comes back to where it started.
 */
export function checkContributions(targetsByPlan: ReadonlyMap<string, ReadonlyMap<string, TargetFacts>>, planIssuers: ReadonlyMap<string, string>, issuers: KnownIssuers, problems: Problem[]): void {
  const push = pushInto(problems);
  const all = new Map<string, TargetFacts & { plan: string }>();
  for (const [plan, targets] of targetsByPlan) for (const [id, facts] of targets) all.set(id, { ...facts, plan });
  for (const [id, child] of all) {
    const to = child.contributesTo;
    if (to === undefined || !child.at) continue;
    const at = [...child.at.path, 'contributesTo'];
    const parent = all.get(to);
    if (!parent) {
      push(child.at.raw, at, `未知的指标编号 ${to}：contributesTo 应为上级发布机关方案中的指标编号`, `unknown target id ${to}: contributesTo names a target in a plan of an issuer above`, didYouMean(to, all.keys()));
      continue;
    }
    const loop = loopOf(id, (from) => all.get(from)?.contributesTo);
    if (loop) {
      push(child.at.raw, at, `计入关系成环：${loop.join(' → ')}`, `the contributions form a loop: ${loop.join(' → ')}`);
      continue;
    }
    if (parent.kind !== child.kind || (parent.unit ?? '') !== (child.unit ?? '')) {
      const shown = (t: TargetFacts) => `${t.kind ?? '?'}${t.unit ? `，${t.unit}` : ''}`;
      const shownEn = (t: TargetFacts) => `${t.kind ?? '?'}${t.unit ? `, ${t.unit}` : ''}`;
      push(child.at.raw, at, `单位或类型不一致：本指标为 ${shown(child)}，${to} 为 ${shown(parent)}；只有同类同单位的数字才能相加`, `unit or kind differs: this target is ${shownEn(child)}, ${to} is ${shownEn(parent)}; only figures of one kind and unit add up`);
      continue;
    }
    const own = planIssuers.get(child.plan);
    const above = planIssuers.get(parent.plan);
    if (own === undefined || above === undefined) continue; // the plan's issuer problem is reported at the plan
    if (!ancestorsOf(own, (issuer) => issuers.byId.get(issuer)?.parent).includes(above)) {
      const name = (issuer: string) => issuers.byId.get(issuer)?.name ?? issuer;
      push(child.at.raw, at, `${to} 属于${name(above)}，不是本方案发布机关（${name(own)}）的上级；只能计入上级发布机关的指标`, `${to} belongs to ${above}, which is not above this plan’s issuer (${own}); a target counts only towards a target of an issuer above its own`);
    }
  }
}

/**
 * On a site of several issuers, names in each problem the issuer whose file it is: an issuer's own
 * file, its plans, and the projects, reports and adjustments of those plans (by their `plan`).
 */
export function nameIssuers(problems: Problem[], content: RawContent, planIssuers: ReadonlyMap<string, string>, issuers: KnownIssuers): Problem[] {
  if (issuers.byId.size < 2) return problems;
  const issuerOfFile = new Map<string, string>();
  for (const raw of content.issuers ?? []) {
    const id = text(field(raw.data, 'id'));
    if (id !== undefined) issuerOfFile.set(raw.file, id);
  }
  for (const raw of content.plans) {
    const issuer = planIssuers.get(text(field(raw.data, 'id')) ?? '');
    if (issuer !== undefined) issuerOfFile.set(raw.file, issuer);
  }
  for (const raw of [...content.projects, ...content.reports, ...(content.adjustments ?? [])]) {
    const issuer = planIssuers.get(text(field(raw.data, 'plan')) ?? '');
    if (issuer !== undefined) issuerOfFile.set(raw.file, issuer);
  }
  return problems.map((problem) => {
    const id = issuerOfFile.get(problem.file);
    const issuer = id !== undefined ? issuers.byId.get(id) : undefined;
    return issuer ? { ...problem, issuer: issuerShortName(issuer) } : problem;
  });
}
