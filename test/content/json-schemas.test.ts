import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allContentJsonSchemas } from '../../src/lib/open-data/json-schemas.ts';
import { ROOT } from '../helpers/site-build.ts';

describe('content/schemas/', () => {
  it('holds the JSON Schemas generated from the zod schemas, up to date (npm run schemas)', () => {
    const generated = allContentJsonSchemas();
    const dir = join(ROOT, 'content', 'schemas');
    expect(readdirSync(dir).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, schema] of Object.entries(generated)) {
      expect(readFileSync(join(dir, file), 'utf8'), `${file} is stale: run npm run schemas`).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('is what the JSON content files point to with $schema', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'content', 'plans', '2024.json'), 'utf8')) as { $schema: string };
    expect(plan.$schema).toBe('../schemas/plan.schema.json');
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8')) as { 'json.schemas': { url: string }[] };
    for (const { url } of settings['json.schemas']) expect(readdirSync(join(ROOT, 'content', 'schemas'))).toContain(url.split('/').pop());
  });
});
