import { html, nothing, type TemplateResult } from 'lit';
import type { Person } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';
import { localized } from './data-text.js';
import { safeUrl } from './safe-url.js';

/** A person's name in the display language, linked to their page when it has a safe URL. */
export function personName(person: Person, present: Presentation): TemplateResult | typeof nothing {
  const link = safeUrl(person.url);
  const name = localized(person.name, present);
  return link ? html`<a href=${link}>${name}</a>` : name;
}

/** A person's organisations, as a list in the display language ("KIST and Seoul"). */
export function affiliationNames(person: Person, present: Presentation): TemplateResult | typeof nothing {
  const names = present.affiliations(person).map((organization) => localized(organization.name, present));
  return names.length === 0 ? nothing : joinList(names, present.language);
}

/** Items joined as the language lists them (`Intl.ListFormat`), each item kept as markup. */
export function joinList(items: readonly unknown[], language: string, type: 'unit' | 'conjunction' = 'unit'): TemplateResult {
  if (items.length === 1) return html`${items[0]}`;
  const parts = new Intl.ListFormat(language, { type, style: type === 'unit' ? 'short' : 'long' }).formatToParts(items.map((_, i) => `\u0000${i}\u0000`));
  return html`${parts.map((part) => (part.type === 'element' ? items[Number(part.value.slice(1, -1))] : part.value))}`;
}
