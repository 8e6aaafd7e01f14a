import type { LocalizedText } from '@forumkit/core';
import { slugify, type IdRegistry } from '../internal/ids.js';
import { localizedText, MAX_NAME, MAX_TEXT, oneText, plainText } from '../internal/text.js';
import { isObject } from './read-schedule.js';

type RoomEntry = { id: string; name: LocalizedText; description?: LocalizedText; capacity?: number };
type TrackEntry = { id: string; name: LocalizedText; color?: string };

const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** A name as the schedule writes it for a room or track: a string, a map of languages, or an object with a `name`. */
export function nameOf(value: unknown): LocalizedText | undefined {
  return localizedText(isObject(value) && 'name' in value ? value.name : value, MAX_NAME);
}

/**
 * The rooms of a schedule: those `conference.rooms` lists (with their description and
 * capacity), then any other name an event is in, in order of first sight. Ids are slugs of
 * the names ("Gray Room" -> "gray-room"), or the room's guid when its name has no letters to
 * slug; the same name always gives the same id.
 */
export class RoomBook {
  readonly entries: RoomEntry[] = [];
  readonly #byName = new Map<string, RoomEntry>();
  readonly #ids: IdRegistry;

  constructor(ids: IdRegistry, listed: unknown, problem: (message: string) => void) {
    this.#ids = ids;
    if (listed !== undefined && !Array.isArray(listed)) problem('schedule.conference.rooms is not a list: left out');
    (Array.isArray(listed) ? listed : []).forEach((room: unknown, i) => {
      const name = nameOf(room);
      if (name === undefined || !isObject(room)) return problem(`schedule.conference.rooms[${i}] has no name: left out`);
      const entry = this.#add(name, room.guid);
      const description = localizedText(room.description, MAX_TEXT);
      if (description !== undefined) entry.description = description;
      if (typeof room.capacity === 'number' && Number.isInteger(room.capacity) && room.capacity >= 1) entry.capacity = room.capacity;
    });
  }

  /** The id of the room with this name, added when new. */
  idOf(name: LocalizedText, guid?: unknown): string {
    return (this.#byName.get(key(name)) ?? this.#add(name, guid)).id;
  }

  #add(name: LocalizedText, guid: unknown): RoomEntry {
    const existing = this.#byName.get(key(name));
    if (existing) return existing;
    const entry: RoomEntry = { id: this.#ids.claim([slugify(oneText(name)!), typeof guid === 'string' ? guid : undefined], 'room'), name };
    this.entries.push(entry);
    this.#byName.set(key(name), entry);
    return entry;
  }
}

/** The tracks of a schedule: `conference.tracks` (with hex colours), then any other an event names. */
export class TrackBook {
  readonly entries: TrackEntry[] = [];
  readonly #byName = new Map<string, TrackEntry>();
  readonly #ids: IdRegistry;

  constructor(ids: IdRegistry, listed: unknown, problem: (message: string) => void) {
    this.#ids = ids;
    (Array.isArray(listed) ? listed : []).forEach((track: unknown, i) => {
      const name = nameOf(track);
      if (name === undefined || !isObject(track)) return problem(`schedule.conference.tracks[${i}] has no name: left out`);
      const entry = this.#add(name, track.slug);
      const color = typeof track.color === 'string' ? track.color.trim() : undefined;
      if (color !== undefined && HEX_COLOUR.test(color)) entry.color = color;
      else if (color)
        problem(
          `schedule.conference.tracks[${i}] (${JSON.stringify(oneText(name))}) has the colour ${JSON.stringify(color.slice(0, 40))}: forumkit takes #rgb or #rrggbb, left out`,
        );
    });
  }

  idOf(name: LocalizedText): string {
    return (this.#byName.get(key(name)) ?? this.#add(name, undefined)).id;
  }

  #add(name: LocalizedText, slug: unknown): TrackEntry {
    const existing = this.#byName.get(key(name));
    if (existing) return existing;
    const entry: TrackEntry = { id: this.#ids.claim([typeof slug === 'string' ? slug : undefined, slugify(oneText(name)!)], 'track'), name };
    this.entries.push(entry);
    this.#byName.set(key(name), entry);
    return entry;
  }
}

const key = (name: LocalizedText) => (plainText(oneText(name), MAX_NAME) ?? '').toLowerCase();
