import { html, nothing, type TemplateResult } from 'lit';
import { formatIssue } from '@forumkit/core';
import { textDirection } from '@forumkit/core/present';
import { translationFor } from '@forumkit/core/i18n';
import type { ForumLoadFailure } from './events.js';

const MAX_ISSUES = 20;

/** The loading, empty and error states: never a blank box. */
export function renderStatus(
  view: { status: 'empty' } | { status: 'loading' } | { status: 'error'; failure: ForumLoadFailure },
  language: string,
): TemplateResult {
  const { terms } = translationFor(language);
  const dir = textDirection(language);
  if (view.status === 'loading') {
    return html`<div part="status" class="status" dir=${dir} role="status" aria-live="polite">${terms.loading}</div>`;
  }
  if (view.status === 'empty') return html`<div part="status" class="status" dir=${dir}>${terms.noData}</div>`;
  const { failure } = view;
  const issues = failure.kind === 'invalid' ? failure.issues : [];
  return html`<div part="error" class="status error" dir=${dir} role="alert">
    <p class="error-title">${failure.kind === 'invalid' ? terms.invalidData : terms.loadFailed}</p>
    <p class="error-detail" dir="ltr">${failure.message}</p>
    ${
      issues.length
        ? html`<ul class="issues" dir="ltr">
          ${issues.slice(0, MAX_ISSUES).map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
          ${issues.length > MAX_ISSUES ? html`<li>… +${issues.length - MAX_ISSUES}</li>` : nothing}
        </ul>`
        : nothing
    }
  </div>`;
}
