import { defaultLanguage } from '../model/forum-index.js';
import { isLanguageTag } from '../model/language-tag.js';
import type { Forum } from '../model/types.js';

/**
 * The language a forum is shown in when `requested` is asked for: that language, or, when none
 * is asked for or the platform cannot read the tag (a page's `lang` may be anything, `en_US`),
 * the forum's first language. Every output picks its language with this: `presentForum`, so the
 * elements (in the browser and in `renderToString`), `renderForumPage` and `toICalendar`.
 */
export function displayLanguage(forum: Forum, requested: string | undefined): string {
  return requested !== undefined && isLanguageTag(requested) ? requested : defaultLanguage(forum);
}
