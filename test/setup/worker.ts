import { inject } from 'vitest';
import { SHARED_BUILDS } from '../../scripts/lib/build.ts';

// Every test file's worker builds into the run's shared folder (see ./global.ts).
process.env[SHARED_BUILDS] = inject('siteBuildsDir');
