import type { Forum, ForumIssue } from '@forumkit/core';

/** Why forum data could not be shown. */
export type ForumLoadFailure =
  | { readonly kind: 'network'; readonly message: string; readonly url: string }
  | { readonly kind: 'http'; readonly message: string; readonly url: string; readonly status: number }
  | { readonly kind: 'not-json'; readonly message: string; readonly url?: string }
  | { readonly kind: 'not-found'; readonly message: string; readonly url?: string }
  | { readonly kind: 'invalid'; readonly message: string; readonly url?: string; readonly issues: readonly ForumIssue[] };

/** Fired when an element has valid forum data to show (after loading or a new `forum`); `detail` is the forum. */
export class ForumLoadEvent extends CustomEvent<Forum> {
  static readonly eventName = 'forum-load';
  constructor(forum: Forum) {
    super(ForumLoadEvent.eventName, { bubbles: true, composed: true, detail: forum });
  }

  /** The forum shown: the same as `detail`. */
  get forum(): Forum {
    return this.detail;
  }
}

/**
 * Fired by each element whose forum data could not be loaded or is invalid. `detail` says why, for
 * the site's developer: the URL, the HTTP status, every invalid path (the visitor reads only that
 * the programme, the speakers… could not be loaded).
 */
export class ForumErrorEvent extends CustomEvent<ForumLoadFailure> {
  static readonly eventName = 'forum-error';
  constructor(failure: ForumLoadFailure) {
    super(ForumErrorEvent.eventName, { bubbles: true, composed: true, detail: failure });
  }

  /** Why: the same as `detail`. */
  get failure(): ForumLoadFailure {
    return this.detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'forum-load': ForumLoadEvent;
    'forum-error': ForumErrorEvent;
  }
}
