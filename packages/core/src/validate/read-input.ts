import { formatPath, type PathSegment, type Problem } from './issue.js';
import { opaqueValue } from './opaque-value.js';

// Deeper than any forum field (sessions[0].participants[0].person is 5 levels): beyond it lies only junk.
const MAX_DEPTH = 16;
/** The longest list the schema allows; longer lists are refused without reading them. */
export const MAX_ENTRIES = 100_000;
/** Keys that would reach into an object's prototype when copied or looked up. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
// Built-in objects named in messages ("got a Date object"); anything else is "not plain data".
const NAMED_OBJECTS = new Set([
  'Date',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'RegExp',
  'Error',
  'Promise',
  'URL',
  'ArrayBuffer',
  'Uint8Array',
  'Boolean',
  'Number',
  'String',
]);

/** Input copied into plain data, and what could not be copied. */
export interface ReadInput {
  /** Plain objects (without prototype), arrays and primitives; stand-ins where a value was not plain data. */
  readonly data: unknown;
  readonly problems: Problem[];
}

/**
 * Copies untrusted input into plain data that validation can read without surprises: every
 * property is read once (a throwing getter or proxy becomes an issue at its path), cycles and
 * prototype-reaching keys are reported, and Dates, Maps and the like become named stand-ins.
 */
export function readInput(input: unknown): ReadInput {
  const problems: Problem[] = [];
  // Each object is copied once, however often it is shared (a shared object is not a cycle).
  const copies = new Map<object, unknown>();

  const cannotRead = (path: readonly PathSegment[], error: unknown): symbol => {
    problems.push({ path, message: `could not be read: ${describeError(error)}`, covers: true });
    return opaqueValue('an unreadable value');
  };

  // A list written [a, , b] has no entry at all between the commas (JSON cannot say this; JavaScript can).
  const hole = (index: number, parent: Trail): symbol => {
    problems.push({
      path: pathOf({ parent, key: index, value: undefined, depth: 0 }),
      message: 'is missing: the list has a hole here, as in [a, , b]',
      covers: true,
    });
    return opaqueValue('a missing entry');
  };

  const readProperty = (container: object, key: PathSegment, parent: Trail): unknown => {
    let value: unknown;
    try {
      value = (container as Record<PathSegment, unknown>)[key];
    } catch (error) {
      return cannotRead(pathOf({ parent, key, value: undefined, depth: 0 }), error);
    }
    // A trail link only for objects: most values are strings and numbers, read without one.
    return value !== null && typeof value === 'object' ? read({ parent, key, value, depth: parent.depth + 1 }) : value;
  };

  const read = (trail: Trail & { readonly value: object }): unknown => {
    const { value } = trail;
    for (let link = trail.parent; link !== undefined; link = link.parent) {
      if (link.value !== value) continue;
      const target = link.parent === undefined ? 'the forum itself' : formatPath(pathOf(link));
      problems.push({ path: pathOf(trail), message: `refers back to ${target}, which contains it (a circular reference)`, covers: true });
      return opaqueValue('a circular reference');
    }
    if (copies.has(value)) return copies.get(value);
    if (trail.depth > MAX_DEPTH) return opaqueValue('deeply nested data');
    let copy: unknown;
    try {
      copy = copyObject(trail);
    } catch (error) {
      copy = cannotRead(pathOf(trail), error);
    }
    copies.set(value, copy);
    return copy;
  };

  const copyObject = (trail: Trail & { readonly value: object }): unknown => {
    const { value } = trail;
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > MAX_ENTRIES) {
        problems.push({ path: pathOf(trail), message: `has ${length} entries, more than any list may hold (${MAX_ENTRIES})`, covers: true });
        return opaqueValue('a list too long to check');
      }
      const list: unknown[] = [];
      for (let index = 0; index < length; index++) list.push(Object.hasOwn(value, index) ? readProperty(value, index, trail) : hole(index, trail));
      return list;
    }
    const prototype = Object.getPrototypeOf(value);
    const tag = prototype === Object.prototype || prototype === null ? 'Object' : Object.prototype.toString.call(value).slice(8, -1);
    if (tag !== 'Object') return opaqueValue(NAMED_OBJECTS.has(tag) ? `a ${tag} object` : 'an object that is not plain data');
    // A plain `{}` keeps V8's fast object shapes; reserved keys are defined, never assigned.
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        // Kept (as a stand-in, never its value) so the issue sits where the key was written.
        problems.push({
          path: pathOf({ parent: trail, key, value: undefined, depth: 0 }),
          message: `is not allowed: "${key}" is a reserved name`,
          covers: true,
        });
        Object.defineProperty(record, key, { value: opaqueValue('a reserved key'), enumerable: true, writable: true, configurable: true });
      } else {
        record[key] = readProperty(value, key, trail);
      }
    }
    return record;
  };

  const data = input !== null && typeof input === 'object' ? read({ parent: undefined, key: '', value: input, depth: 0 }) : input;
  return { data, problems };
}

/** The way from the document root to an object: each link knows its key, its object and its depth. */
interface Trail {
  readonly parent: Trail | undefined;
  readonly key: PathSegment;
  /** The object reached (undefined on a link made only to name a path). */
  readonly value: object | undefined;
  readonly depth: number;
}

/** The path of a trail (the root link, which has no parent, adds no segment). */
function pathOf(trail: Trail): PathSegment[] {
  const path: PathSegment[] = [];
  for (let link: Trail | undefined = trail; link?.parent !== undefined; link = link.parent) path.unshift(link.key);
  return path;
}

/** An error as short text for a message, whatever was thrown. */
export function describeError(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message || error.name : String(error);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return 'an error that cannot be shown';
  }
}
