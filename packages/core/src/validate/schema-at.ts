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
  readonly options?: readonly unknown[];
}

const WRAPPERS = new Set(['optional', 'exact_optional', 'nullish', 'nullable', 'undefinedable']);

function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  while (node !== undefined && WRAPPERS.has(node.type) && node.wrapped) node = node.wrapped;
  return node;
}

function child(node: SchemaNode, key: PathSegment): SchemaNode | undefined {
  switch (node.type) {
    case 'strict_object':
    case 'object':
      return typeof key === 'string' && node.entries && Object.hasOwn(node.entries, key) ? node.entries[key] : undefined;
    case 'array':
      return typeof key === 'number' ? node.item : undefined;
    case 'record':
      return typeof key === 'string' ? node.value : undefined;
    case 'union':
      for (const option of (node.options ?? []) as SchemaNode[]) {
        const found = child(unwrap(option)!, key);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The part of the forum schema that describes the value at `path`, if the schema reaches there. */
export function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node = unwrap(forumSchema as unknown as SchemaNode);
  for (const key of path) {
    if (node === undefined) return undefined;
    node = unwrap(child(node, key));
  }
  return node;
}

/** The fields the object at `path` may have (empty when the schema expects no object there). */
export function knownFields(path: readonly PathSegment[]): string[] {
  const node = schemaAt(path);
  return node?.entries ? Object.keys(node.entries) : [];
}

/** The values a closed vocabulary at `path` allows (empty when there is none). */
export function allowedValues(path: readonly PathSegment[]): string[] {
  const node = schemaAt(path);
  return node?.type === 'picklist' ? ((node.options ?? []) as string[]) : [];
}
