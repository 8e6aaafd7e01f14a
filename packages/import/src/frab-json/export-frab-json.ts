import type { Forum, Session } from '@forumkit/core';
import { presentForum, type Presentation } from '@forumkit/core/present';
import { isAbsoluteHttpUrl, resolveUrl } from '@forumkit/core/schema';
import { addDays, datePart, isDateOnly } from '@forumkit/core/time';
import { shortHash, uuidV5 } from '../internal/uuid.js';
import { epochOf, isoAt } from '../internal/wall-clock.js';
import { frabEvent, type EventIds } from './export-event.js';
import type { FrabConference, FrabDay, FrabEvent, FrabSchedule } from './frab-schedule.js';
import { slugOf } from './slug.js';

/** Choices for the exported schedule. */
export interface FrabExportOptions {
  /** The page the forum is published on: session URLs and relative links resolve against it, and guids derive from it. */
  readonly baseUrl?: string;
  /** The language to write texts in (default: the forum's first). frab has one text per field. */
  readonly language?: string;
  /** When one day of the programme ends and the next begins ("04:00", as pretalx does): a session at 01:30 is on the night before. */
  readonly dayChange?: string;
  /** The schedule's `version` (default: a hash of its content, so readers see when it changed). */
  readonly version?: string;
  /** Told about each session left out (frab needs a time of day) and each link without an absolute URL. */
  readonly onWarning?: (message: string) => void;
}

const DAY_CHANGE = /^([01]\d|2[0-3]):[0-5]\d$/;
// The published schema's pattern for time_zone_name, read as JavaScript reads it.
const VOC_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

/**
 * A validated forum as the voc/frab `schedule.json` that EventFahrplan, Giggity and the
 * pretalx/frab tools read, valid against voc's published JSON Schema. Names, places, people
 * and days come from core's presentation layer, in one language.
 */
export function exportFrabJson(forum: Forum, options: FrabExportOptions = {}): FrabSchedule {
  const { baseUrl, dayChange = '04:00', onWarning = () => {} } = options;
  if (baseUrl !== undefined && !isAbsoluteHttpUrl(baseUrl))
    throw new TypeError(`exportFrabJson: options.baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  if (!DAY_CHANGE.test(dayChange)) throw new TypeError(`exportFrabJson: options.dayChange must be a time such as "04:00", got ${JSON.stringify(dayChange)}`);
  const present = presentForum(forum, options.language === undefined ? {} : { language: options.language });
  const page = baseUrl ?? (forum.url !== undefined && isAbsoluteHttpUrl(forum.url) ? forum.url : undefined);
  // guids are name-based UUIDs of the JSON-LD @ids (`<page>#session-<id>`), so the outputs agree on identity.
  const idBase = page === undefined ? `urn:forumkit:${encodeURIComponent(forum.id)}` : new URL('#', page).href.replace(/#$/, '');
  const ids: EventIds = {
    guid: (kind, id) => uuidV5(`${idBase}#${kind}-${encodeURIComponent(id)}`),
    resolve: (url) => (page ? resolveUrl(url, page) : isAbsoluteHttpUrl(url) ? url : undefined),
  };
  const firstDate = datePart(forum.start);

  // Each timed session on its programme day, shifted to the night before when it starts before the day change.
  const placed: Array<{ session: Session; date: string; index: number }> = [];
  const sessionIndex = new Map(forum.sessions.map((session, i) => [session, i]));
  const at = (session: Session) => `sessions[${sessionIndex.get(session)}] (${JSON.stringify(present.sessionName(session).text)})`;
  const agenda = present.agenda();
  for (const session of agenda.unscheduled) onWarning(`${at(session)} has no date: left out (frab needs a day and a time)`);
  for (const day of agenda.days) {
    for (const session of day.sessions) {
      if (session.status === 'cancelled') onWarning(`${at(session)} is cancelled: left out (frab has no status)`);
      else if (session.start === undefined || isDateOnly(session.start)) onWarning(`${at(session)} has no time of day: left out (frab needs one)`);
      else {
        const early = session.start.slice(11, 16) < dayChange && day.date > firstDate;
        placed.push({ session, date: early ? addDays(day.date, -1) : day.date, index: sessionIndex.get(session)! });
      }
    }
  }

  const lastDate = [datePart(forum.end ?? forum.start), ...placed.map((p) => p.date)].sort().at(-1)!;
  const dates: string[] = [];
  for (let date = firstDate; date <= lastDate && dates.length < 3660; date = addDays(date, 1)) dates.push(date);
  const rooms = roomNames(
    present,
    placed.map((p) => p.session),
    ids,
  );
  const events = new Map<string, FrabEvent[]>();
  const used = { numbers: new Set<number>(), slugs: new Set<string>() };
  for (const { session, date } of placed) {
    const event = frabEvent(session, present, rooms.placeName(session), ids, used, (m) => onWarning(`${at(session)}: ${m}`));
    const list = events.get(date) ?? [];
    list.push(event);
    events.set(date, list);
  }
  const days: FrabDay[] = dates.map((date, i) => ({
    index: i + 1,
    date,
    day_start: isoAt(epochOf(`${date}T${dayChange}`, forum.timeZone)!, forum.timeZone),
    day_end: isoAt(epochOf(`${addDays(date, 1)}T${dayChange}`, forum.timeZone)! - 60_000, forum.timeZone),
    rooms: Object.fromEntries(rooms.names.map((name) => [name, (events.get(date) ?? []).filter((event) => event.room === name)])),
  }));

  const text = (value: Parameters<Presentation['text']>[0]) => present.text(value)?.text;
  const description = text(forum.description);
  const keywords = (forum.keywords ?? []).map((k) => text(k)!);
  const conference: FrabConference = {
    acronym: acronymOf(forum.id),
    title: text(forum.name)!,
    ...(description !== undefined && { description }),
    start: firstDate,
    end: lastDate,
    daysCount: days.length,
    timeslot_duration: timeslot(
      placed.map((p) => p.session),
      forum,
    ),
    ...(VOC_ZONE.test(forum.timeZone) && { time_zone_name: forum.timeZone }),
    ...(page !== undefined && { url: forum.url !== undefined ? (ids.resolve(forum.url) ?? page) : page }),
    ...(keywords.length > 0 && { keywords }),
    tracks: present.tracks().map((track) => ({ name: text(track.name)!, slug: slugOf(track.id), ...(track.color !== undefined && { color: track.color }) })),
    rooms: rooms.list,
    days,
  };
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'forumkit', version: '0.1.0' },
    schedule: { version: options.version ?? shortHash(JSON.stringify(conference)), ...(page !== undefined && { base_url: page }), conference },
  };
}

/** The schedule's room names: the forum's rooms in its order, then the other places events are at (a venue, "Online"). */
function roomNames(present: Presentation, sessions: readonly Session[], ids: EventIds) {
  const text = (value: Parameters<Presentation['text']>[0]) => present.text(value)?.text;
  const byRoom = new Map<string, string>();
  const list: Array<FrabConference['rooms'][number]> = [];
  const taken = new Set<string>();
  const unique = (name: string) => {
    let shown = name;
    for (let n = 2; taken.has(shown); n++) shown = `${name} (${n})`;
    taken.add(shown);
    return shown;
  };
  for (const room of present.rooms()) {
    const name = unique(text(room.name)!);
    byRoom.set(room.id, name);
    list.push({ name, guid: ids.guid('room', room.id), description: text(room.description) ?? null, capacity: room.capacity ?? null });
  }
  const others = new Map<string, string>();
  const placeName = (session: Session): string => {
    const place = present.sessionPlace(session);
    if (place.room !== undefined) return byRoom.get(place.room.id)!;
    const name = place.venue !== undefined ? text(place.venue.name)! : present.term('online');
    if (!others.has(name)) {
      const shown = taken.has(name) ? unique(name) : (taken.add(name), name);
      others.set(name, shown);
      list.push({ name: shown, guid: ids.guid('place', name), description: null, capacity: null });
    }
    return others.get(name)!;
  };
  const usedNames = new Set(sessions.map(placeName));
  const names = list.map((room) => room.name).filter((name) => usedNames.has(name));
  return { list, names, placeName };
}

/** An acronym the schema's pattern takes: lower case, "_" for other characters, at least four. */
function acronymOf(id: string): string {
  const acronym = id.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return acronym.padEnd(4, '_');
}

/** The longest of 60, 30, 15, 10, 5 or 1 minutes that every start and duration is a multiple of. */
function timeslot(sessions: readonly Session[], forum: Forum): string {
  const minutes = sessions.flatMap((s) => {
    const start = epochOf(s.start!, forum.timeZone)!;
    const end = s.end === undefined ? start : epochOf(s.end, forum.timeZone)!;
    return [Number(s.start!.slice(11, 13)) * 60 + Number(s.start!.slice(14, 16)), Math.round((end - start) / 60_000)];
  });
  const slot = [60, 30, 15, 10, 5, 1].find((step) => minutes.every((m) => m % step === 0)) ?? 1;
  return `${String(Math.floor(slot / 60)).padStart(2, '0')}:${String(slot % 60).padStart(2, '0')}`;
}
