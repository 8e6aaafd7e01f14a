import { isAbsoluteHttpUrl } from '@forumkit/core/schema';

/** Thrown when the input is not Sessionize's "All" data at all (what can be read is read, with warnings). */
export class SessionizeImportError extends Error {
  override readonly name = 'SessionizeImportError';
}

export type Loose = Record<string, unknown>;

export const isObject = (value: unknown): value is Loose => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The lists of the "All" view (`/api/v2/{id}/view/All`), each an array of objects (anything else in them is left out, with a warning). */
export interface SessionizeAll {
  readonly sessions: readonly Loose[];
  readonly speakers: readonly Loose[];
  readonly questions: readonly Loose[];
  readonly categories: readonly Loose[];
  readonly rooms: readonly Loose[];
}

const LISTS = ['sessions', 'speakers', 'questions', 'categories', 'rooms'] as const;

/** The five lists of the "All" view in a parsed object or its JSON text; throws a `SessionizeImportError` when there are none. */
export function readAll(input: unknown, problem: (message: string) => void): SessionizeAll {
  let data = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (error) {
      throw new SessionizeImportError(`not Sessionize data: the text is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (Array.isArray(data) && data.some((group) => isObject(group) && 'groupName' in group))
    throw new SessionizeImportError(
      'this is the grouped "Sessions" view of the Sessionize API: read the "All" view (/api/v2/{id}/view/All), which also lists speakers, rooms and categories',
    );
  if (!isObject(data) || !Array.isArray(data.sessions))
    throw new SessionizeImportError('not Sessionize "All" data (/api/v2/{id}/view/All): it has no "sessions" list');
  for (const key of Object.keys(data))
    if (!(LISTS as readonly string[]).includes(key)) problem(`the input has a field ${JSON.stringify(key)} that forumkit does not read: left out`);
  const lists = LISTS.map((key) => {
    const value = data[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      problem(`${key} is not a list: left out`);
      return [];
    }
    return value.filter((entry, i) => isObject(entry) || (problem(`${key}[${i}] is not an object: left out`), false)) as Loose[];
  });
  const [sessions = [], speakers = [], questions = [], categories = [], rooms = []] = lists;
  return { sessions, speakers, questions, categories, rooms };
}

/** A Sessionize id (a number or a string) as text; undefined for anything else. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Where an entry is, for warnings: `sessions[3] ("Lunch")`. */
export function placeOf(list: string, index: number, name: unknown): string {
  const label = typeof name === 'string' && name.trim() !== '' ? ` (${JSON.stringify(name.trim().slice(0, 60))})` : '';
  return `${list}[${index}]${label}`;
}

/** An absolute http(s) URL as written, its scheme made lower-case (`Https://` in some profiles); undefined for anything else. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().replace(/^https?:/i, (scheme) => scheme.toLowerCase());
  return isAbsoluteHttpUrl(trimmed) && trimmed.length <= 2048 ? trimmed : undefined;
}
