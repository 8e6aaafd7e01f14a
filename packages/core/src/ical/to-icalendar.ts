import type { Forum, Session } from '../model/types.js';
import { isAbsoluteHttpUrl, resolveUrl } from '../model/url.js';
import { sessionDate } from '../present/agenda.js';
import { presentForum, type Presentation } from '../present/presentation.js';
import type { Place } from '../present/place.js';
import { zonedToEpochMs } from '../time/time-zone.js';
import { escapeText, property } from './content-line.js';
import { icalTime, utcDateTime, type ICalTime } from './ical-time.js';
import { vtimezone } from './vtimezone.js';

export interface ICalendarOptions {
  /** Absolute URL of the forum's page: UIDs are made from its host, and sessions link to it. */
  readonly baseUrl?: string;
  /** The language texts are written in (default: the forum's first language). */
  readonly language?: string;
  /** Only these sessions, by id (default: every session whose day is known). */
  readonly sessions?: readonly string[];
  /** Adds an event for the forum itself. */
  readonly includeForum?: boolean;
  /** `zoned` (default): local times with TZID and a VTIMEZONE; `utc`: every time in UTC. */
  readonly times?: 'zoned' | 'utc';
  /** When the calendar is made, for DTSTAMP (default: now). */
  readonly now?: Date;
}

const STATUS: Readonly<Record<string, string>> = { cancelled: 'CANCELLED', postponed: 'TENTATIVE' };

/**
 * The forum as an iCalendar file (RFC 5545): one VEVENT per session whose day is known (and the
 * forum's own when asked), with stable UIDs, times in the forum's zone with its VTIMEZONE (or in
 * UTC), all-day events for dates, status, SEQUENCE for rescheduled sessions, LOCATION, URL, and a
 * DESCRIPTION naming the people by role, all in one language. Lines end in CRLF, folded at 75 octets.
 * Throws a TypeError when `options.baseUrl` is given but is not an absolute http(s) URL.
 */
export function toICalendar(forum: Forum, options: ICalendarOptions = {}): string {
  if (options.baseUrl !== undefined && !isAbsoluteHttpUrl(options.baseUrl)) {
    throw new TypeError(`toICalendar: options.baseUrl must be an absolute http(s) URL, got ${JSON.stringify(options.baseUrl)}`);
  }
  const present = presentForum(forum, options.language === undefined ? {} : { language: options.language });
  const utc = options.times === 'utc';
  const stamp = utcDateTime((options.now ?? new Date()).getTime());
  const host = options.baseUrl === undefined ? 'forumkit.invalid' : new URL(options.baseUrl).host;
  const wanted = options.sessions === undefined ? undefined : new Set(options.sessions);
  // An event needs a day: an undated session of a longer forum has no place in a calendar yet.
  const sessions = present
    .agenda()
    .days.flatMap((day) => day.sessions)
    .filter((session) => (wanted === undefined || wanted.has(session.id)) && sessionDate(session, forum) !== undefined);

  const events = sessions.map((session) => sessionEvent(session, present, { host, stamp, utc, baseUrl: options.baseUrl }));
  if (options.includeForum) events.unshift(forumEvent(present, { host, stamp, utc, baseUrl: options.baseUrl }));
  const zone = utc ? [] : zoneFor(forum, sessions, options.includeForum === true);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//forumkit//forumkit//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeText(present.text(forum.name)?.text ?? forum.id)),
    ...zone,
    ...events.flat(),
    'END:VCALENDAR',
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}

interface EventContext {
  readonly host: string;
  readonly stamp: string;
  readonly utc: boolean;
  readonly baseUrl: string | undefined;
}

/** The VTIMEZONE the events' local times refer to, covering their instants; none when no event has a time. */
function zoneFor(forum: Forum, sessions: readonly Session[], withForum: boolean): string[] {
  const values = [...sessions.flatMap((session) => [session.start, session.end]), ...(withForum ? [forum.start, forum.end] : [])];
  const instants = values.flatMap((value) => (value !== undefined && value.length > 10 ? [zonedToEpochMs(value, forum.timeZone)!] : []));
  if (instants.length === 0) return [];
  return vtimezone(forum.timeZone, Math.min(...instants), Math.max(...instants));
}

function time(name: 'DTSTART' | 'DTEND', at: ICalTime | undefined): string[] {
  return at ? [property(name, at.value, at.parameters)] : [];
}

/** A text property with the language it is in, where that is known. */
function text(name: string, shown: { readonly text: string; readonly language?: string } | undefined): string[] {
  return shown ? [property(name, escapeText(shown.text), { LANGUAGE: shown.language })] : [];
}

/** Where, on one line: room, venue and its locality, or the online address. */
function locationText(place: Place, present: Presentation): string | undefined {
  const parts = [
    present.text(place.room?.name)?.text,
    present.text(place.venue?.name)?.text,
    present.text(place.venue?.address?.locality)?.text,
    place.venue === undefined ? place.onlineUrl : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length ? parts.join(', ') : undefined;
}

/** The description, then the people by role ("Panellists: Kim Min-ji (KIST), Park So-yeon"), then links. */
function description(session: Session, present: Presentation, baseUrl: string | undefined): string | undefined {
  const people = present.participants(session).map(({ role, participants }) => {
    const names = participants.map((participant) => {
      if (!('person' in participant)) return present.term('toBeAnnounced');
      const { person } = participant;
      const details = [present.text(person.jobTitle)?.text, ...present.affiliations(person).map((org) => present.organizationName(org).text)].filter(Boolean);
      const name = present.text(person.name)?.text ?? person.id;
      return details.length ? `${name} (${details.join(present.term('separator'))})` : name;
    });
    return `${present.roleLabel(role, participants.length)}: ${names.join(present.term('separator'))}`;
  });
  const links = (session.links ?? []).flatMap((link) => {
    const url = baseUrl === undefined ? (isAbsoluteHttpUrl(link.url) ? link.url : undefined) : resolveUrl(link.url, baseUrl);
    return url ? [`${present.linkName(link).text}: ${url}`] : [];
  });
  const parts = [present.text(session.description)?.text, people.join('\n'), links.join('\n')].filter((part) => part);
  return parts.length ? parts.join('\n\n') : undefined;
}

function sessionEvent(session: Session, present: Presentation, context: EventContext): string[] {
  const { forum } = present;
  const place = present.sessionPlace(session);
  const start = session.start ?? sessionDate(session, forum)!;
  const end = present.sessionTime(session)?.end ? session.end : undefined;
  const url = session.url ?? (context.baseUrl && `#session-${session.id}`);
  const where = locationText(place, present);
  const categories = [present.translation.sessionKinds[session.kind], present.text(place.track?.name)?.text].filter((part): part is string => !!part);
  return [
    'BEGIN:VEVENT',
    property('UID', `session-${session.id}.${forum.id}@${context.host}`),
    property('DTSTAMP', context.stamp),
    ...time('DTSTART', icalTime(start, forum.timeZone, context.utc)),
    ...time(
      'DTEND',
      end === undefined
        ? start.length === 10
          ? icalTime(start, forum.timeZone, context.utc, true)
          : undefined
        : icalTime(end, forum.timeZone, context.utc, true),
    ),
    ...text('SUMMARY', present.sessionName(session)),
    ...(where ? [property('LOCATION', escapeText(where))] : []),
    ...text('DESCRIPTION', optional(description(session, present, context.baseUrl))),
    ...(categories.length ? [property('CATEGORIES', categories.map(escapeText).join(','))] : []),
    ...urlProperty(url, context.baseUrl),
    property('STATUS', STATUS[session.status ?? ''] ?? 'CONFIRMED'),
    // Each reschedule is a new version of the event; a calendar that has the old one replaces it.
    property('SEQUENCE', session.previousStart !== undefined ? '1' : '0'),
    'END:VEVENT',
  ];
}

function forumEvent(present: Presentation, context: EventContext): string[] {
  const { forum } = present;
  const where = locationText(present.place(), present);
  return [
    'BEGIN:VEVENT',
    property('UID', `${forum.id}@${context.host}`),
    property('DTSTAMP', context.stamp),
    ...time('DTSTART', icalTime(forum.start, forum.timeZone, context.utc)),
    ...time('DTEND', icalTime(forum.end ?? forum.start, forum.timeZone, context.utc, true)),
    ...text('SUMMARY', present.text(forum.name)),
    ...(where ? [property('LOCATION', escapeText(where))] : []),
    ...text('DESCRIPTION', present.text(forum.description)),
    ...urlProperty(forum.url, context.baseUrl),
    property('STATUS', STATUS[forum.status ?? ''] ?? 'CONFIRMED'),
    property('SEQUENCE', forum.previousStart !== undefined ? '1' : '0'),
    'END:VEVENT',
  ];
}

const optional = (value: string | undefined) => (value === undefined ? undefined : { text: value });

/** A URL property for an http(s) URL (relative ones resolved against the page); none otherwise. */
function urlProperty(url: string | undefined, baseUrl: string | undefined): string[] {
  if (url === undefined) return [];
  const absolute = baseUrl === undefined ? (isAbsoluteHttpUrl(url) ? url : undefined) : resolveUrl(url, baseUrl);
  return absolute ? [property('URL', absolute, { VALUE: 'URI' })] : [];
}
