import { slugify, type IdRegistry } from '../internal/ids.js';
import { MAX_NAME, plainText } from '../internal/text.js';
import type { CategoryItem } from './categories.js';
import { idText, placeOf, type Loose } from './read-input.js';

export interface RoomEntry {
  id: string;
  name: string;
}

/** Sessionize's rooms (`{ id, name, sort }`), in their `sort` order, by their Sessionize id; ids are slugs of the names. */
export class RoomBook {
  readonly entries: RoomEntry[] = [];
  readonly #byId = new Map<string, RoomEntry>();
  readonly #byName = new Map<string, RoomEntry>();
  readonly #ids: IdRegistry;

  constructor(rooms: readonly Loose[], ids: IdRegistry, problem: (message: string) => void) {
    this.#ids = ids;
    const sortOf = (room: Loose) => (typeof room.sort === 'number' ? room.sort : Infinity);
    const ordered = rooms.map((room, index) => ({ room, index })).sort((a, b) => sortOf(a.room) - sortOf(b.room) || a.index - b.index);
    for (const { room, index } of ordered) {
      const name = plainText(room.name, MAX_NAME);
      if (name === undefined) {
        problem(`${placeOf('rooms', index, undefined)} has no name: left out`);
        continue;
      }
      const entry = this.#add(name, idText(room.id));
      const key = idText(room.id);
      if (key !== undefined) this.#byId.set(key, entry);
    }
  }

  /** The forumkit id of the room a session names by `roomId` (or, in other views, by `room` name). */
  idOf(roomId: unknown, roomName: unknown): string | undefined {
    const byId = idText(roomId);
    if (byId !== undefined && this.#byId.has(byId)) return this.#byId.get(byId)!.id;
    const name = plainText(roomName, MAX_NAME);
    return name === undefined ? undefined : this.#add(name, byId).id;
  }

  #add(name: string, sessionizeId: string | undefined): RoomEntry {
    const existing = this.#byName.get(name.toLowerCase());
    if (existing) return existing;
    const entry = { id: this.#ids.claim([slugify(name), sessionizeId && `room-${sessionizeId}`], 'room'), name };
    this.entries.push(entry);
    this.#byName.set(name.toLowerCase(), entry);
    return entry;
  }
}

/** The tracks sessions are in (items of a "Track" category), listed in the organisers' order. */
export class TrackBook {
  readonly #byName = new Map<string, RoomEntry & { order: number }>();
  readonly #ids: IdRegistry;

  constructor(ids: IdRegistry) {
    this.#ids = ids;
  }

  idOf(item: CategoryItem): string {
    const key = item.name.toLowerCase();
    let entry = this.#byName.get(key);
    if (entry === undefined) {
      entry = { id: this.#ids.claim([slugify(item.name)], 'track'), name: item.name, order: item.order };
      this.#byName.set(key, entry);
    }
    return entry.id;
  }

  get entries(): RoomEntry[] {
    return [...this.#byName.values()].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name }));
  }
}
