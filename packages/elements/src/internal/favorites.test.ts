import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchFavoriteChange, FAVORITE_CHANGE_EVENT, FavoriteStore, favoritesKey, ForumFavoriteChangeEvent, MAX_FAVORITES } from './favorites.js';
import { mountInShadow, recordEvents, unmountAll } from './test-dom.js';

/** A Storage kept in a Map, as a page's localStorage would be after a reload. */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  constructor(items: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(items)) this.#items.set(key, value);
  }
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
}

/** Storage as Safari's private mode or a browser with storage disabled offers it: every call throws. */
class ThrowingStorage extends MemoryStorage {
  calls = 0;
  override getItem(): string | null {
    this.calls++;
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override setItem(): void {
    this.calls++;
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  override removeItem(): void {
    this.calls++;
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

// Stores share one set per forum for the page's lifetime, so every test takes forums of its own.
let forums = 0;
const newForumId = () => `favorites-test-${++forums}`;
const nextStorageEvent = () => new Promise<StorageEvent>((resolve) => window.addEventListener('storage', resolve, { once: true }));
const stored = (storage: Storage, forumId: string): unknown => JSON.parse(storage.getItem(favoritesKey(forumId)) ?? 'null');

afterEach(() => {
  vi.restoreAllMocks();
  for (let i = 1; i <= forums; i++) localStorage.removeItem(favoritesKey(`favorites-test-${i}`));
  unmountAll();
});

describe('FavoriteStore', () => {
  it('keeps starred sessions in localStorage as a JSON array of ids, which a later page reads', () => {
    const forumId = newForumId();
    const store = new FavoriteStore(forumId);
    expect(store.toggle('keynote')).toBe(true);
    expect(store.set('panel', true)).toBe(true);
    expect(store.set('opening', true)).toBe(true);
    expect(store.toggle('panel')).toBe(false);
    expect(stored(localStorage, forumId)).toEqual(['keynote', 'opening']);

    const later = new FavoriteStore(forumId, new MemoryStorage({ [favoritesKey(forumId)]: localStorage.getItem(favoritesKey(forumId))! }));
    expect([...later.ids()]).toEqual(['keynote', 'opening']);
    expect(later.has('keynote')).toBe(true);
    expect(later.has('panel')).toBe(false);
  });

  it('keeps one set per forum', () => {
    const storage = new MemoryStorage();
    const [seoul, berlin] = [newForumId(), newForumId()];
    new FavoriteStore(seoul, storage).set('keynote', true);
    new FavoriteStore(berlin, storage).set('closing', true);
    expect([...new FavoriteStore(seoul, storage).ids()]).toEqual(['keynote']);
    expect([...new FavoriteStore(berlin, storage).ids()]).toEqual(['closing']);
    expect(stored(storage, seoul)).toEqual(['keynote']);
    expect(stored(storage, berlin)).toEqual(['closing']);
  });

  it('removes its key once nothing is starred', () => {
    const forumId = newForumId();
    const store = new FavoriteStore(forumId);
    store.toggle('keynote');
    store.toggle('keynote');
    expect(localStorage.getItem(favoritesKey(forumId))).toBeNull();
    expect(store.ids().size).toBe(0);
  });

  const tooLong = 'x'.repeat(101);
  it.each([
    ['malformed JSON', '["keynote"', []],
    ['a string', '"keynote"', []],
    ['an object', '{"0":"keynote","length":1}', []],
    ['null', 'null', []],
    ['a number', '42', []],
    ['too many ids', JSON.stringify(Array.from({ length: MAX_FAVORITES + 1 }, (_, i) => `s${i}`)), []],
    ['entries that are not ids', JSON.stringify(['keynote', 7, null, { id: 'panel' }, ['panel'], '', tooLong, 'keynote', 'opening']), ['keynote', 'opening']],
  ])('reads a stored value it did not write (%s) without throwing', (_, value, expected) => {
    const forumId = newForumId();
    const storage = new MemoryStorage({ [favoritesKey(forumId)]: value });
    const store = new FavoriteStore(forumId, storage);
    expect([...store.ids()]).toEqual(expected);
    expect(store.set('closing', true)).toBe(true);
    expect(stored(storage, forumId)).toEqual([...expected, 'closing']);
  });

  it('keeps the set in memory where every storage call throws, shared by the stores on the page', () => {
    const forumId = newForumId();
    const storage = new ThrowingStorage();
    const store = new FavoriteStore(forumId, storage);
    expect(store.ids().size).toBe(0);
    expect(store.toggle('keynote')).toBe(true);
    expect(new FavoriteStore(forumId, storage).has('keynote')).toBe(true);
    expect(store.toggle('keynote')).toBe(false);
    expect(store.has('keynote')).toBe(false);
    // Given up on after the first failure, for the page's lifetime.
    expect(storage.calls).toBe(1);
  });

  it('keeps the set in memory once storage refuses a write (quota), and leaves the stored value alone', () => {
    const forumId = newForumId();
    const storage = new MemoryStorage({ [favoritesKey(forumId)]: '["opening"]' });
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const store = new FavoriteStore(forumId, storage);
    expect(store.toggle('keynote')).toBe(true);
    expect(store.toggle('panel')).toBe(true);
    expect([...store.ids()]).toEqual(['opening', 'keynote', 'panel']);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(stored(storage, forumId)).toEqual(['opening']);
  });

  it('keeps the set in memory where the page has no localStorage to reach', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const forumId = newForumId();
    const store = new FavoriteStore(forumId);
    expect(store.toggle('keynote')).toBe(true);
    expect(new FavoriteStore(forumId, null).has('keynote')).toBe(true);
  });

  it(`refuses to star more than ${MAX_FAVORITES} sessions, so that the stored value stays readable`, () => {
    const forumId = newForumId();
    const full = JSON.stringify(Array.from({ length: MAX_FAVORITES }, (_, i) => `s${i}`));
    const storage = new MemoryStorage({ [favoritesKey(forumId)]: full });
    const store = new FavoriteStore(forumId, storage);
    expect(store.ids().size).toBe(MAX_FAVORITES);
    expect(store.toggle('one-more')).toBe(false);
    expect(store.has('one-more')).toBe(false);
    expect(storage.getItem(favoritesKey(forumId))).toBe(full);
    expect(store.toggle('s0')).toBe(false);
    expect(store.toggle('one-more')).toBe(true);
  });

  it('throws a TypeError for a value that cannot be a session id', () => {
    const store = new FavoriteStore(newForumId(), new MemoryStorage());
    expect(() => store.set('', true)).toThrow(TypeError);
    expect(() => store.toggle('x'.repeat(101))).toThrow(TypeError);
  });
});

describe('stores on one page and in other tabs', () => {
  it('share one set, and each listener hears each change once', () => {
    const forumId = newForumId();
    const [agenda, sidebar] = [new FavoriteStore(forumId), new FavoriteStore(forumId)];
    const heard = { agenda: [] as string[][], sidebar: [] as string[][] };
    const stop = agenda.subscribe((ids) => heard.agenda.push([...ids]));
    sidebar.subscribe((ids) => heard.sidebar.push([...ids]));

    agenda.toggle('keynote');
    expect(sidebar.has('keynote')).toBe(true);
    sidebar.set('panel', true);
    sidebar.set('panel', true);
    agenda.set('opening', false);
    stop();
    sidebar.toggle('keynote');

    expect(heard.agenda).toEqual([['keynote'], ['keynote', 'panel']]);
    expect(heard.sidebar).toEqual([['keynote'], ['keynote', 'panel'], ['panel']]);
    expect([...agenda.ids()]).toEqual(['panel']);
  });

  it('hear a change another browsing context makes to the same localStorage', async () => {
    const forumId = newForumId();
    const store = new FavoriteStore(forumId);
    store.set('opening', true);
    const heard: string[][] = [];
    store.subscribe((ids) => heard.push([...ids]));
    // A same-origin frame shares the page's localStorage; its writes reach the page as `storage` events, as another tab's do.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const other = frame.contentWindow!.localStorage;
      let event = nextStorageEvent();
      other.setItem(favoritesKey(forumId), '["opening","keynote"]');
      expect((await event).storageArea).toBe(localStorage);
      expect(heard).toEqual([['opening', 'keynote']]);
      expect(store.has('keynote')).toBe(true);

      event = nextStorageEvent();
      other.setItem(favoritesKey(forumId), '{not json');
      await event;
      expect(store.ids().size).toBe(0);

      event = nextStorageEvent();
      other.setItem(favoritesKey(newForumId()), '["keynote"]');
      await event;
      expect(heard).toEqual([['opening', 'keynote'], []]);
    } finally {
      frame.remove();
    }
  });

  it('keeps a star another tab stored a moment ago, before its event arrived', () => {
    const forumId = newForumId();
    const store = new FavoriteStore(forumId);
    store.set('opening', true);
    localStorage.setItem(favoritesKey(forumId), '["opening","keynote"]');
    store.set('panel', true);
    expect(stored(localStorage, forumId)).toEqual(['opening', 'keynote', 'panel']);
    expect(store.has('keynote')).toBe(true);
  });
});

describe('forum-favorite-change', () => {
  it('leaves a shadow root and reaches the document once per star, with what changed and the whole set', () => {
    const forumId = newForumId();
    const [agenda, sidebar] = [new FavoriteStore(forumId), new FavoriteStore(forumId)];
    sidebar.subscribe(() => {});
    const { element: button } = mountInShadow<HTMLButtonElement>('<button>Star</button>');
    const recorded = recordEvents(document, FAVORITE_CHANGE_EVENT);
    // What <forum-agenda> does when a visitor presses a session's star.
    const star = (sessionId: string) => {
      const starred = agenda.toggle(sessionId);
      dispatchFavoriteChange(button, { forumId, sessionId, starred, favorites: [...agenda.ids()] });
    };
    star('keynote');
    star('panel');
    star('keynote');
    recorded.stop();

    expect(recorded.events).toHaveLength(3);
    const [first, , last] = recorded.events as ForumFavoriteChangeEvent[];
    expect(first).toBeInstanceOf(ForumFavoriteChangeEvent);
    expect(first!.type).toBe('forum-favorite-change');
    expect(first!.bubbles && first!.composed).toBe(true);
    expect(first!.target).toBe(document.querySelector('.shadow-host'));
    expect(first!.detail).toEqual({ forumId, sessionId: 'keynote', starred: true, favorites: ['keynote'] });
    expect(last!.detail).toEqual({ forumId, sessionId: 'keynote', starred: false, favorites: ['panel'] });
    expect(Object.isFrozen(last!.detail.favorites)).toBe(true);
  });
});
