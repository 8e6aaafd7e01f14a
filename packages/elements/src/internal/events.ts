import type { Forum, ForumIssue } from '@forumkit/core';

/** Why forum data could not be shown. */
export type ForumLoadFailure =
  | { readonly kind: 'network'; readonly message: string; readonly url: string }
  | { readonly kind: 'http'; readonly message: string; readonly url: string; readonly status: number }
  | { readonly kind: 'not-json'; readonly message: string; readonly url?: string }
  | { readonly kind: 'not-found'; readonly message: string; readonly url?: string }
  | { readonly kind: 'invalid'; readonly message: string; readonly url?: string; readonly issues: readonly ForumIssue[] };

/** Fired when an element has valid forum data to show (after loading or a new `forum`). */
export class ForumLoadEvent extends Event {
  static readonly eventName = 'forum-load';
  constructor(readonly forum: Forum) {
    super(ForumLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when forum data could not be loaded or is invalid; `failure` says why. */
export class ForumErrorEvent extends Event {
  static readonly eventName = 'forum-error';
  constructor(readonly failure: ForumLoadFailure) {
    super(ForumErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'forum-load': ForumLoadEvent;
    'forum-error': ForumErrorEvent;
  }
}
