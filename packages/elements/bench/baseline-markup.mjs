// What the baseline's modules share: escaping, data texts, headings. Each mirrors a helper of the
// element's (src/internal/data-text.ts, heading.ts, core's present.url) as a string.
import { sameLanguage } from '@forumkit/core/present';
import { isDateOnly } from '@forumkit/core/time';
import { isSafeUrl } from '@forumkit/core/schema';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value, escaped for HTML. */
export const escape = (value) => String(value).replace(/[&<>"]/g, (c) => ESCAPES[c]);

// present.url of a forum on the page itself, without allowed origins: a safe URL as written.
export const safeUrl = (url) => (url !== undefined && isSafeUrl(url) ? url : undefined);

/** The session has a time of day (not only a date, not nothing). */
export const hasTime = (session) => session.start !== undefined && !isDateOnly(session.start);

/** A text from the data: isolated in <bdi>, marked with its language when it is not the page's. */
export function dataText(shown, present) {
  if (shown === undefined) return '';
  const marked = shown.language !== undefined && !sameLanguage(shown.language, present.language);
  return marked ? `<bdi lang="${escape(shown.language)}">${escape(shown.text)}</bdi>` : `<bdi>${escape(shown.text)}</bdi>`;
}

export const localized = (value, present) => dataText(present.text(value), present);

/** A heading at `level` (2–6), else a paragraph; its id, when given, after its class as the element binds it. */
export function heading(level, part, className, content, id) {
  const tag = level >= 2 && level <= 6 ? `h${level}` : 'p';
  return `<${tag} part="${part}" class="${className}"${id === undefined ? '' : ` id="${escape(id)}"`}>${content}</${tag}>`;
}

export const subLevel = (level) => (level >= 2 && level <= 6 ? Math.min(level + 1, 6) : 0);
