import { relative, sep } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { SHARED_BUILDS, sharedBuildRecords } from '../../scripts/lib/build.ts';

/** Test folders by the kind of work they do, for the run's closing summary. */
const GROUPS: Record<string, string> = { unit: 'unit', content: 'unit', build: 'build', e2e: 'browser' };

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Prints, after Vitest's own summary, the time spent per group of test files (unit, build, browser)
 * and the site builds the run shared, so a slowdown shows where it happened. Files run in parallel,
 * so group times add up to more than the wall-clock duration.
 */
export default class TimingReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: { config: { root: string } }): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(modules: readonly TestModule[]): void {
    const groups = new Map<string, { files: number; tests: number; ms: number }>();
    for (const module of modules) {
      const folder = relative(this.root, module.moduleId).split(sep)[1] ?? '';
      const name = GROUPS[folder] ?? folder;
      const group = groups.get(name) ?? { files: 0, tests: 0, ms: 0 };
      const { duration } = module.diagnostic();
      groups.set(name, { files: group.files + 1, tests: group.tests + [...module.children.allTests()].length, ms: group.ms + duration });
    }
    const lines = ['', 'Time per group (test files run in parallel, so these add up to more than the run):'];
    for (const [name, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${name.padEnd(8)} ${String(group.files).padStart(3)} files ${String(group.tests).padStart(5)} tests ${seconds(group.ms).padStart(9)}`);
    }
    const dir = process.env[SHARED_BUILDS];
    const builds = dir ? sharedBuildRecords(dir) : [];
    if (builds.length > 0) {
      const total = builds.reduce((sum, b) => sum + b.seconds, 0);
      lines.push(`Site builds: ${builds.length}, each configuration once (${total.toFixed(1)} s in all):`);
      for (const build of builds) {
        const config = Object.entries(build.config).map(([key, value]) => `${key}=${value.replace(/^.*[/\\](?=[^/\\]+$)/, '…/')}`).join(' ');
        lines.push(`  ${build.seconds.toFixed(1).padStart(6)} s  ${build.ok ? '' : '(failed) '}${config || '(defaults)'}`);
      }
    }
    console.log(lines.join('\n'));
  }
}
