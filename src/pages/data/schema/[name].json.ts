import type { APIRoute, GetStaticPaths } from 'astro';
import { allContentJsonSchemas } from '../../../lib/open-data/json-schemas.ts';

/** JSON Schemas of the content formats, generated from the zod schemas. */
export const getStaticPaths = (() =>
  Object.entries(allContentJsonSchemas()).map(([file, schema]) => ({ params: { name: file.replace(/\.json$/, '') }, props: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: Record<string, unknown> }> = ({ props }) =>
  new Response(`${JSON.stringify(props.schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
