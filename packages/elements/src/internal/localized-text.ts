import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '@forumkit/core';
import type { Localizer } from './localizer.js';

/**
 * A data text in the display language. When it falls back to another language the text is
 * wrapped in a `lang` span, so screen readers pronounce it right.
 */
export function localizedText(value: LocalizedText | undefined, text: Localizer): TemplateResult | string {
  const resolved = text.text(value) ?? '';
  const language = text.textLanguage(value);
  if (language === undefined || sameLanguage(language, text.language)) return resolved;
  return html`<span lang=${language}>${resolved}</span>`;
}

function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];
}
