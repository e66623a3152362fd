import { buildSite } from '../helpers/site-build.ts';
import { sweepSite } from '../helpers/sweep.ts';

// The real site, as published: every page of its sitemap in Chromium.
sweepSite('real', buildSite({ TODAY: '2026-11-29' }));
