import { ISSUER_LEVELS, type Issuer } from '../../schemas/issuer.ts';
import type { PlanView, TargetView } from './plan-model.ts';

/**
 * Issuers and the links between them, as rules the content check and the site model share: which
 * issuer a plan belongs to, the issuers above one, and whether a target may count towards another.
 * Pure.
 */

/**
 * The issuer a plan belongs to: its own `issuerId`, else the site's (content/site.json `issuer`),
 * else the only issuer the content has; undefined when none of these settles it.
 */
export function planIssuerId(plan: { issuerId?: string | undefined }, siteIssuer: string | undefined, issuerIds: readonly string[]): string | undefined {
  return plan.issuerId ?? siteIssuer ?? (issuerIds.length === 1 ? issuerIds[0] : undefined);
}

/**
 * The issuers above one, nearest first, following `parent`; stops at an unknown id or where the
 * chain comes back on itself (the check refuses such a loop, see loopOf).
 */
export function ancestorsOf(id: string, parentOf: (id: string) => string | undefined): string[] {
  const chain: string[] = [];
  const seen = new Set([id]);
  for (let next = parentOf(id); next !== undefined && !seen.has(next); next = parentOf(next)) {
    chain.push(next);
    seen.add(next);
  }
  return chain;
}

/**
 * The loop a chain of links from `start` runs into, when it comes back to `start`: [start, …, start];
 * undefined when it ends or joins a loop elsewhere (reported at that loop's own members).
 */
export function loopOf(start: string, next: (id: string) => string | undefined): string[] | undefined {
  const chain = [start];
  const seen = new Set(chain);
  for (let id = next(start); id !== undefined; id = next(id)) {
    chain.push(id);
    if (id === start) return chain;
    if (seen.has(id)) return undefined;
    seen.add(id);
  }
  return undefined;
}

/** Issuers in reading order: by level (region first), then as listed. */
export function byLevel<T extends Pick<Issuer, 'level'>>(issuers: readonly T[]): T[] {
  return [...issuers].sort((a, b) => ISSUER_LEVELS.indexOf(a.level) - ISSUER_LEVELS.indexOf(b.level));
}

/** An issuer with its plans, newest first, and the issuers directly below it. */
export interface IssuerView extends Issuer {
  plans: PlanView[];
  children: string[];
}

/**
 * Whether the site carries more than one issuer: only then do pages name issuers, link to the
 * issuers' pages and offer an issuer filter, and does search keep each issuer's entries apart.
 */
export function severalIssuers(site: { issuers: readonly unknown[] }): boolean {
  return site.issuers.length > 1;
}

/** The name an issuer goes by in lists, filters and messages: its short name, else its name. */
export function issuerShortName(issuer: Pick<Issuer, 'name' | 'shortName'>): string {
  return issuer.shortName ?? issuer.name;
}

/** Every target of an issuer's plans. */
export function issuerTargets(issuer: Pick<IssuerView, 'plans'>): TargetView[] {
  return issuer.plans.flatMap((view) => view.targets);
}

/** Issuers by level with their plans (given newest first) and children. */
export function issuerViews(issuers: readonly Issuer[], plans: readonly PlanView[]): IssuerView[] {
  return byLevel(issuers).map((issuer) => ({
    ...issuer,
    plans: plans.filter((view) => view.issuerId === issuer.id),
    children: issuers.filter((other) => other.parent === issuer.id).map((other) => other.id),
  }));
}

/** One target counted towards another: its committed figure and its latest reported one. */
export interface ContributionPart {
  target: TargetView;
  /** The figure it commits to (its terms in force); undefined when its plan gives none. */
  committed: number | undefined;
  /** Its latest reading that states a figure, with that report's date. */
  latest: { value: number; asOf: string } | undefined;
}

/**
 * What the targets counting towards `parent` add up to: the sum of what they commit (only when every
 * one states a figure) against the parent's figure, and the sum of their latest reported figures
 * (over those that have one, each with its own date). The site's own arithmetic, labelled as such.
 */
export interface ContributionSummary {
  parts: ContributionPart[];
  committed: number | null;
  /** parent figure − committed when positive: how far the commitments fall short; 0 when covered; null when either is unknown. */
  shortBy: number | null;
  reported: { sum: number; count: number; earliest: string; latest: string } | null;
}

/** Sums the contributions to a target (see ContributionSummary). */
export function contributionSummary(parent: Pick<TargetView, 'value'>, children: readonly TargetView[]): ContributionSummary {
  const parts = children.map((target): ContributionPart => {
    const reading = target.readings.findLast((r) => r.value !== undefined);
    return { target, committed: target.value, latest: reading?.value !== undefined ? { value: reading.value, asOf: reading.asOf } : undefined };
  });
  const stated = parts.every((p) => p.committed !== undefined) && parts.length > 0;
  const committed = stated ? parts.reduce((sum, p) => sum + p.committed!, 0) : null;
  const reportedParts = parts.filter((p) => p.latest !== undefined);
  const dates = reportedParts.map((p) => p.latest!.asOf).sort();
  return {
    parts,
    committed,
    shortBy: committed !== null && parent.value !== undefined ? Math.max(0, parent.value - committed) : null,
    reported: reportedParts.length > 0 ? { sum: reportedParts.reduce((sum, p) => sum + p.latest!.value, 0), count: reportedParts.length, earliest: dates[0]!, latest: dates.at(-1)! } : null,
  };
}
