import { toJsonSchema } from '@valibot/to-json-schema';
import { PolicySchema } from './settings-schema';

/**
 * public/managed-schema.json as the build writes it (wxt.config.ts): the policy schema of settings-schema.ts in the
 * subset Chrome's policy schemas take. One type per schema, so a letter block's variants merge into one object;
 * checks JSON Schema cannot say (real dates, placeholders, selectors) stay with the extension, which reports them
 * on the options page. Build-time only: @valibot/to-json-schema never ships.
 */
type Node = Record<string, unknown>;

const KEPT = [
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
];

function chrome(node: Node): Node | undefined {
  const options = node.anyOf ?? node.oneOf;
  if (Array.isArray(options)) return merge(options.map((option) => chrome(option as Node)).filter(isNode));
  const out: Node = {};
  if (node.const !== undefined) out.enum = [node.const];
  for (const key of KEPT) {
    const value = node[key];
    if (value === undefined) continue;
    if (key === 'properties') {
      const properties = Object.entries(value as Record<string, Node>).flatMap(([name, child]) => {
        const converted = chrome(child);
        return converted ? [[name, converted] as const] : [];
      });
      out.properties = Object.fromEntries(properties);
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = chrome(value as Node);
    } else if (key === 'pattern' && String(value).includes('(?')) {
      // Chrome matches patterns with RE2, which has no look-ahead: the extension checks those itself.
    } else if (key !== 'additionalProperties') {
      out[key] = value;
    }
  }
  if (out.enum && !out.type) out.type = typeof (out.enum as unknown[])[0];
  // A field a policy may never set (the desk id) has no type: it is left out.
  return typeof out.type === 'string' ? out : undefined;
}

const isNode = (value: Node | undefined): value is Node => value !== undefined;

/** Variants of one object (letter blocks by `type`) as one object holding every variant's fields. */
function merge(options: Node[]): Node | undefined {
  if (options.length === 0 || options.some((option) => option.type !== 'object')) return options[0];
  const properties: Record<string, Node> = {};
  for (const option of options) {
    for (const [name, child] of Object.entries(option.properties as Record<string, Node>)) {
      const known = properties[name];
      properties[name] =
        known?.enum && child.enum
          ? { ...known, enum: [...new Set([...(known.enum as []), ...(child.enum as [])])] }
          : (known ?? child);
    }
  }
  return { type: 'object', properties };
}

// A subtree this long that appears more than once (a letter's blocks, in each of five letters) is written once.
const SHARED_MIN_LENGTH = 400;

/**
 * Repeated subtrees written once: the first keeps an `id`, the others become `$ref`s to it (Chrome's policy schemas
 * resolve `$ref` against `id`s anywhere in the schema). The package ships this file; the letters' block schema alone
 * was five copies of the same 870 characters.
 */
function shareRepeats(root: Node): Node {
  // A schema, not a map of properties (whose own field may be called "type").
  const isSchema = (node: object): node is Node => !Array.isArray(node) && typeof (node as Node).type === 'string';
  const counts = new Map<string, number>();
  const count = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (isSchema(node)) {
      const key = JSON.stringify(node);
      if (key.length >= SHARED_MIN_LENGTH) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const child of Object.values(node)) count(child);
  };
  count(root);
  const ids = new Map<string, string>();
  const written = new Set<string>();
  const rewrite = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(rewrite);
    const key = JSON.stringify(node);
    if (isSchema(node) && (counts.get(key) ?? 0) > 1) {
      if (written.has(key)) return { $ref: ids.get(key) };
      const id = `shared-${ids.size + 1}`;
      ids.set(key, id);
      written.add(key);
      return { id, ...(Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v)])) as Node) };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v)]));
  };
  return rewrite(root) as Node;
}

export function managedJsonSchema(): Node {
  const schema = chrome(toJsonSchema(PolicySchema, { errorMode: 'ignore' }) as Node);
  if (!schema) throw new Error('The policy schema has no object at its top');
  return shareRepeats(schema);
}
