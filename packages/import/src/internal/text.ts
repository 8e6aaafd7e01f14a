import type { LocalizedText } from '@forumkit/core';
import { isLanguageTag } from './language.js';

/** Limits of forumkit's texts: names and titles, and long texts. */
export const MAX_NAME = 2_000;
export const MAX_TEXT = 20_000;

/** Plain text as forumkit keeps it: Windows line ends made "\n", outer spaces trimmed; undefined when empty. */
export function plainText(value: unknown, max: number, onCut?: (length: number) => void): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\r\n?/g, '\n').trim();
  if (text === '') return undefined;
  if (text.length <= max) return text;
  onCut?.(text.length);
  return `${text.slice(0, max - 1)}…`;
}

/**
 * A text that may be a string or a map of language tag to string (pretalx writes some names
 * that way): a plain string stays plain (its language is not known), a map keeps its languages.
 */
export function localizedText(value: unknown, max: number, onCut?: (length: number) => void): LocalizedText | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return plainText(value, max, onCut);
  const map: Record<string, string> = {};
  for (const [tag, text] of Object.entries(value)) {
    const shown = plainText(text, max, onCut);
    if (shown !== undefined && isLanguageTag(tag) && Object.keys(map).length < 50) map[tag] = shown;
  }
  const tags = Object.keys(map);
  return tags.length === 0 ? undefined : map;
}

/** The text of a map in one language, for names that must be plain (a room's key, a slug). */
export function oneText(text: LocalizedText | undefined): string | undefined {
  return text === undefined || typeof text === 'string' ? text : Object.values(text)[0];
}
