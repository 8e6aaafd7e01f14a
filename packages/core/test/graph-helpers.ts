import type { Graph } from 'schema-dts';

/** A node of the output graph, read loosely (tests look at it as plain JSON). */
export type JsonNode = Readonly<Record<string, unknown>> & { readonly '@id'?: string; readonly '@type'?: string };

const isObject = (value: unknown): value is JsonNode => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A value as a list: JSON-LD treats one value and a list of one the same. */
export function asArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** True for `{ "@id": ... }` and nothing else. */
export function isReference(value: unknown): value is { '@id': string } {
  return isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1;
}

/** The graph's top-level nodes. */
export function topLevel(graph: Graph): JsonNode[] {
  return graph['@graph'] as unknown as JsonNode[];
}

/** Every node with a @type, top-level or embedded (offers, roles, addresses). */
export function allNodes(graph: Graph): JsonNode[] {
  const found: JsonNode[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value)) {
      if (value['@type'] !== undefined) found.push(value);
      Object.values(value).forEach(walk);
    }
  };
  walk(graph['@graph']);
  return found;
}

/** Every `{ "@id" }` reference in the graph. */
export function allReferences(graph: Graph): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isReference(value)) found.push(value['@id']);
    else if (isObject(value)) Object.values(value).forEach(walk);
  };
  walk(graph['@graph']);
  return found;
}

/** Lookups over a graph's nodes by @id. */
export function graphLookup(graph: Graph) {
  const byId = new Map(allNodes(graph).map((node) => [node['@id']!, node]));
  const node = (id: string): JsonNode => {
    const found = byId.get(id);
    if (!found) throw new Error(`no node ${id} in the graph`);
    return found;
  };
  /** The nodes a property of a node points at (references resolved, embedded nodes as they are). */
  const follow = (from: JsonNode, property: string): JsonNode[] =>
    asArray(from[property] as unknown).map((value) => (isReference(value) ? node(value['@id']) : (value as JsonNode)));
  /** The @ids a property points at. */
  const ids = (from: JsonNode, property: string): string[] => asArray(from[property] as unknown).map((value) => (value as JsonNode)['@id']!);
  return { byId, node, follow, ids };
}
