import { forumSchema } from '../model/schema/forum.js';
import type { PathSegment } from './issue.js';

/** The parts of a valibot schema that validation messages look at. */
export interface SchemaNode {
  readonly type: string;
  readonly message?: unknown;
  readonly wrapped?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly SchemaNode[];
}

const unwrap = (node: SchemaNode | undefined) => (node?.type === 'optional' ? node.wrapped : node);

function child(node: SchemaNode, key: PathSegment): SchemaNode | undefined {
  if (node.entries) return typeof key === 'string' && Object.hasOwn(node.entries, key) ? unwrap(node.entries[key]) : undefined;
  if (node.type === 'array') return typeof key === 'number' ? node.item : undefined;
  if (node.type === 'record') return node.value;
  // A localized text: only its map option has children.
  return node.type === 'union' ? node.options?.map((option) => child(option, key)).find(Boolean) : undefined;
}

/** The part of the forum schema that describes the value at `path`, if the schema reaches there. */
export function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = forumSchema as unknown as SchemaNode;
  for (const key of path) node = node && child(node, key);
  return node;
}
