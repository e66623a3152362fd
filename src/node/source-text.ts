import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../schemas/plan.ts';
import { contentRoot } from './read-content.ts';

/** A plan's official text as kept under the content root, or undefined when the plan links to it only. */
export function readPlanSource(plan: Plan): string | undefined {
  return plan.source.file === undefined ? undefined : readFileSync(join(contentRoot(), plan.source.file), 'utf8');
}
