/**
 * npm run schemas: writes the JSON Schemas of the content formats to content/schemas/, where content
 * files point with "$schema" for editor validation. A test fails when these files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allContentJsonSchemas } from '../src/lib/open-data/json-schemas.ts';

const dir = join(import.meta.dirname, '..', 'content', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(allContentJsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`content/schemas/${name}`);
}
