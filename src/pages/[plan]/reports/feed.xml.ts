import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { planRoutes } from '../../../data/site.ts';
import { useDictionary } from '../../../i18n/zh-CN.ts';
import { reportViews } from '../../../lib/changes.ts';
import { formatDate } from '../../../lib/format.ts';
import type { PlanView } from '../../../lib/plan-model.ts';
import { readingText } from '../../../lib/target-text.ts';
import { reportPath, reportsPath, withBase } from '../../../lib/urls.ts';

/** RSS feed of a plan's reports, newest first; corrections and revisions are named in each item. */
export const getStaticPaths = planRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ view: PlanView }> = ({ props, site }) => {
  const { view } = props;
  const t = useDictionary();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: t.reports.feedTitle(view.plan.shortTitle),
    description: t.reports.feedDescription(view.plan.title),
    site: new URL(withBase(base, reportsPath(view.plan.id)), site).href,
    customData: `<language>${t.lang}</language>`,
    items: reportViews(view)
      .reverse()
      .map(({ snapshot, changes, revisions }) => ({
        title: t.reports.itemTitle(formatDate(snapshot.asOf)),
        link: withBase(base, reportPath(view.plan.id, snapshot.asOf)),
        pubDate: new Date(`${snapshot.published}T00:00:00+08:00`),
        description: [
          `${snapshot.source.title}（${snapshot.source.issuer}）。${t.reports.targetsUpdated(changes.length)}${revisions.length > 0 ? `，${t.reports.revisions(revisions.length)}` : ''}。`,
          ...revisions.map(({ target, current }) =>
            `${target.label}：${readingText(current, target, t)}${current.corrects ? `（${t.target.correction(formatDate(current.corrects))}）` : `（${t.target.revision}）`}`,
          ),
        ].join(' '),
      })),
  });
};
