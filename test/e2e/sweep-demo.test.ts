import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoContent } from '../../scripts/demo.ts';
import { PUBLIC_BUILD, buildSite } from '../helpers/site-build.ts';
import { sweepSite } from '../helpers/sweep.ts';

// The demo site (charts drawn, reports, breakdowns): every page of its sitemap in Chromium.
sweepSite('demo', buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-sweep-'))) }));
