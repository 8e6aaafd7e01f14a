import type * as v from 'valibot';
import { MAX_ENTRIES, RESERVED_KEYS } from './read-input.js';

/** What a compiled schema returns for input it does not take as it is. */
export const REFUSED: unique symbol = Symbol('refused');

/** A schema as a plain function: valibot's output for input it takes, else `REFUSED`. */
export type CompiledSchema = (input: unknown) => unknown;

// The parts of valibot's schemas and actions read here (public properties of each).
interface Node {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly [Node, ...Node[]];
  readonly entries?: Readonly<Record<string, Node>>;
  readonly wrapped?: Node;
  readonly item?: Node;
  readonly key?: Node;
  readonly value?: Node;
  readonly options?: readonly unknown[];
  readonly requirement?: unknown;
  readonly default?: unknown;
  readonly fallback?: unknown;
  readonly '~run': (dataset: { value: unknown }, config: object) => { typed: boolean; value: unknown; issues?: unknown };
}

type Test = (value: never) => boolean;

/**
 * The schema as plain functions, one per node, for data that is valid as it stands: valibot
 * runs every value through datasets and issue bookkeeping that valid data never needs. It reads
 * the input itself, as `readInput` does (the own properties of plain objects, the entries of
 * lists), and takes what valibot takes from `readInput`'s copy, with the same output, fields in
 * the schema's order. It refuses the rest, for the full path to read again and report: all that
 * `readInput` names (a throwing getter, a Date, a hole, a reserved key), all the schema refuses,
 * and lists where objects belong (which valibot's object schemas take). The schema stays the one
 * source of the rules; nodes and pipes not known here run through valibot itself.
 */
export function compileSchema(schema: v.GenericSchema): CompiledSchema {
  const fields = new Set<string>();
  const run = compile(schema as unknown as Node, fields);
  return (input) => {
    // Properties every object inherits (Object.prototype tampered with) are fields to valibot.
    if (Object.keys(Object.prototype).length > 0) return REFUSED;
    for (const field of fields) if (field in Object.prototype) return REFUSED;
    try {
      return run(input);
    } catch {
      return REFUSED; // a getter or proxy that throws
    }
  };
}

function compile(node: Node, fields: Set<string>): CompiledSchema {
  const child = (schema: Node) => compile(schema, fields);
  if (node.pipe) return pipe(node, child);
  switch (node.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : REFUSED);
    case 'picklist':
      return (input) => (node.options!.includes(input) ? input : REFUSED);
    case 'optional': {
      if (node.default !== undefined) break;
      const wrapped = child(node.wrapped!);
      return (input) => (input === undefined ? undefined : wrapped(input));
    }
    case 'strict_object': {
      const entries = Object.entries(node.entries!);
      if (entries.some(([, entry]) => entry.default !== undefined || entry.fallback !== undefined)) break;
      for (const [key] of entries) fields.add(key);
      return strictObject(entries.map(([key, entry]) => [key, child(entry), entry.type !== 'optional']));
    }
    case 'array':
      return array(child(node.item!));
    case 'record':
      return record(child(node.key!), child(node.value!));
    case 'union': {
      // The first option that takes the input, as in valibot. (The forum schema's options take
      // values of different types, so refusing more in one never picks another.)
      const options = (node.options as Node[]).map(child);
      return (input) => {
        for (const option of options) {
          const value = option(input);
          if (value !== REFUSED) return value;
        }
        return REFUSED;
      };
    }
  }
  return throughValibot(node);
}

/** A node as valibot runs it, for values other than objects (those are read only by the functions here). */
function throughValibot(node: Node): CompiledSchema {
  return (input) => {
    if (input !== null && typeof input === 'object') return REFUSED;
    const dataset = node['~run']({ value: input }, {});
    return dataset.typed && !dataset.issues ? dataset.value : REFUSED;
  };
}

/** An object that `readInput` copies as it is: any other prototype makes it a stand-in. */
function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (input === null || typeof input !== 'object') return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === Object.prototype || prototype === null;
}

/** Fields are read in the input's order and written in the schema's; an object already in that order is written as read. */
function strictObject(fields: ReadonlyArray<readonly [key: string, run: CompiledSchema, required: boolean]>): CompiledSchema {
  const position = new Map(fields.map(([key], i) => [key, i]));
  const requiredCount = fields.filter(([, , required]) => required).length;
  return (input) => {
    if (!isPlainObject(input)) return REFUSED;
    let output: Record<string, unknown> = {};
    let last = -1;
    let inOrder = true;
    let required = 0;
    for (const key in input) {
      const at = position.get(key);
      if (at === undefined) return REFUSED; // an unknown field (reserved keys among them)
      const [, run, isRequired] = fields[at]!;
      const value = run(input[key]);
      if (value === REFUSED) return REFUSED;
      if (isRequired) required++;
      if (at < last) inOrder = false;
      last = at;
      output[key] = value;
    }
    if (required < requiredCount) return REFUSED;
    if (!inOrder) {
      const read = output;
      output = {};
      for (const [key] of fields) if (Object.hasOwn(read, key)) output[key] = read[key];
    }
    return output;
  };
}

const array =
  (item: CompiledSchema): CompiledSchema =>
  (input) => {
    if (!Array.isArray(input)) return REFUSED;
    const length = input.length;
    if (length > MAX_ENTRIES) return REFUSED; // refused unread, as readInput refuses it
    const output: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const entry: unknown = input[i];
      const value = entry === undefined && !Object.hasOwn(input, i) ? REFUSED : item(entry); // a hole
      if (value === REFUSED) return REFUSED;
      output.push(value);
    }
    return output;
  };

const record =
  (key: CompiledSchema, value: CompiledSchema): CompiledSchema =>
  (input) => {
    if (!isPlainObject(input)) return REFUSED;
    const output: Record<string, unknown> = {};
    for (const entry in input) {
      const name = RESERVED_KEYS.has(entry) ? REFUSED : key(entry);
      const item = name === REFUSED ? REFUSED : value(input[entry]);
      if (item === REFUSED) return REFUSED;
      output[name as string] = item;
    }
    return output;
  };

/** A pipe: its schema's check, then each action's test of the value; through valibot when an action is not known here. */
function pipe(node: Node, child: (schema: Node) => CompiledSchema): CompiledSchema {
  const [schema, ...actions] = node.pipe!;
  const tests = actions.map(test);
  if (tests.includes(undefined)) return throughValibot(node);
  const base = child(schema);
  return (input) => {
    const value = base(input);
    if (value === REFUSED) return REFUSED;
    for (const passes of tests) if (!passes!(value as never)) return REFUSED;
    return value;
  };
}

/** What a validation action requires, as valibot tests it. */
function test({ type, requirement }: Node): Test | undefined {
  const limit = requirement as number;
  switch (type) {
    case 'regex':
      return (value: string) => (requirement as RegExp).test(value);
    case 'check':
      return requirement as Test;
    case 'non_empty':
      return (value: string) => value.length > 0;
    case 'min_length':
      return (value: string) => value.length >= limit;
    case 'max_length':
      return (value: string) => value.length <= limit;
    case 'min_entries':
      return (value: object) => Object.keys(value).length >= limit;
    case 'max_entries':
      return (value: object) => Object.keys(value).length <= limit;
  }
  return undefined;
}
