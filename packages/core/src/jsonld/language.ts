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
  name(value: LocalizedText, ...also: Array<LocalizedText | undefined>): NameFields;
  /** The distinct values of texts, in the forum's language order, leaving out `except`. */
  variants(values: ReadonlyArray<LocalizedText | undefined>, except?: string): string[];
}

export interface NameFields {
  readonly name: string;
  readonly alternateName?: string | readonly string[];
}

/** The language mapping for a forum and an optional requested language. */
export function graphLanguage(forum: Forum, requested?: string): GraphLanguage {
  const language = requested ?? defaultLanguage(forum);
  const fallbacks = forum.languages;
  const order = (tag: string) => {
    const position = fallbacks.indexOf(tag);
    return position < 0 ? fallbacks.length : position;
  };
  const valuesOf = (value: LocalizedText): string[] =>
    typeof value === 'string'
      ? [value]
      : Object.keys(value)
          .sort((a, b) => order(a) - order(b)) // stable sort: unknown tags keep authored order
          .map((tag) => value[tag]!);
  const text = (value: LocalizedText | undefined) => resolveText(value, language, fallbacks);
  const variants = (values: ReadonlyArray<LocalizedText | undefined>, except?: string) => {
    const all = values.flatMap((value) => (value === undefined ? [] : valuesOf(value)));
    return [...new Set(all)].filter((value) => value !== except);
  };
  return {
    language,
    text,
    variants,
    name(value, ...also) {
      const name = text(value)!; // a defined text always resolves
      const alternateName = oneOrMany(variants([value, ...also], name));
      return alternateName === undefined ? { name } : { name, alternateName };
    },
  };
}
