// A JSON-LD document read as schema.org nodes: every node with an @id (top level or embedded)
// findable by it, references followed, values read as lists. No JSON-LD processor is needed for
// the compact form sites publish ("@context": "https://schema.org"); other contexts are refused.

export type JsonNode = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonNode => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A value as a list (JSON-LD reads one value and a list of one alike). */
export const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The schema.org types of a node, without any `schema:` or URL prefix. */
export function typesOf(node: JsonNode): string[] {
  return list(node['@type']).flatMap((type) => (typeof type === 'string' ? [type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '')] : []));
}

/** True when the context is schema.org's, as sites write it. */
function schemaOrgContext(context: unknown): boolean {
  return list(context).every((entry) =>
    typeof entry === 'string'
      ? /^https?:\/\/schema\.org\/?$/.test(entry)
      : isObject(entry) && Object.values(entry).every((value) => typeof value === 'string' && /^https?:\/\/schema\.org\/?$/.test(value)),
  );
}

/** The nodes of one or more documents, and a way to follow references between them. */
export interface Graph {
  readonly nodes: readonly JsonNode[];
  /** The node a value stands for: itself when it is a node, the node with its @id when it is a reference. */
  resolve(value: unknown): JsonNode | undefined;
  /** The nodes a property of a node holds, references followed. */
  nodesOf(node: JsonNode, property: string): JsonNode[];
  /** Contexts that are not schema.org's, which were left out. */
  readonly foreign: number;
}

export function readGraph(documents: readonly unknown[]): Graph {
  const nodes: JsonNode[] = [];
  const byId = new Map<string, JsonNode>();
  let foreign = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isObject(value)) return;
    if (typeof value['@id'] === 'string' && Object.keys(value).length > 1) {
      if (!byId.has(value['@id'])) nodes.push(value);
      byId.set(value['@id'], { ...byId.get(value['@id']), ...value });
    } else if (value['@type'] !== undefined) nodes.push(value);
    for (const [key, inner] of Object.entries(value)) if (key !== '@context') visit(inner);
  };
  for (const document of documents) {
    for (const doc of list(document)) {
      if (isObject(doc) && doc['@context'] !== undefined && !schemaOrgContext(doc['@context'])) {
        foreign++;
        continue;
      }
      visit(isObject(doc) && doc['@graph'] !== undefined ? doc['@graph'] : doc);
    }
  }
  const resolve = (value: unknown): JsonNode | undefined => {
    if (!isObject(value)) return undefined;
    const id = value['@id'];
    return typeof id === 'string' ? (byId.get(id) ?? value) : value;
  };
  return {
    nodes: nodes.map((node) => (typeof node['@id'] === 'string' ? byId.get(node['@id'])! : node)),
    resolve,
    nodesOf: (node, property) =>
      list(node[property]).flatMap((value) => {
        const found = resolve(value);
        return found ? [found] : [];
      }),
    foreign,
  };
}

/** The `<script type="application/ld+json">` blocks of an HTML page, each parsed; blocks that are not JSON are counted. */
export function jsonLdFromHtml(html: string): { documents: unknown[]; broken: number } {
  const documents: unknown[] = [];
  let broken = 0;
  for (const match of html.matchAll(/<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    try {
      documents.push(JSON.parse(match[1]!.trim().replace(/^<!--|-->$/g, '')));
    } catch {
      broken++;
    }
  }
  return { documents, broken };
}
