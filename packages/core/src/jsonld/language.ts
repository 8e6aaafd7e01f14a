import type { Forum } from '../model/types.js';
import { defaultLanguage } from '../model/forum-index.js';
import { resolveText, type LocalizedText } from '../model/text.js';
import { oneOrMany } from './prune.js';

/**
 * The graph is written in one language. Names are plain Text with the other languages' values in
 * `alternateName`: Google and schema.org both accept that, while language-tagged value objects
 * (`{"@value", "@language"}`) are valid JSON-LD but poorly supported by Google.
 */
export interface GraphLanguage {
  /** The language the graph is written in. */
  readonly language: string;
  /** A text in the graph language, falling back through the forum's languages. */
  text(value: LocalizedText | undefined): string | undefined;
  /** A name in the graph language plus every other distinct value (of it and of `also`) as alternates. */
  name(value: LocalizedText, also?: LocalizedText): NameFields;
  /** The distinct values of texts, in authored order, leaving out `except`. */
  variants(values: ReadonlyArray<LocalizedText | undefined>, except?: string): string[];
}

export interface NameFields {
  readonly name: string;
  readonly alternateName?: string | readonly string[];
}

/** The language mapping for a forum and an optional requested language. */
export function graphLanguage(forum: Forum, requested?: string): GraphLanguage {
  const language = requested ?? defaultLanguage(forum);
  const text = (value: LocalizedText | undefined) => resolveText(value, language, forum.languages);
  // Every name in the graph comes through here: a loop, not flatMap, Set, spread and filter.
  const variants = (values: ReadonlyArray<LocalizedText | undefined>, except?: string) => {
    const all: string[] = [];
    for (const value of values) {
      for (const variant of typeof value === 'string' ? [value] : Object.values(value ?? {})) {
        if (variant !== except && !all.includes(variant)) all.push(variant);
      }
    }
    return all;
  };
  return {
    language,
    text,
    variants,
    name(value, also) {
      const name = text(value)!; // a defined text always resolves
      return { name, alternateName: oneOrMany(variants([value, also], name)) };
    },
  };
}
