import {
  defaultLanguage,
  resolveText,
  resolveTextLanguage,
  vocabularyLabels,
  type Forum,
  type LocalizedText,
  type VocabularyLabels,
} from '@forumkit/core';
import { uiStrings, type UiStrings } from './strings.js';

/** Everything an element needs to show a forum in one language. */
export interface Localizer {
  readonly language: string;
  readonly labels: VocabularyLabels;
  readonly ui: UiStrings;
  /** The text in the display language, falling back along the forum's languages. */
  text(text: LocalizedText | undefined): string | undefined;
  /** The language of what `text` returns, so markup can carry a correct `lang`. */
  textLanguage(text: LocalizedText | undefined): string | undefined;
}

const cache = new WeakMap<Forum, Map<string, Localizer>>();

/** A memoised localizer for a forum and display language. */
export function localizer(forum: Forum, language: string): Localizer {
  let perForum = cache.get(forum);
  if (!perForum) cache.set(forum, (perForum = new Map()));
  let found = perForum.get(language);
  if (!found) {
    const fallbacks = forum.languages;
    const base = defaultLanguage(forum);
    found = {
      language,
      labels: vocabularyLabels(language),
      ui: uiStrings(language),
      text: (text) => resolveText(text, language, fallbacks),
      textLanguage: (text) => resolveTextLanguage(text, language, fallbacks, base),
    };
    perForum.set(language, found);
  }
  return found;
}
