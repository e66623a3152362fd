import { createHash } from 'node:crypto';
import ts from 'typescript';
import { minify } from 'terser';

/** A classic script to inline in a page, and its hash for the page's Content-Security-Policy. */
export interface InlineScript {
  /** The minified script, inside a function so it leaves no globals. */
  code: string;
  /** Its CSP source expression, without quotes: "sha256-…". */
  hash: `sha256-${string}`;
}

const compiled = new Map<string, Promise<InlineScript>>();

/**
 * A browser TypeScript file's source (read with Vite's `?raw`) as a minified classic script, for the
 * one script that must run before the first paint (src/components/reading-element.ts). It is
 * transpiled alone, never bundled: a file that imports a value at run time is refused. Compiled
 * once per source and build.
 */
export function inlineScript(source: string): Promise<InlineScript> {
  let script = compiled.get(source);
  if (!script) {
    script = compile(source);
    compiled.set(source, script);
  }
  return script;
}

async function compile(source: string): Promise<InlineScript> {
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, alwaysStrict: false } });
  if (/^\s*(import|export)\b/m.test(outputText)) throw new Error('An inline script must import nothing at run time and export nothing.');
  const { code } = await minify(outputText, { ecma: 2020, enclose: true, compress: { passes: 2 }, mangle: { toplevel: true }, format: { comments: false } });
  if (!code) throw new Error('terser returned no code');
  return { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
}
