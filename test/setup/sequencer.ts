import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest, longest first, so that neither of the two workers is left
 * running a long file alone at the end of the run. Vitest's own order needs timings from an earlier
 * run, which a clean checkout (CI) does not have, and falls back to file size, which would start the
 * two page sweeps (a few lines each, minutes each) last. The gate corpus's dozen small builds in a
 * row go second: run late, they were the last file running, alone, for a minute. Type checking needs
 * no site build, so it runs while other files wait for theirs.
 */
const LONGEST_FIRST = [
  'test/e2e/sweep-demo.test.ts',
  'test/build/gate-corpus-build.test.ts',
  'test/build/typecheck.test.ts',
  'test/e2e/sweep-real.test.ts',
  'test/e2e/search.test.ts',
  'test/e2e/languages.test.ts',
  'test/build/strict-clients.test.ts',
  'test/build/site.test.ts',
  'test/e2e/reading.test.ts',
];

/** Vitest's order, with the files above moved to the front in the order listed. */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(path));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    const sorted = await super.sort(files);
    return sorted.map((file, position) => ({ file, position })).sort((a, b) => rank(a.file) - rank(b.file) || a.position - b.position).map(({ file }) => file);
  }
}
