import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site-build.ts';

/** The module that gathers every language's dictionary: for pages and build-time code only. */
const ALL_DICTIONARIES = join(ROOT, 'src', 'i18n', 'index.ts');

/** Modules a file imports values from (type-only imports and `import type` left out), resolved to paths. */
export function valueImports(file: string, source = readFileSync(file, 'utf8')): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of tree.statements) {
    if ((!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
    if (!ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    if (ts.isExportDeclaration(statement) && statement.isTypeOnly) continue;
    if (clause?.isTypeOnly) continue;
    const names = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
    if (clause && !clause.name && names && names.length > 0 && names.every((n) => n.isTypeOnly)) continue;
    const specifier = statement.moduleSpecifier.text;
    found.push(specifier.startsWith('.') ? resolve(file, '..', specifier) : specifier);
  }
  return found;
}

/** Browser code and the pure library: src/lib/** and src/components/*.ts. */
function libraryFiles(): string[] {
  const lib = readdirSync(join(ROOT, 'src', 'lib'), { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name));
  const components = readdirSync(join(ROOT, 'src', 'components')).map((name) => join(ROOT, 'src', 'components', name));
  return [...lib, ...components].filter((file) => file.endsWith('.ts')).sort();
}

describe('imports', () => {
  it('no module under src/lib or src/components/*.ts imports a value from the module of all dictionaries', () => {
    const offenders = libraryFiles().filter((file) => valueImports(file).includes(ALL_DICTIONARIES));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('tells value imports from type-only ones (the check itself works)', () => {
    const here = join(ROOT, 'src', 'lib', 'x.ts');
    expect(valueImports(here, "import { DICTIONARIES } from '../i18n/index.ts';")).toEqual([ALL_DICTIONARIES]);
    expect(valueImports(here, "import { type Edition, CONTENT_LANGUAGE } from '../i18n/index.ts';")).toEqual([ALL_DICTIONARIES]);
    expect(valueImports(here, "export { edition } from '../i18n/index.ts';")).toEqual([ALL_DICTIONARIES]);
    expect(valueImports(here, "import type { Edition } from '../i18n/index.ts';")).toEqual([]);
    expect(valueImports(here, "import { type Edition } from '../i18n/index.ts';")).toEqual([]);
  });
});
