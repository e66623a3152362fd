import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../src/lib/content-rules/index.ts';
import { readChangeFacts } from '../../src/node/change-facts.ts';
import { readContent } from '../../src/node/read-content.ts';
import { readSearchTerms } from '../../src/node/search-terms.ts';
import { readSiteConfig } from '../../src/node/site-config.ts';
import { readStatusWords } from '../../src/node/status-words.ts';
import { BASE_CONTENT, baseContentWriter } from '../helpers/fixtures.ts';
import { ACCEPTED, base, CASES, PROJECT, REPORT, TODAY } from '../helpers/gate-cases.ts';
import { buildSite } from '../helpers/site-build.ts';

/**
 * One reader for the check and the build (src/node/read-file.ts): whatever `npm run check` accepts in
 * the gate corpus, `astro build` builds, and what it refuses stops the build with the check's
 * bilingual message, never a stack trace. The accepted edits are merged into as few content roots as
 * their files allow (edits of the same file cannot share a root), so the corpus costs a handful of
 * small builds rather than one per case.
 */

const contentWith = baseContentWriter('gate-build-');
const BOM = '\uFEFF';
const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

/** Whether an edit only saves base files with a BOM or CRLF line ends, as the whole-tree build below does for every file. */
const encodingOnly = (files: Record<string, string>): boolean =>
  Object.entries(files).every(([path, text]) => existsSync(join(BASE_CONTENT, path)) && text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') === base(path));

/**
 * The accepted edits in groups that touch no file twice, each group's files merged; but for those
 * that only add a BOM or CRLF line ends, which the whole-tree build covers.
 */
function mergedGroups(): { names: string[]; files: Record<string, string> }[] {
  const groups: { names: string[]; files: Record<string, string> }[] = [];
  for (const [name, files] of ACCEPTED.filter(([, files]) => !encodingOnly(files))) {
    const group = groups.find((g) => Object.keys(files).every((path) => !(path in g.files)));
    if (group) {
      group.names.push(name);
      Object.assign(group.files, files);
    } else groups.push({ names: [name], files: { ...files } });
  }
  return groups;
}

/** Every file under a folder with its bytes, by path. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'latin1')]));
}

/** The output of a build that must fail: Astro's own, from the error buildSite throws. */
function failedBuild(root: string): string {
  try {
    buildSite({ TODAY, CONTENT_DIR: root });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`the build of ${root} did not fail`);
}

describe('the build reads content as the check does', () => {
  it('leaves to the whole-tree build only the edits that add a BOM or CRLF line ends', () => {
    const left = ACCEPTED.filter(([, files]) => encodingOnly(files)).map(([name]) => name);
    expect(left).toEqual(['a BOM', 'CRLF line ends', 'a BOM and CRLF in a project']);
    expect(mergedGroups().flatMap((g) => g.names)).toHaveLength(ACCEPTED.length - left.length);
  });

  it.each(mergedGroups().map((g) => [g.names.join('; '), g.files] as const))('builds what the check accepts: %s', (_, files) => {
    const root = contentWith(files);
    const problems = validateContent(readContent(root), TODAY);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(() => buildSite({ TODAY, CONTENT_DIR: root })).not.toThrow();
  });

  it('builds every JSON and MDX file saved with a BOM and CRLF line ends into the same site as without', () => {
    const files = Object.fromEntries(
      [...tree(BASE_CONTENT).keys()].filter((path) => /\.(json|mdx)$/.test(path)).map((path) => [path, BOM + crlf(base(path))]),
    );
    expect(Object.keys(files)).toEqual(expect.arrayContaining([PROJECT, REPORT, 'site.json', 'departments.json']));
    const root = contentWith(files);
    expect(validateContent(readContent(root), TODAY)).toEqual([]);
    // The plain copy too is outside git, so neither build has commit dates and only the bytes differ.
    const plain = tree(buildSite({ TODAY, CONTENT_DIR: contentWith({}) }));
    const saved = tree(buildSite({ TODAY, CONTENT_DIR: root }));
    expect([...saved.keys()].sort()).toEqual([...plain.keys()].sort());
    const differing = [...plain].filter(([path, bytes]) => saved.get(path) !== bytes).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c.files] as const))('reads the config without throwing over a refused file: %s', (_, files) => {
    const root = contentWith(files);
    expect(() => [readSiteConfig(root), readStatusWords(root), readSearchTerms(root), readChangeFacts(root)]).not.toThrow();
  });

  it.each([
    ['a trailing comma in a report', { [REPORT]: base(REPORT).replace('"plan": "2024",', '"plan": "2024",,') }, REPORT],
    ['site.json with a BOM and a trailing comma', { 'site.json': `${BOM}${base('site.json').replace(/\s*\}\s*$/, ',\n}\n')}` }, 'site.json'],
    ['a project with a BOM, CRLF and a tab-indented frontmatter line', { [PROJECT]: BOM + crlf(base(PROJECT).replace('  - id: sample\n', '\t- id: sample\n')) }, PROJECT],
    ['a report that is not UTF-8', { [REPORT]: Buffer.from(base(REPORT), 'utf16le') }, REPORT],
  ] as const)('stops the build over %s with the check’s bilingual message and no stack trace', (_, files, file) => {
    const output = failedBuild(contentWith(files as Record<string, string | Buffer>));
    expect(output).toContain(file);
    expect(output).toMatch(/内容检查未通过：\d+ 个问题 — content check failed: \d+ problem\(s\)/);
    expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
  });
});
