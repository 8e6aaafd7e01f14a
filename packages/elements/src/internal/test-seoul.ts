import { parseForum, type Forum, type ForumInput } from '@forumkit/core';
import seoulJson from '../../../../examples/seoul-quantum-forum/forum.json' with { type: 'json' };

/** The Seoul Quantum Platform Forum example as authored. */
export const seoulData = seoulJson as unknown as ForumInput;

/** The Seoul example, validated: pass it as `.forum`. */
export const seoulForum: Forum = parseForum(seoulData);

/** A fresh, mutable copy of the Seoul data (any nested value may be changed). */
export function seoulDataCopy(): Record<string, any> {
  return structuredClone(seoulJson) as Record<string, any>;
}

/** Markup and a URL that must stay text wherever a forum shows them. */
export const HOSTILE = '<img src=x onerror="window.__pwned=1"></script><a href="javascript:alert(1)">x</a>';

// Fields holding text people read (names, titles, captions, quotes…).
const TEXT_FIELDS = new Set([
  'name',
  'shortName',
  'jobTitle',
  'title',
  'description',
  'caption',
  'alt',
  'credit',
  'text',
  'headline',
  'room',
  'track',
  'edition',
]);

/**
 * Forum data with every readable text changed by `change` (given the text, its field and its
 * language): in `fields`, a string or each language's string of a localized text.
 */
export function mapTexts(
  data: unknown,
  change: (text: string, field: string, language?: string) => string,
  fields: ReadonlySet<string> = TEXT_FIELDS,
): unknown {
  const visit = (value: unknown, key: string): unknown => {
    if (fields.has(key) && typeof value === 'string') return change(value, key);
    if (fields.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([language, text]) => [language, change(String(text), key, language)]));
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, ''));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, visit(item, name)]));
    return value;
  };
  return visit(data, '');
}

/** The Seoul forum with every readable text replaced by `HOSTILE` (plus the field name and language). */
export const hostileSeoulForum: Forum = parseForum(
  mapTexts(seoulJson, (_, field, language) => (language === undefined ? `${HOSTILE} ${field}` : `${HOSTILE} ${field} ${language}`)) as ForumInput,
);
