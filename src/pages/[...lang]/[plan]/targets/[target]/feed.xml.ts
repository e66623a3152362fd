import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { onPublicSite, targetRoutes } from '../../../../../data/site.ts';
import { formatDate } from '../../../../../lib/web/format.ts';
import type { PlanView, TargetView } from '../../../../../lib/model/plan-model.ts';
import { targetEvents, type TargetEvent } from '../../../../../lib/model/target-events.ts';
import { readingText, targetGoal } from '../../../../../lib/web/target-text.ts';
import { reportPath, targetAnchor, targetFeedPath, targetPath, withAnchor } from '../../../../../lib/web/urls.ts';
import { channelData, feedDate } from '../../../../../lib/web/feed-channel.ts';

/**
 * RSS feed of one target, so a reader can follow one commitment: every report's figure (flagged
 * where the report's own status word contradicts it), each correction and each approved adjustment, newest first, with dates and sources. Items come from
 * targetEvents (src/lib/model/target-events.ts), the one list of what happened to a target. The channel
 * names its own address and, as lastBuildDate, the day the page's data last changed (the page
 * context's lastChanged, as the sitemap gives it), not the build's.
 */
// Written only when SITE_URL is set: a feed's links must be absolute.
export const getStaticPaths = (() => onPublicSite(targetRoutes)) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: PlanView; target: TargetView }> = ({ props, locals, site }) => {
  const { view, target } = props;
  const { t, href } = locals.page;
  const p = t.punct;
  const date = (iso: string) => formatDate(iso, t);
  const self = new URL(href(targetFeedPath(view.plan.id, target.id)), site).href;
  const events = targetEvents(target, view.plan.period.start);
  // The day the target's page last changed, as the sitemap gives it (src/lib/web/last-changed.ts).
  const changed = locals.page.lastChanged;
  // Absolute item links are used as they are; @astrojs/rss would put a slash after a relative link's anchor.
  const absolute = (path: string) => new URL(path, site).href;
  const terms = (value: number | undefined, written: string | undefined) => targetGoal({ ...target, value, written }, t);

  const item = (event: TargetEvent) => {
    if (event.kind === 'adjustment') {
      const { adjustment, before, after } = event;
      const approval = adjustment.approval;
      return {
        title: `${target.label}${p.colon}${t.targetFeed.adjustment(date(adjustment.effective))}`,
        link: absolute(withAnchor(href(targetPath(view.plan.id, target.id)), `adjustment-${adjustment.effective}`)),
        pubDate: feedDate(adjustment.published),
        description: [
          adjustment.value !== undefined ? t.adjust.valueChange(terms(before.value, before.written), terms(after.value, after.written)) + p.end : '',
          adjustment.deadline !== undefined ? t.adjust.deadlineChange(date(before.deadline), date(after.deadline)) + p.end : '',
          `${t.adjust.approval}${p.colon}${p.title(approval.title)}${p.paren([t.adjust.approvedOn(approval.issuer, date(approval.date)), approval.reference].filter(Boolean).join(p.clause))}${p.end}`,
          `${t.adjust.reason}${p.colon}${adjustment.reason}`,
        ].filter(Boolean).join(' '),
      };
    }
    const { reading, disagreement } = event;
    const source = reading.source;
    return {
      title: `${target.label}${p.colon}${event.kind === 'correction' ? t.targetFeed.correction(date(reading.asOf), date(reading.corrects!)) : t.targetFeed.reading(date(reading.asOf))}${disagreement ? p.paren(t.reported.flag) : ''}`,
      link: absolute(withAnchor(href(reportPath(view.plan.id, reading.asOf)), targetAnchor(target.id))),
      pubDate: feedDate(reading.published),
      description: [
        p.labelled(t.target.value, readingText(reading, target, t)) + (reading.revisedDown ? p.paren(t.target.revision) : '') + p.end,
        disagreement
          ? `${t.reported.flag}${p.colon}${t.reported.said}${p.colon}${disagreement.word}${t.reported.meaning(t.status[disagreement.reported])}${t.reported.separator}${t.reported.computed}${p.colon}${t.status[disagreement.computed]}${p.end}`
          : '',
        `${t.table.source}${p.colon}${p.title(source.title)}${p.paren(`${source.issuer}${p.clause}${date(source.date)}`)}${source.url ? ` ${source.url}` : ''}${p.end}`,
        reading.note ? `${t.target.note}${p.colon}${reading.note}` : '',
      ].filter(Boolean).join(' '),
    };
  };

  return rss({
    title: t.targetFeed.title(target.label),
    description: t.targetFeed.description(target.label, view.plan.shortTitle),
    site: new URL(href(targetPath(view.plan.id, target.id)), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(t.lang, changed, self),
    items: events.map(item),
  });
};
