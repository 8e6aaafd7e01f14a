// Which translation an element waits for before it shows a forum: none here, as core's registry
// holds every built-in translation. The drop-in bundle (dist/forumkit.js) builds in
// forum-translation.lazy.ts in this module's place (tsup.config.ts): it starts with English and
// loads another language when an element shows it.

/** Undefined when an element can show `language` now, else a promise that settles when it can. */
export function translationWait(_language: string): Promise<void> | undefined {
  return undefined;
}
