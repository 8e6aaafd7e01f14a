// "My schedule": the sessions a visitor starred, kept in the browser per forum, with no account.
// Only session ids are stored. Every store for the same forum on a page shares one set, and a
// change in another tab reaches it through the `storage` event.

/** The name of the event fired when a visitor stars or unstars a session. */
export const FAVORITE_CHANGE_EVENT = 'forum-favorite-change';

/** What changed, and the forum's starred sessions after the change. */
export interface FavoriteChangeDetail {
  readonly forumId: string;
  readonly sessionId: string;
  readonly starred: boolean;
  readonly favorites: readonly string[];
}

/** Fired (bubbling, composed) when a visitor stars or unstars a session; `detail` says which. */
export class ForumFavoriteChangeEvent extends Event {
  static readonly eventName = FAVORITE_CHANGE_EVENT;
  constructor(readonly detail: FavoriteChangeDetail) {
    super(FAVORITE_CHANGE_EVENT, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'forum-favorite-change': ForumFavoriteChangeEvent;
  }
}

/** Fires `forum-favorite-change` on `target`; returns what `dispatchEvent` returns. */
export function dispatchFavoriteChange(target: EventTarget, detail: FavoriteChangeDetail): boolean {
  return target.dispatchEvent(new ForumFavoriteChangeEvent({ ...detail, favorites: Object.freeze([...detail.favorites]) }));
}

/** Called with the forum's starred sessions after every change, from any store or tab. */
export type FavoritesListener = (favorites: ReadonlySet<string>) => void;

/** The storage key of a forum's starred sessions. */
export const favoritesKey = (forumId: string) => `forumkit:favorites:${forumId}`;

/** The most ids kept: far beyond any schedule, small enough that a foreign value stays cheap to read. */
export const MAX_FAVORITES = 5_000;
// Core's id rule allows at most 100 characters; anything longer was not written by forumkit.
const MAX_ID_LENGTH = 100;

const isSessionId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** The ids a stored value holds; malformed JSON, a non-array or too many entries hold none. */
function readIds(raw: string | null): Set<string> {
  let value: unknown;
  try {
    value = raw === null ? [] : JSON.parse(raw);
  } catch {
    return new Set();
  }
  return Array.isArray(value) && value.length <= MAX_FAVORITES ? new Set(value.filter(isSessionId)) : new Set();
}

const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/** One forum's set on one storage area, shared by every store for it on the page. */
class FavoritesChannel {
  readonly listeners = new Set<FavoritesListener>();
  ids: ReadonlySet<string>;
  // Undefined once the storage has thrown: the set then lives in memory for the page's lifetime.
  #storage: Storage | undefined;

  constructor(
    readonly key: string,
    storage: Storage | undefined,
  ) {
    this.#storage = storage;
    this.ids = this.read() ?? new Set();
  }

  /** Replaces the set with one of its own (or stored anew by another tab) and tells every listener. */
  update(ids: ReadonlySet<string>, write: boolean): void {
    if (sameIds(ids, this.ids)) return;
    this.ids = ids;
    if (write) this.#write();
    for (const listener of [...this.listeners]) listener(ids);
  }

  /** A value another tab stored under this key (`null`: removed or cleared). */
  received(raw: string | null): void {
    if (this.#storage) this.update(readIds(raw), false);
  }

  /** The stored set, or undefined when there is no storage (any more). */
  read(): Set<string> | undefined {
    try {
      return this.#storage && readIds(this.#storage.getItem(this.key));
    } catch {
      this.#storage = undefined;
      return undefined;
    }
  }

  #write(): void {
    try {
      if (this.ids.size) this.#storage?.setItem(this.key, JSON.stringify([...this.ids]));
      else this.#storage?.removeItem(this.key);
    } catch {
      this.#storage = undefined;
    }
  }
}

// Channels by storage area (or MEMORY when there is none) and key.
const MEMORY = {};
const channels = new WeakMap<object, Map<string, FavoritesChannel>>();
let listeningToOtherTabs = false;

function channelFor(key: string, storage: Storage | null): FavoritesChannel {
  const area: object = storage ?? MEMORY;
  let byKey = channels.get(area);
  if (!byKey) channels.set(area, (byKey = new Map()));
  let channel = byKey.get(key);
  if (!channel) byKey.set(key, (channel = new FavoritesChannel(key, storage ?? undefined)));
  else {
    // A new store reads what is stored now: a script of the page may have written it directly.
    const stored = channel.read();
    if (stored) channel.update(stored, false);
  }
  if (storage && !listeningToOtherTabs && typeof window === 'object') {
    // One listener for the page's lifetime: another tab's change reaches every channel of its area.
    window.addEventListener('storage', onOtherTabChange);
    listeningToOtherTabs = true;
  }
  return channel;
}

function onOtherTabChange(event: StorageEvent): void {
  const byKey = event.storageArea && channels.get(event.storageArea);
  if (!byKey) return;
  if (event.key === null) for (const channel of byKey.values()) channel.received(null);
  else byKey.get(event.key)?.received(event.newValue);
}

/** The page's localStorage, or null where reading it throws (storage disabled, sandboxed frames) or there is none. */
function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The sessions a visitor starred in one forum, kept in `storage` (default: the page's
 * localStorage) under `forumkit:favorites:<forumId>` as a JSON array of session ids. Stores for
 * the same forum and storage share one set; where storage throws, the set lives in memory.
 */
export class FavoriteStore {
  readonly #channel: FavoritesChannel;

  /** `storage`: where to keep the ids; `null` keeps them in memory for the page's lifetime. */
  constructor(
    readonly forumId: string,
    storage: Storage | null = pageStorage(),
  ) {
    this.#channel = channelFor(favoritesKey(forumId), storage);
  }

  /** Whether the session is starred. */
  has(sessionId: string): boolean {
    return this.#channel.ids.has(sessionId);
  }

  /** The starred session ids, in the order they were starred. */
  ids(): ReadonlySet<string> {
    return this.#channel.ids;
  }

  /**
   * Stars or unstars a session; returns whether it is starred afterwards (false when starring
   * would pass MAX_FAVORITES). Throws a TypeError for a value that cannot be a session id.
   */
  set(sessionId: string, starred: boolean): boolean {
    if (!isSessionId(sessionId)) throw new TypeError(`FavoriteStore: not a session id: ${JSON.stringify(sessionId)}`);
    // Read before writing, so that a change another tab made a moment ago is kept.
    const ids = new Set(this.#channel.read() ?? this.#channel.ids);
    if (starred && !ids.has(sessionId) && ids.size >= MAX_FAVORITES) starred = false;
    else if (starred) ids.add(sessionId);
    else ids.delete(sessionId);
    this.#channel.update(ids, true);
    return starred;
  }

  /** Stars an unstarred session or unstars a starred one; returns whether it is starred afterwards. */
  toggle(sessionId: string): boolean {
    return this.set(sessionId, !this.has(sessionId));
  }

  /** Calls `listener` after every change to this forum's set (here, in another store or another tab); returns the unsubscribe. */
  subscribe(listener: FavoritesListener): () => void {
    const listeners = this.#channel.listeners;
    // A function of its own, so that subscribing one listener twice needs two unsubscribes.
    const entry: FavoritesListener = (favorites) => listener(favorites);
    listeners.add(entry);
    return () => void listeners.delete(entry);
  }
}
