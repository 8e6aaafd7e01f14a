import { html, nothing, type TemplateResult } from 'lit';
import type { Person } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';
import { dataText, localized } from './data-text.js';

/** A person's name in the display language, linked to their page when it has a safe URL. */
export function personName(person: Person, present: Presentation): TemplateResult | typeof nothing {
  const link = present.url(person.url);
  const name = localized(person.name, present);
  return link ? html`<a href=${link}>${name}</a>` : name;
}

/** A person's organisations, set apart as the language does ("KIST, Seoul"). */
export function affiliationNames(person: Person, present: Presentation): TemplateResult | typeof nothing {
  const names = present.affiliations(person).map((organization) => dataText(present.organizationName(organization), present));
  return names.length === 0 ? nothing : separated(names, present);
}

/** Parts of a line of details (a job title, organisations), with the language's separator between them. */
export function separated(items: readonly unknown[], present: Presentation): TemplateResult {
  return html`${items.map((item, i) => (i === 0 ? item : html`${present.term('separator')}${item}`))}`;
}

/** Items joined as the language lists them ("A, B and C": `Intl.ListFormat`), each item kept as markup. */
export function joinList(items: readonly unknown[], language: string): TemplateResult {
  if (items.length === 1) return html`${items[0]}`;
  const parts = new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(items.map((_, i) => `\u0000${i}\u0000`));
  return html`${parts.map((part) => (part.type === 'element' ? items[Number(part.value.slice(1, -1))] : part.value))}`;
}
