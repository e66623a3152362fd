import { PUBLIC_BUILD, buildSite } from '../helpers/site-build.ts';
import { sweepSite } from '../helpers/sweep.ts';

// The real site, as published: every page of its sitemap in Chromium, but for the department and
// county pages, which the demo's sweep visits every one of (the same units and places, with reports)
// and this one as axe samples them.
sweepSite('real', buildSite(PUBLIC_BUILD), '学生', ['/departments/*/', '/counties/*/']);
