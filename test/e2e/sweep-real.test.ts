import { PUBLIC_BUILD, buildSite } from '../helpers/site-build.ts';
import { sweepSite } from '../helpers/sweep.ts';

// The real site, as published: every page of its sitemap in Chromium, but for the target,
// department and county pages, which the demo's sweep visits every one of (the same targets, units
// and places, with reports, charts and breakdowns) and this one as axe samples them (a target of
// every kind and status, so the real site's "nothing reported yet" is among them).
sweepSite('real', buildSite(PUBLIC_BUILD), '学生', ['/<plan>/targets/*/', '/departments/*/', '/counties/*/']);
