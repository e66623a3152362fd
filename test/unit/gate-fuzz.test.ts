import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateContent, type RawContent, type RawFile } from '../../src/lib/content-rules/index.ts';
import { parseJsonText, parseMdxText, readContent } from '../../src/node/read-content.ts';
import { decodeText } from '../../src/node/read-text.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';

/**
 * Property-based tests of the gate: whatever a report or a project file holds, the check either
 * passes it or refuses it with problems that name the file; it never throws. Fixed seed, so every run
 * tries the same inputs; each property runs in well under a second.
 */

const TODAY = '2024-11-29';
const SEED = 20240613;
const base = readContent(BASE_CONTENT);

/** Checks the base content with one report (or project) replaced by the given text. */
function checkWith(kind: 'reports' | 'projects', raw: RawFile): ReturnType<typeof validateContent> {
  const content: RawContent = { ...base, [kind]: [raw] };
  return validateContent(content, TODAY);
}

/** "Pass, or refuse naming the file": every problem about the file names it. */
function namesFile(problems: ReturnType<typeof validateContent>, file: string): boolean {
  return problems.every((p) => typeof p.file === 'string' && p.file !== '' && typeof p.zh === 'string' && typeof p.en === 'string') && (problems.length === 0 || problems.some((p) => p.file === file));
}

const isoDate = fc.date({ min: new Date('2023-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const anyValue = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.constant(undefined));
const entry = fc.record(
  {
    target: fc.oneof(fc.constantFrom('sample-points', 'sample-coverage', 'sample-plan', 'sample-inspections'), fc.string()),
    value: anyValue,
    state: fc.oneof(fc.constantFrom('met', 'planned', 'not-met'), fc.string()),
    note: fc.string(),
    corrects: fc.oneof(isoDate, fc.string()),
    breakdown: fc.array(fc.record({ county: fc.constantFrom('county-a', 'county-b', 'nowhere'), value: anyValue })),
  },
  { requiredKeys: [] },
);
const report = fc.record(
  {
    plan: fc.oneof(fc.constant('2024'), fc.string()),
    asOf: fc.oneof(isoDate, fc.string()),
    published: fc.oneof(isoDate, fc.string()),
    source: fc.record({ title: fc.string(), issuer: fc.string(), date: isoDate, url: fc.webUrl() }, { requiredKeys: [] }),
    entries: fc.array(entry, { maxLength: 6 }),
  },
  { requiredKeys: [] },
);

describe('the gate under random input', () => {
  it('judges any report-shaped JSON without throwing, naming the file', () => {
    fc.assert(
      fc.property(report, (data) => {
        const raw = parseJsonText('content/progress/2024-06-30.json', JSON.stringify(data, null, 2));
        expect(namesFile(checkWith('reports', raw), raw.file)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('judges any text as a report without throwing', () => {
    const text = fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' }), report.map((r) => JSON.stringify(r)).chain((json) => fc.nat(json.length).map((cut) => json.slice(0, cut))));
    fc.assert(
      fc.property(text, (t) => {
        const raw = parseJsonText('content/progress/2024-06-30.json', t);
        expect(namesFile(checkWith('reports', raw), raw.file)).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('judges any frontmatter and body without throwing', () => {
    const yamlLine = fc.oneof(
      fc.constantFrom('plan: "2024"', 'id: sample', 'number: 1', 'heading: 一、示例实事', 'subItems: []', 'value: .inf', 'a: &x [1]', 'b: *x', '\t- x', 'title：示例'),
      fc.string(),
    );
    const body = fc.oneof(
      fc.string(),
      fc.array(fc.constantFrom('<', '>', '{', '}', '[x](', 'javascript:', ')', '<a href="', '"', '<!--', '-->', '&#x6A;', '\n', '> ', '*', '|', '<sub>', '</sub>', 'import ', 'export ')).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(fc.array(yamlLine, { maxLength: 8 }), body, (lines, b) => {
        const raw = parseMdxText('content/projects/2024/sample.mdx', `---\n${lines.join('\n')}\n---\n\n${b}\n`);
        expect(namesFile(checkWith('projects', raw), raw.file)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('decodes any bytes or says what they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeText(bytes);
        if ('refusal' in result) expect(result.refusal.zh && result.refusal.en).toBeTruthy();
        else expect(typeof result.text).toBe('string');
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
