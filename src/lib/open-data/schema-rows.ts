/**
 * Flattens a JSON Schema into rows (field path, type, required, description) for the data
 * dictionary page. Pure; follows nested objects and array items.
 */

/** One documented field. */
export interface SchemaRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

interface Node {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  default?: unknown;
}

function typeOf(node: Node): string {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return variants.map(typeOf).join(' | ');
  if (Array.isArray(node.type)) return node.type.join(' | ');
  if (node.type === 'array' && node.items) return `${typeOf(node.items)}[]`;
  return node.type ?? 'any';
}

/** Rows for every field of a schema, depth first, in declaration order. */
export function schemaRows(schema: Node, prefix = '', required = true): SchemaRow[] {
  const rows: SchemaRow[] = [];
  const objectOf = (node: Node): Node | undefined =>
    node.properties ? node : node.items ? objectOf(node.items) : (node.anyOf ?? node.oneOf)?.map(objectOf).find(Boolean);
  const object = objectOf(schema);
  if (!object?.properties) return rows;
  const list = schema.type === 'array' ? '[]' : '';
  for (const [name, node] of Object.entries(object.properties)) {
    if (name === '$schema') continue;
    const path = `${prefix}${list}${prefix || list ? '.' : ''}${name}`.replace(/^\./, '');
    const isRequired = required && (object.required ?? []).includes(name);
    rows.push({ path, type: typeOf(node), required: isRequired, description: node.description ?? '' });
    rows.push(...schemaRows(node, path, isRequired));
  }
  return rows;
}
