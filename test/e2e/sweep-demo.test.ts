import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoContent } from '../../scripts/demo.ts';
import { buildSite } from '../helpers/site-build.ts';
import { sweepSite } from '../helpers/sweep.ts';

// The demo site (charts drawn, reports, breakdowns): every page of its sitemap in Chromium.
sweepSite('demo', buildSite({ TODAY: '2026-11-29', CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-sweep-'))) }));
