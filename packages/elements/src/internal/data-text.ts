import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '@forumkit/core';
import { sameLanguage, type Presentation, type ShownText } from '@forumkit/core/present';

/**
 * A text from the data as markup: isolated from the text around it (`<bdi>`, so an English name
 * in an Arabic line, or a stray U+202E, cannot reorder what surrounds it) and marked with its
 * language where that is known and differs from the page's, so screen readers pronounce it right.
 */
export function dataText(shown: ShownText | undefined, present: Presentation): TemplateResult | typeof nothing {
  if (shown === undefined) return nothing;
  const marked = shown.language !== undefined && !sameLanguage(shown.language, present.language);
  return marked ? html`<bdi lang=${shown.language}>${shown.text}</bdi>` : html`<bdi>${shown.text}</bdi>`;
}

/** `dataText` of a localized value from the forum. */
export function localized(value: LocalizedText | undefined, present: Presentation): TemplateResult | typeof nothing {
  return dataText(present.text(value), present);
}

/**
 * An interface phrase around data: the template's words in the page's language, the data
 * isolated in its own run ("Session: {session}").
 */
export function phrase(template: string, name: string, value: unknown): TemplateResult {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return html`${before}${value}${after}`;
}
