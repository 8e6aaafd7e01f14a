import { html, type TemplateResult } from 'lit';
import type { ForumIndex, Organization, Person } from '@forumkit/core';
import { localizedText } from './localized-text.js';
import type { Localizer } from './localizer.js';
import { safeUrl } from './safe-url.js';

/** The organisation a person belongs to, when the forum lists it. */
export function affiliationOf(person: Person, index: ForumIndex): Organization | undefined {
  return person.affiliation === undefined ? undefined : index.organizations.get(person.affiliation);
}

/** A person's name in the display language, linked to their page when it has a safe URL. */
export function personName(person: Person, text: Localizer): TemplateResult | string {
  const link = safeUrl(person.url);
  const name = localizedText(person.name, text);
  return link ? html`<a href=${link}>${name}</a>` : name;
}
