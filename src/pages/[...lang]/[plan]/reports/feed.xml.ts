import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { onPublicSite, planRoutes } from '../../../../data/site.ts';
import { reportChanges } from '../../../../lib/model/changes.ts';
import { formatDate } from '../../../../lib/web/format.ts';
import type { PlanView } from '../../../../lib/model/plan-model.ts';
import { readingText } from '../../../../lib/web/target-text.ts';
import { reportPath, reportsFeedPath, reportsPath } from '../../../../lib/web/urls.ts';
import { channelData, feedDate } from '../../../../lib/web/feed-channel.ts';

/**
 * RSS feed of a plan's reports, newest first; corrections and revisions are named in each item. The
 * channel names its own address (atom:link rel="self") and, as lastBuildDate, the day its content
 * last changed (the page context's lastChanged, as the sitemap gives it), not the build's.
 */
// Written only when SITE_URL is set: a feed's links must be absolute.
export const getStaticPaths = (() => onPublicSite(planRoutes)) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: PlanView }> = ({ props, locals, site }) => {
  const { view } = props;
  const { t, href } = locals.page;
  const p = t.punct;
  const self = new URL(href(reportsFeedPath(view.plan.id)), site).href;
  const changed = locals.page.lastChanged;
  return rss({
    title: t.reports.feedTitle(view.plan.shortTitle),
    description: t.reports.feedDescription(view.plan.title),
    site: new URL(href(reportsPath(view.plan.id)), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(t.lang, changed, self),
    items: reportChanges(view)
      .reverse()
      .map(({ report, changes, revisions }) => ({
        title: t.reports.itemTitle(formatDate(report.asOf, t)),
        link: href(reportPath(view.plan.id, report.asOf)),
        pubDate: feedDate(report.published),
        description: [
          `${report.source.title}${p.paren(report.source.issuer)}${p.end} ${t.reports.targetsUpdated(changes.length)}${revisions.length > 0 ? `${p.clause}${t.reports.revisions(revisions.length)}` : ''}${p.end}`,
          ...revisions.map(({ target, current }) =>
            p.labelled(target.label, readingText(current, target, t)) + p.paren(current.corrects ? t.target.correction(formatDate(current.corrects, t)) : t.target.revision),
          ),
        ].join(' '),
      })),
  });
};
