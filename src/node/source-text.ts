import { join } from 'node:path';
import type { Plan } from '../schemas/plan.ts';
import { contentRoot } from './read-content.ts';
import { readText } from './read-text.ts';

/**
 * A plan's official text as kept under the content root, read as the content check reads it (UTF-8,
 * BOM dropped); undefined when the plan links to it only or the file cannot be read (the check
 * reports that).
 */
export function readPlanSource(plan: Plan): string | undefined {
  if (plan.source.file === undefined) return undefined;
  const read = readText(join(contentRoot(), plan.source.file));
  return 'text' in read ? read.text : undefined;
}
