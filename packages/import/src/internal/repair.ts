import { formatIssue, validateForum, type Forum, type ForumIssue } from '@forumkit/core';

type Node = Record<string, unknown> | unknown[];

// Fields an entry cannot be without, by the list or object it is in: an issue there removes the whole entry.
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  sessions: ['id', 'kind'],
  people: ['id', 'name'],
  rooms: ['id', 'name'],
  tracks: ['id', 'name'],
  organizations: ['id', 'name'],
  venues: ['name'],
  venue: ['name'],
  series: ['name'],
  geo: ['latitude', 'longitude'],
  links: ['kind', 'url'],
  participants: ['role', 'person'],
  offers: ['price', 'currency'],
  photos: ['id', 'url'],
  quotes: ['id', 'text', 'language', 'person'],
  coverage: ['id', 'headline'],
};
const FORUM_REQUIRED = new Set(['id', 'name', 'start', 'timeZone', 'languages', 'sessions']);
const GONE = Symbol('left out');

/** `sessions[3].links[0].url` -> ['sessions', 3, 'links', 0, 'url']. */
function segments(path: string): Array<string | number> {
  return [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(([, key, index, quoted]) =>
    index !== undefined ? Number(index) : (key ?? (JSON.parse(quoted!) as string)),
  );
}

/** Marks what an issue is about as gone: the field, or the list entry that cannot be without it. */
function leaveOut(data: Record<string, unknown>, path: Array<string | number>): boolean {
  for (let end = path.length; end >= 1; end--) {
    const parent = path.slice(0, end - 1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data) as
      Node | undefined;
    const key = path[end - 1]!;
    if (parent === undefined || parent === null || typeof parent !== 'object') return false;
    if (Array.isArray(parent)) {
      if (typeof key !== 'number' || !(key in parent)) return false;
      parent[key] = GONE;
      return true;
    }
    const container = path.slice(0, end - 1).findLast((segment): segment is string => typeof segment === 'string');
    const required = end === 1 ? FORUM_REQUIRED.has(String(key)) : (REQUIRED[container ?? ''] ?? []).includes(String(key));
    if (typeof key === 'string' && !required) {
      if (!(key in parent)) return false;
      delete parent[key];
      return true;
    }
  }
  return false;
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== GONE).map(sweep);
  if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) (node as Record<string, unknown>)[key] = sweep(value);
  return node;
}

/**
 * Validates an imported forum and, should anything still be wrong, leaves out what each issue
 * is about (a field, or the entry that cannot be without it) until the forum validates, with a
 * warning for each. The importers build valid data; this is the guarantee that they return it.
 */
export function validatedInput<T extends Record<string, unknown>>(data: T, warn: (message: string) => void): { data: T; forum: Forum } {
  for (let round = 0; round < 10; round++) {
    const result = validateForum(data);
    if (result.ok) return { data, forum: result.forum };
    const stuck: ForumIssue[] = [];
    for (const issue of result.issues) {
      if (leaveOut(data, segments(issue.path))) warn(`left out ${issue.path}: ${issue.message}`);
      else stuck.push(issue);
    }
    if (stuck.length > 0) throw new Error(`the imported forum does not validate: ${stuck.map(formatIssue).join('; ')}`);
    sweep(data);
  }
  throw new Error('the imported forum does not validate after leaving out what was wrong');
}
