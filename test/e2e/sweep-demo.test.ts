import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoContent } from '../../scripts/demo.ts';
import { PUBLIC_BUILD, buildSite } from '../helpers/site-build.ts';
import { sweepSite } from '../helpers/sweep.ts';

// The demo site (charts drawn, reports, breakdowns): every page of its sitemap in Chromium, but
// for the English target, department, county, project and report pages, which share their Chinese
// pages' templates, data and scripts and are visited as axe samples them (a target of every kind
// among them); the reading test lays out the longest English page of each at 200 % and large text.
// axe checks every report (the demo's own) but not every project page: their text is the real
// site's, whose sweep checks every one.
sweepSite(
  'demo',
  buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-sweep-'))) }),
  '学生',
  ['en /<plan>/targets/*/', 'en /departments/*/', 'en /counties/*/', 'en /<plan>/projects/*/', 'en /<plan>/reports/*/'],
  ['zh-CN /<plan>/reports/*/'],
);
