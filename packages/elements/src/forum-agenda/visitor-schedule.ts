import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Forum } from '@forumkit/core';
import { zoneName, type Presentation } from '@forumkit/core/present';
import { zonedToEpochMs } from '@forumkit/core/time';
import { addToCalendar } from '../internal/add-to-calendar.js';
import { dispatchFavoriteChange, FavoriteStore } from '../internal/favorites.js';

/** The two zones a visitor can read times in, named as the page's language names them ("KST", "GMT+1"). */
export interface ZoneChoice {
  readonly current: 'forum' | 'visitor';
  readonly forumZoneName: string;
  readonly visitorZoneName: string;
}

// Remembered for the site (localStorage is per origin): a visitor who reads in their own zone once keeps it.
const ZONE_KEY = 'forumkit:time-zone';
// Every agenda on the page follows a choice made in one of them.
const zoneListeners = new Set<(zone: 'forum' | 'visitor') => void>();

function storedZone(): 'forum' | 'visitor' {
  try {
    return localStorage.getItem(ZONE_KEY) === 'visitor' ? 'visitor' : 'forum';
  } catch {
    return 'forum';
  }
}

/**
 * What the visitor keeps for themselves on this site: the sessions they saved (per forum, in
 * localStorage), the zone they read times in, and their calendar files. Browser-only: on the
 * server and before `start()` nothing is saved and times are in the forum's zone, so the first
 * render in the browser matches the server's markup.
 */
export class VisitorSchedule implements ReactiveController {
  #host: ReactiveControllerHost & EventTarget;
  #started = false;
  #store?: FavoriteStore;
  #unsubscribe?: () => void;
  #zone: 'forum' | 'visitor' = 'forum';
  #onZone = (zone: 'forum' | 'visitor') => {
    this.#zone = zone;
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.#host = host;
    host.addController(this);
  }

  /** Reads what the visitor kept; called once the element runs in the browser. */
  start(): void {
    this.#started = true;
    this.#zone = storedZone();
    zoneListeners.add(this.#onZone);
  }

  hostConnected(): void {
    if (this.#started) zoneListeners.add(this.#onZone);
  }

  hostDisconnected(): void {
    zoneListeners.delete(this.#onZone);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
  }

  #storeFor(forum: Forum): FavoriteStore | undefined {
    if (!this.#started) return undefined;
    if (this.#store?.forumId !== forum.id) {
      this.#unsubscribe?.();
      this.#store = new FavoriteStore(forum.id);
      // Saved in another element or tab: show it here too.
      this.#unsubscribe = this.#store.subscribe(() => this.#host.requestUpdate());
    }
    return this.#store;
  }

  /** The ids of the sessions the visitor saved in this forum. */
  saved(forum: Forum): ReadonlySet<string> {
    return this.#storeFor(forum)?.ids() ?? new Set();
  }

  /** Saves a session or takes it out, and tells the page (`forum-favorite-change`). */
  toggle(forum: Forum, sessionId: string): void {
    const store = this.#storeFor(forum);
    if (!store) return;
    const starred = store.toggle(sessionId);
    dispatchFavoriteChange(this.#host, { forumId: forum.id, sessionId, starred, favorites: [...store.ids()] });
    this.#host.requestUpdate();
  }

  /** The visitor's zone, when they chose to read times in it. */
  chosenZone(): string | undefined {
    return this.#started && this.#zone === 'visitor' ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;
  }

  /** The forum's zone and the visitor's, when they differ (nothing to choose otherwise). */
  zoneChoice(forum: Forum, language: string): ZoneChoice | undefined {
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!this.#started || !visitor || visitor === forum.timeZone) return undefined;
    const at = zonedToEpochMs(forum.start.length === 10 ? `${forum.start}T12:00` : forum.start, forum.timeZone) ?? Date.now();
    const forumZoneName = zoneName(at, language, forum.timeZone) ?? forum.timeZone;
    const visitorZoneName = zoneName(at, language, visitor) ?? visitor;
    return { current: this.#zone, forumZoneName, visitorZoneName };
  }

  chooseZone(zone: 'forum' | 'visitor'): void {
    try {
      localStorage.setItem(ZONE_KEY, zone);
    } catch {
      // Storage refused (private mode): the choice holds for this page.
    }
    for (const listener of zoneListeners) listener(zone);
    this.#onZone(zone);
  }

  /** Downloads one session as a calendar file (the calendar writer loads on the first click). */
  downloadSession(present: Presentation, sessionId: string): Promise<void> {
    return addToCalendar(present.forum, { sessions: [sessionId], language: present.language });
  }

  /** Downloads the visitor's saved sessions as one calendar file. */
  downloadSaved(present: Presentation): Promise<void> {
    return addToCalendar(present.forum, { sessions: [...this.saved(present.forum)], language: present.language, mySchedule: true });
  }

  /** Downloads the whole forum, its own event included, as a calendar file. */
  downloadForum(present: Presentation): Promise<void> {
    return addToCalendar(present.forum, { language: present.language, includeForum: true });
  }
}
