import { readLanguage } from '../internal/language.js';
import { MAX_NAME, plainText } from '../internal/text.js';
import { idText, isObject, type Loose } from './read-input.js';

/** What a category's items say about a session in forumkit. */
export type CategoryRole = 'track' | 'language' | 'format' | 'tag' | 'speaker';

export interface CategoryItem {
  readonly name: string;
  readonly category: string;
  readonly role: CategoryRole;
  /** The item's place among every item of the export, for listing tracks in the organisers' order. */
  readonly order: number;
  /** For items of a language category: the language as a BCP 47 tag, when it names one. */
  readonly language?: string;
}

// Sessionize's default categories are "Session format", "Track", "Level" and "Language"; organisers rename and add freely.
const ROLES: ReadonlyArray<readonly [RegExp, CategoryRole]> = [
  [/\btracks?\b|\bstreams?\b/i, 'track'],
  [/\blanguages?\b|\bsprache\b|\blangue\b|\bidioma\b/i, 'language'],
  [/\bformats?\b|\btypes?\b/i, 'format'],
];

let languageNames: Map<string, string> | undefined;

/** A language written as its English name ("English", "German", "Portuguese") or as a tag ("en", "pt-BR"). */
export function languageOfName(name: string): string | undefined {
  if (languageNames === undefined) {
    // The platform knows every two-letter language's English name: asked once, in reverse.
    languageNames = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters)
      for (const b of letters) {
        const english = names.of(a + b);
        if (english !== undefined && !languageNames.has(english.toLowerCase())) languageNames.set(english.toLowerCase(), a + b);
      }
  }
  const written = name.trim();
  const byName = languageNames.get(written.toLowerCase());
  if (byName !== undefined) return byName;
  // Only short tag shapes: "italian" has the shape of a (reserved) tag but is a name.
  return /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i.test(written) ? readLanguage(written) : undefined;
}

/**
 * The category items of an export, by id: the top-level `categories` (with `title` and `items`,
 * and `type` "session" or "speaker"), and the categories a session lists itself (the Sessions
 * view writes `categories` with `name` and `categoryItems`).
 */
export class CategoryBook {
  readonly #items = new Map<string, CategoryItem>();

  constructor(categories: readonly Loose[], problem: (message: string) => void) {
    categories.forEach((category, i) => {
      if (this.register(category) === 0 && !Array.isArray(category.items ?? category.categoryItems)) problem(`categories[${i}] has no items: left out`);
    });
  }

  /** Adds a category's items; returns how many were added. */
  register(category: Loose): number {
    const title = plainText(category.title ?? category.name, MAX_NAME) ?? 'Category';
    const role: CategoryRole = category.type === 'speaker' ? 'speaker' : (ROLES.find(([words]) => words.test(title))?.[1] ?? 'tag');
    const items = category.items ?? category.categoryItems;
    let added = 0;
    for (const item of Array.isArray(items) ? items : []) {
      const id = isObject(item) ? idText(item.id) : undefined;
      const name = isObject(item) ? plainText(item.name ?? item.title, MAX_NAME) : undefined;
      if (id === undefined || name === undefined || this.#items.has(id)) continue;
      const language = role === 'language' ? languageOfName(name) : undefined;
      this.#items.set(id, { name, category: title, role, order: this.#items.size, ...(language !== undefined && { language }) });
      added++;
    }
    return added;
  }

  item(id: unknown): CategoryItem | undefined {
    const key = idText(id);
    return key === undefined ? undefined : this.#items.get(key);
  }
}
