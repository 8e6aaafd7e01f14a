import type { CSSResult, LitElement } from 'lit';
import type { Forum } from '@forumkit/core';
import '@forumkit/elements';
import { FORUM_STYLES, type WithForumStyles } from '@forumkit/elements/page';
import { PAGE_STYLES } from './page-styles.js';

/** forumkit's elements, each with a stylesheet file of its own: an element's CSS is scoped to its shadow root. */
const ELEMENT_TAGS = ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery'] as const;

/** The file of the page's own styles (its header, column and colours), which apply outside the shadow roots. */
export const PAGE_STYLESHEET = 'forumkit-page.css';

/** Where a server-rendered page finds forumkit's stylesheet files. */
export interface ForumStylesheetLinks {
  /**
   * The URL of a file named by `forumStylesheets()` (`forum-agenda.css`, `forumkit-page.css`…)
   * as the page links it, e.g. `` (file) => `styles/${file}` ``.
   */
  readonly href: (file: string) => string;
}

/** The stylesheet file of an element's shadow root (`forum-agenda.css`), or undefined when the element is not forumkit's. */
export function elementStylesheet(tagName: string): string | undefined {
  return (ELEMENT_TAGS as readonly string[]).includes(tagName) ? `${tagName}.css` : undefined;
}

/** The CSS Lit's server renderer writes into an element's shadow root: its class's `elementStyles`, in order. */
function elementCss(tagName: string): string {
  // Registered by the import above; defining a class finalises its elementStyles.
  const element = customElements.get(tagName) as typeof LitElement;
  // Every forumkit style is a CSSResult (a tagged css template), as the server renderer needs.
  return element.elementStyles.map((style) => (style as CSSResult).cssText).join('');
}

/** The CSS an element needs for `forum` beyond its class's (the agenda's track colours), as its server render writes it. */
function forumCss(tagName: string, forum: Forum): string {
  const element = new (customElements.get(tagName) as typeof LitElement)() as LitElement & Partial<WithForumStyles> & { forum?: unknown };
  if (!element[FORUM_STYLES]) return '';
  element.forum = forum;
  return element[FORUM_STYLES]();
}

/**
 * The CSS of each of forumkit's stylesheet files, by file name: one per element
 * (`forum-agenda.css`…) and `forumkit-page.css` for the page around them. A site serves these
 * where `renderForumPage`'s `stylesheets.href` says they are. Given the site's forum, the
 * agenda's file carries its track colours too, so they show without JavaScript and without a
 * `<style>` (otherwise the hydrating script adds them).
 */
export function forumStylesheets(forum?: Forum): ReadonlyMap<string, string> {
  const files = new Map<string, string>(ELEMENT_TAGS.map((tag) => [`${tag}.css`, elementCss(tag) + (forum ? forumCss(tag, forum) : '')]));
  files.set(PAGE_STYLESHEET, PAGE_STYLES.trimStart());
  return files;
}
