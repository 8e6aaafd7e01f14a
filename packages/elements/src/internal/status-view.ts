import { html, nothing, type TemplateResult } from 'lit';
import { textDirection } from '@forumkit/core/present';
import { translationFor, type ForumContent } from '@forumkit/core/i18n';
import type { ForumLoadFailure } from './events.js';

/** What an element shows in place of its content. */
export type StatusView = { status: 'empty' } | { status: 'loading' } | { status: 'error'; failure: ForumLoadFailure };

export interface StatusOptions {
  /** The part of the forum the element shows: the loading and error texts name it. */
  readonly content: ForumContent;
  /** Shapes with about the room the content will take, under the loading text. */
  readonly placeholder?: TemplateResult | undefined;
  /**
   * Whether the element tells the visitor about its failure in full; else it says in one line that
   * its part is not available, as another element on the page tells the same source's failure.
   */
  readonly tellsVisitor: boolean;
}

/**
 * The loading, empty and error states: never a blank box. The visitor reads what is loading or
 * could not be shown, in their language; what went wrong is for the site's developer (the console
 * and the `forum-error` event).
 */
export function renderStatus(view: StatusView, language: string, { content, placeholder, tellsVisitor }: StatusOptions): TemplateResult {
  const { content: states, terms } = translationFor(language);
  const dir = textDirection(language);
  if (view.status === 'loading') {
    return html`<div part="status" class="status loading" dir=${dir} role="status" aria-live="polite">${states[content].loading}${placeholder ?? nothing}</div>`;
  }
  if (view.status === 'empty') return html`<div part="status" class="status" dir=${dir}>${terms.noData}</div>`;
  // One template either way: an element rendered on the server (which tells in full) hydrates as it is.
  return html`<div part="error" class=${tellsVisitor ? 'status error' : 'status error brief'} dir=${dir} role=${tellsVisitor ? 'alert' : nothing}>${
    tellsVisitor ? states[content].unavailable : terms.notAvailable
  }</div>`;
}
