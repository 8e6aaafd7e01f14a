import { html, nothing, type TemplateResult } from 'lit';
import type { Presentation } from '@forumkit/core/present';

/**
 * What a visitor must know before the programme: the forum's status when it is not simply
 * scheduled (postponed, rescheduled with its former start, moved online, cancelled), and where to
 * join online. Nothing for a scheduled forum without an online link. The server page's header and
 * `<forum-agenda>` (when it is the only element on a page) both show it.
 */
export function renderForumNotice(present: Presentation, className: string): TemplateResult | typeof nothing {
  const { forum } = present;
  const status = forum.status && forum.status !== 'scheduled' ? forum.status : undefined;
  const online = present.url(present.place().onlineUrl);
  if (!status && !online) return nothing;
  const previous = forum.previousStart === undefined ? undefined : present.moment(forum.previousStart)?.start;
  return html`<p part="forum-notice" class=${`${className}${status ? ` status-${status}` : ''}`}>
    ${
      status
        ? html`<strong class="forum-status">${present.translation.statuses[status]}</strong>${
            previous ? html` · <time datetime=${previous.iso}>${present.term('previously', { time: previous.fullText })}</time>` : nothing
          }`
        : nothing
    }${status && online ? ' · ' : nothing}${online ? html`<a class="forum-online" href=${online}>${present.term('joinOnline')}</a>` : nothing}
  </p>`;
}
