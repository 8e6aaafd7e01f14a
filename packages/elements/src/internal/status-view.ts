import { html, nothing, type TemplateResult } from 'lit';
import { formatIssue } from '@forumkit/core';
import type { ForumLoadFailure } from './events.js';
import { uiStrings } from './strings.js';

const MAX_ISSUES = 20;

/** The loading, empty and error states: never a blank box. */
export function renderStatus(
  view: { status: 'empty' } | { status: 'loading' } | { status: 'error'; failure: ForumLoadFailure },
  language: string,
): TemplateResult {
  const ui = uiStrings(language);
  if (view.status === 'loading') {
    return html`<div part="status" class="status" role="status" aria-live="polite">${ui.loading}</div>`;
  }
  if (view.status === 'empty') return html`<div part="status" class="status">${ui.noData}</div>`;
  const { failure } = view;
  const issues = failure.kind === 'invalid' ? failure.issues : [];
  return html`<div part="error" class="status error" role="alert">
    <p class="error-title">${failure.kind === 'invalid' ? ui.invalidData : ui.loadFailed}</p>
    <p class="error-detail">${failure.message}</p>
    ${issues.length
      ? html`<ul class="issues">
          ${issues.slice(0, MAX_ISSUES).map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
          ${issues.length > MAX_ISSUES ? html`<li>… +${issues.length - MAX_ISSUES}</li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}
