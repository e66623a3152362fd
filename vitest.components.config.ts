import { getViteConfig } from 'astro/config';

/**
 * Component tests: .astro files rendered alone with Astro's container API. They need Astro's own
 * Vite plugins (the .astro compiler), so they run as a project of their own (vitest.config.ts).
 * `configFile: false` leaves out astro.config.mjs and its integrations: components take everything
 * they show as props, so none of the site's settings, content or content check is needed.
 */
export default getViteConfig(
  { test: { name: 'components', include: ['test/unit/components.test.ts'] } },
  { configFile: false, logLevel: 'warn' },
);
