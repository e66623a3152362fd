/**
 * What every RSS feed of the site says the same way (the report feed and each target's feed).
 * Publication days are in the plan's time zone, China Standard Time (UTC+8).
 */

/** A publication day as an RSS date: midnight that day, UTC+8. */
export const feedDate = (day: string): Date => new Date(`${day}T00:00:00+08:00`);

/**
 * The channel's own elements: its language, `lastBuildDate` (the newest change's day, so a reader's
 * client sees nothing new when nothing was published) and `atom:link rel="self"` (its own address).
 * Goes with `xmlns: { atom: 'http://www.w3.org/2005/Atom' }` in @astrojs/rss's options.
 */
export function channelData(lang: string, changedDay: string, self: string): string {
  return [`<language>${lang}</language>`, `<lastBuildDate>${feedDate(changedDay).toUTCString()}</lastBuildDate>`, `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`].join('');
}
