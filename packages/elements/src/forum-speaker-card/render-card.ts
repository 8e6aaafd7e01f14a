// What <forum-speaker-card> shows once its forum is there: its view (the drop-in bundle loads it
// with the data, see internal/forum-views.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { fillTemplate } from '@forumkit/core/i18n';
import type { Session } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';
import { dataText, localized } from '../internal/data-text.js';
import { heading } from '../internal/heading.js';
import { initials } from '../internal/initials.js';
import { affiliationNames, personName } from '../internal/person.js';
import { renderQuote } from '../forum-quote/render-quote.js';

/** What the card shows, as the element's attributes say. */
export interface CardOptions {
  /** The id of the person to show. */
  readonly person?: string | undefined;
  readonly withBio: boolean;
  readonly withQuote: boolean;
  readonly headingLevel: number;
}

/** The card of the person `card.person` names, or their id alone when the forum has no such person. */
export function renderCard(present: Presentation, card: CardOptions): TemplateResult {
  const { index } = present;
  const person = card.person === undefined ? undefined : index.people.get(card.person);
  if (!person) return html`<div part="status" class="status">${card.person ?? ''}</div>`;
  const name = present.text(person.name)?.text ?? person.id;
  const organizations = affiliationNames(person, present);
  const image = present.url(person.image);
  const quote = card.withQuote ? index.quotesByPerson.get(person.id)?.[0] : undefined;
  return html`<article part="card" class="card" dir=${present.dir}>
    ${
      image
        ? html`<img part="portrait" class="portrait" src=${image} alt=${fillTemplate(present.term('portraitOf'), { name })} loading="lazy" referrerpolicy="no-referrer" />`
        : html`<span part="portrait" class="portrait" aria-hidden="true">${initials(name)}</span>`
    }
    <div>
      ${heading(card.headingLevel, 'speaker-name', 'name', personName(person, present))}
      ${person.jobTitle ? html`<p part="job-title" class="title">${localized(person.jobTitle, present)}</p>` : nothing}
      ${organizations !== nothing ? html`<p part="affiliation" class="affiliation">${organizations}</p>` : nothing}
    </div>
    ${card.withBio && person.bio ? html`<p part="bio" class="bio">${localized(person.bio, present)}</p>` : nothing}
    ${renderSessions(index.sessionsByPerson.get(person.id) ?? [], present)}
    ${quote ? renderQuote(quote, present, { showSpeaker: false }) : nothing}
  </article>`;
}

/** The sessions the person takes part in, each linked to its place in the programme (`<forum-agenda>` opens it). */
function renderSessions(sessions: readonly Session[], present: Presentation): TemplateResult | typeof nothing {
  if (sessions.length === 0) return nothing;
  return html`<ul part="sessions" class="sessions">
    ${sessions.map((session) => html`<li><a href=${`#session-${session.id}`}>${dataText(present.sessionName(session), present)}</a></li>`)}
  </ul>`;
}
