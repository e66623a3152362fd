import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content-rules/index.ts';
import { checkContentRoot } from '../node/check-content.ts';
import { contentRoot } from '../node/read-content.ts';
import { todayIso } from '../node/today.ts';

/**
 * Runs the same rules as `npm run check` before Astro loads any content, so a build never
 * publishes content that check would reject, and admins see every problem at once (Astro's own
 * schema errors stop at the first bad entry and do not check references between files).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'minsheng:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkContentRoot(contentRoot(), todayIso());
        if (problems.length === 0) return;
        const report = `${formatProblems(problems)}\n\n内容检查未通过：${problems.length} 个问题 — content check failed: ${problems.length} problem(s)`;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
