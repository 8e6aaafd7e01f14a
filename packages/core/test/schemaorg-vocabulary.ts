import { readFileSync } from 'node:fs';

/**
 * A runtime check of expanded JSON-LD against the schema.org vocabulary (release 30.0, kept in
 * test/schemaorg/): types and properties exist and are current, every property sits on a type of
 * its domain (subclasses included), references point at nodes of its range, and enumeration
 * values are members of the property's enumeration.
 */

const SCHEMA = /^https?:\/\/schema\.org\//;
const VOCABULARY_FILE = new URL('./schemaorg/schemaorg-current-https.jsonld', import.meta.url);

type Ref = string | { readonly '@id': string };
type Ids = Ref | readonly Ref[] | undefined;
interface VocabularyEntry {
  readonly '@id': string;
  readonly '@type': Ids;
  readonly 'rdfs:subClassOf'?: Ids;
  readonly 'schema:domainIncludes'?: Ids;
  readonly 'schema:rangeIncludes'?: Ids;
  readonly 'schema:supersededBy'?: Ids;
}

export interface Vocabulary {
  readonly classes: ReadonlyMap<string, readonly string[]>;
  readonly properties: ReadonlyMap<string, { readonly domains: readonly string[]; readonly ranges: readonly string[] }>;
  /** Enumeration members (and other named individuals) with their types. */
  readonly members: ReadonlyMap<string, readonly string[]>;
  readonly superseded: ReadonlySet<string>;
  /** The class with every superclass, transitively. */
  ancestors(type: string): ReadonlySet<string>;
}

export interface VocabularyProblem {
  /** The @id of the offending node (or a blank-node label). */
  readonly node: string;
  readonly types: readonly string[];
  readonly property?: string;
  readonly message: string;
}

const local = (id: string) => id.replace(/^schema:/, '').replace(SCHEMA, '');
const list = (ids: Ids): string[] => {
  if (ids === undefined) return [];
  const all: readonly Ref[] = Array.isArray(ids) ? ids : [ids as Ref];
  return all.map((entry) => (typeof entry === 'string' ? entry : entry['@id']));
};
const schemaOnly = (ids: Ids) =>
  list(ids)
    .filter((id) => id.startsWith('schema:'))
    .map(local);

/** Reads the vocabulary file once. */
export function loadVocabulary(file: URL = VOCABULARY_FILE): Vocabulary {
  const graph = (JSON.parse(readFileSync(file, 'utf8')) as { '@graph': VocabularyEntry[] })['@graph'];
  const classes = new Map<string, string[]>();
  const properties = new Map<string, { domains: string[]; ranges: string[] }>();
  const members = new Map<string, string[]>();
  const superseded = new Set<string>();
  for (const entry of graph) {
    if (!entry['@id'].startsWith('schema:')) continue;
    const id = local(entry['@id']);
    const types = list(entry['@type']);
    if (entry['schema:supersededBy'] !== undefined) superseded.add(id);
    if (types.includes('rdfs:Class')) classes.set(id, schemaOnly(entry['rdfs:subClassOf']));
    if (types.includes('rdf:Property')) {
      properties.set(id, { domains: schemaOnly(entry['schema:domainIncludes']), ranges: schemaOnly(entry['schema:rangeIncludes']) });
    }
    const memberOf = types.filter((type) => type.startsWith('schema:')).map(local);
    if (memberOf.length > 0) members.set(id, memberOf);
  }
  const cache = new Map<string, Set<string>>();
  const ancestors = (type: string): Set<string> => {
    let found = cache.get(type);
    if (!found) {
      found = new Set([type]);
      cache.set(type, found);
      for (const parent of classes.get(type) ?? []) for (const up of ancestors(parent)) found.add(up);
    }
    return found;
  };
  return { classes, properties, members, superseded, ancestors };
}

type Value = Readonly<Record<string, unknown>>;
interface Seen {
  readonly key: string;
  readonly node: Value;
}
interface Link {
  readonly from: string;
  readonly property: string;
}

const isObject = (value: unknown): value is Value => value !== null && typeof value === 'object' && !Array.isArray(value);
const valuesOf = (value: unknown): Value[] => {
  const all = (Array.isArray(value) ? value : [value]).filter(isObject);
  return all.flatMap((item) => (Array.isArray(item['@list']) ? valuesOf(item['@list']) : [item]));
};
const typesIn = (node: Value): string[] => (Array.isArray(node['@type']) ? (node['@type'] as string[]) : []);

/** Checks expanded JSON-LD (the output of `jsonld.expand`); an empty list means no problem was found. */
export function checkVocabulary(expanded: readonly unknown[], vocabulary: Vocabulary): VocabularyProblem[] {
  const { classes, properties, members, superseded, ancestors } = vocabulary;
  const nodes: Seen[] = [];
  const typesOf = new Map<string, Set<string>>();
  const links = new Map<string, Link[]>();
  let blank = 0;

  // Every node object, embedded or top-level, with the links that point at it.
  const visit = (node: Value, via?: Link): void => {
    const key = typeof node['@id'] === 'string' ? node['@id'] : `_:n${blank++}`;
    if (via) links.set(key, [...(links.get(key) ?? []), via]);
    if ('@value' in node) return;
    const types = typesOf.get(key) ?? new Set<string>();
    for (const type of typesIn(node)) types.add(local(type));
    typesOf.set(key, types);
    if (Object.keys(node).every((k) => k === '@id')) return; // a bare reference
    nodes.push({ key, node });
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith('@')) continue;
      for (const item of valuesOf(value)) if (!('@value' in item)) visit(item, { from: key, property });
    }
  };
  for (const node of expanded) if (isObject(node)) visit(node);

  const problems: VocabularyProblem[] = [];
  const on = (types: Iterable<string>, classList: readonly string[]) => [...types].some((type) => classList.some((wanted) => ancestors(type).has(wanted)));
  const isRole = (types: Iterable<string>) => on(types, ['Role']);
  const literalOk = (ranges: readonly string[]) =>
    ranges.some((range) => on([range], ['Text', 'Number', 'Boolean', 'Date', 'DateTime', 'Time', 'DataType', 'Quantity']));

  for (const { key, node } of nodes) {
    const types = [...(typesOf.get(key) ?? [])];
    const report = (message: string, property?: string) => problems.push({ node: key, types, ...(property === undefined ? {} : { property }), message });
    if (typesIn(node).length === 0) report('has no @type');
    for (const type of typesIn(node)) {
      if (!SCHEMA.test(type)) report(`type ${type} is not a schema.org type`);
      else if (!classes.has(local(type))) report(`type ${local(type)} does not exist in schema.org`);
      else if (superseded.has(local(type))) report(`type ${local(type)} is superseded`);
    }
    for (const [iri, value] of Object.entries(node)) {
      if (iri.startsWith('@')) continue;
      const property = local(iri);
      const definition = SCHEMA.test(iri) ? properties.get(property) : undefined;
      if (!definition) {
        report(`${iri} is not a schema.org property`, property);
        continue;
      }
      if (superseded.has(property)) report(`${property} is superseded`, property);
      if (!on(types, definition.domains)) {
        const referrers = isRole(types) ? (links.get(key) ?? []) : [];
        if (referrers.length === 0) report(`${property} is not a property of ${types.join('/')} (domain: ${definition.domains.join(', ')})`, property);
        for (const link of referrers) {
          const outer = [...(typesOf.get(link.from) ?? [])];
          if (local(link.property) !== property)
            report(`a Role reached through ${local(link.property)} must carry ${local(link.property)}, not ${property}`, property);
          else if (!on(outer, definition.domains))
            report(`${property} (through a Role) is not a property of ${outer.join('/')} (domain: ${definition.domains.join(', ')})`, property);
        }
      }
      checkValues(valuesOf(value), definition.ranges, (message) => report(message, property));
    }
  }
  return problems;

  function checkValues(values: readonly Value[], ranges: readonly string[], report: (message: string) => void): void {
    const enumerations = ranges.filter((range) => on([range], ['Enumeration']));
    for (const value of values) {
      const literal = '@value' in value ? value['@value'] : undefined;
      const iri = typeof value['@id'] === 'string' ? value['@id'] : typeof literal === 'string' && SCHEMA.test(literal) ? literal : undefined;
      if (enumerations.length > 0 && (iri === undefined || SCHEMA.test(iri)) && !literalOk(ranges.filter((r) => !enumerations.includes(r)))) {
        const member = iri === undefined ? undefined : members.get(local(iri));
        if (!member || !on(member, enumerations)) report(`${JSON.stringify(iri ?? literal)} is not a member of ${enumerations.join(' or ')}`);
        continue;
      }
      if ('@value' in value) {
        if (!literalOk(ranges)) report(`takes ${ranges.join(' or ')}, not the literal ${JSON.stringify(literal)}`);
        continue;
      }
      const target = iri === undefined ? undefined : typesOf.get(iri);
      if (!target || target.size === 0 || isRole(target)) continue; // outside the graph, or a Role checked on its own
      if (!on(target, ranges)) report(`points at a ${[...target].join('/')}, outside its range (${ranges.join(', ')})`);
    }
  }
}

/** One line per problem, for test failure messages. */
export function formatProblems(problems: readonly VocabularyProblem[]): string[] {
  return problems.map(({ node, types, property, message }) => `${types.join('/') || '?'} ${node}${property ? ` .${property}` : ''}: ${message}`);
}
