import { formatPath, type PathSegment, type Problem } from './issue.js';
import { opaqueValue } from './opaque-value.js';

// Deeper than any forum field (sessions[0].participants[0].person is 5 levels): beyond it lies only junk.
const MAX_DEPTH = 16;
// The longest list the schema allows; longer lists are refused without reading them.
const MAX_ENTRIES = 100_000;
/** Keys that would reach into an object's prototype when copied or looked up. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
// Built-in objects named in messages ("got a Date object"); anything else is "not plain data".
const NAMED_OBJECTS = new Set(['Date', 'Map', 'Set', 'WeakMap', 'WeakSet', 'RegExp', 'Error', 'Promise', 'URL', 'ArrayBuffer', 'Uint8Array', 'Boolean', 'Number', 'String']);

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
  const copies = new Map<object, unknown>();
  const open = new Map<object, Trail | undefined>();

  const cannotRead = (path: readonly PathSegment[], error: unknown): symbol => {
    problems.push({ path, message: `could not be read: ${describeError(error)}`, covers: true });
    return opaqueValue('an unreadable value');
  };

  const readProperty = (container: object, key: PathSegment, trail: Trail | undefined): unknown => {
    let value: unknown;
    try {
      value = (container as Record<PathSegment, unknown>)[key];
    } catch (error) {
      return cannotRead(pathOf({ parent: trail, key }), error);
    }
    // A trail link only for objects: most values are strings and numbers, read without one.
    return value !== null && typeof value === 'object' ? read(value, { parent: trail, key }) : value;
  };

  const read = (value: object, trail: Trail | undefined): unknown => {
    if (open.has(value)) {
      const ancestor = open.get(value);
      const target = ancestor === undefined ? 'the forum itself' : formatPath(pathOf(ancestor));
      problems.push({ path: pathOf(trail), message: `refers back to ${target}, which contains it (a circular reference)`, covers: true });
      return opaqueValue('a circular reference');
    }
    if (copies.has(value)) return copies.get(value);
    if (depthOf(trail) > MAX_DEPTH) return opaqueValue('deeply nested data');
    let copy: unknown;
    try {
      open.set(value, trail);
      copy = copyObject(value, trail);
    } catch (error) {
      copy = cannotRead(pathOf(trail), error);
    } finally {
      open.delete(value);
    }
    copies.set(value, copy);
    return copy;
  };

  const copyObject = (value: object, trail: Trail | undefined): unknown => {
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > MAX_ENTRIES) {
        problems.push({ path: pathOf(trail), message: `has ${length} entries, more than any list may hold (${MAX_ENTRIES})`, covers: true });
        return opaqueValue('a list too long to check');
      }
      const list: unknown[] = [];
      for (let index = 0; index < length; index++) list.push(readProperty(value, index, trail));
      return list;
    }
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    if (tag !== 'Object') return opaqueValue(NAMED_OBJECTS.has(tag) ? `a ${tag} object` : 'an object that is not plain data');
    // Without a prototype, "__proto__" is an ordinary key here and `in` sees only own keys.
    const record: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        // Kept (as a stand-in, never its value) so the issue sits where the key was written.
        problems.push({ path: pathOf({ parent: trail, key }), message: `is not allowed: "${key}" is a reserved name`, covers: true });
        record[key] = opaqueValue('a reserved key');
      } else {
        record[key] = readProperty(value, key, trail);
      }
    }
    return record;
  };

  const data = input !== null && typeof input === 'object' ? read(input, undefined) : input;
  return { data, problems };
}

/** The way from the document root to a value, innermost key first; undefined is the root. */
interface Trail {
  readonly parent: Trail | undefined;
  readonly key: PathSegment;
}

function pathOf(trail: Trail | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let link = trail; link !== undefined; link = link.parent) path.unshift(link.key);
  return path;
}

function depthOf(trail: Trail | undefined): number {
  let depth = 0;
  for (let link = trail; link !== undefined; link = link.parent) depth++;
  return depth;
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
