import { highContrastCss } from '../styles/high-contrast.ts';

/** The stylesheet's import name. */
const ID = 'virtual:high-contrast.css';
/** Its id once resolved: a path ending in .css, so Vite bundles it as any other stylesheet. */
const RESOLVED = '/__high-contrast.css';

/**
 * A Vite plugin that serves the high-contrast stylesheet made from its one palette
 * (src/styles/high-contrast.ts), as `import 'virtual:high-contrast.css'`.
 */
export function highContrastStyles() {
  return {
    name: 'minsheng:high-contrast',
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? highContrastCss() : undefined),
  };
}
