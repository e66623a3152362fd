import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { planRoutes } from '../../../../data/site.ts';
import { reportChanges } from '../../../../lib/changes.ts';
import { formatDate } from '../../../../lib/format.ts';
import type { PlanView } from '../../../../lib/plan-model.ts';
import { readingText } from '../../../../lib/target-text.ts';
import { reportPath, reportsPath } from '../../../../lib/urls.ts';

/** RSS feed of a plan's reports, newest first; corrections and revisions are named in each item. */
export const getStaticPaths = planRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ view: PlanView }> = ({ props, locals, site }) => {
  const { view } = props;
  const { t, href } = locals.page;
  const p = t.punct;
  return rss({
    title: t.reports.feedTitle(view.plan.shortTitle),
    description: t.reports.feedDescription(view.plan.title),
    site: new URL(href(reportsPath(view.plan.id)), site).href,
    customData: `<language>${t.lang}</language>`,
    items: reportChanges(view)
      .reverse()
      .map(({ report, changes, revisions }) => ({
        title: t.reports.itemTitle(formatDate(report.asOf, t)),
        link: href(reportPath(view.plan.id, report.asOf)),
        pubDate: new Date(`${report.published}T00:00:00+08:00`),
        description: [
          `${report.source.title}${p.paren(report.source.issuer)}${p.end} ${t.reports.targetsUpdated(changes.length)}${revisions.length > 0 ? `${p.clause}${t.reports.revisions(revisions.length)}` : ''}${p.end}`,
          ...revisions.map(({ target, current }) =>
            p.labelled(target.label, readingText(current, target, t)) + p.paren(current.corrects ? t.target.correction(formatDate(current.corrects, t)) : t.target.revision),
          ),
        ].join(' '),
      })),
  });
};
