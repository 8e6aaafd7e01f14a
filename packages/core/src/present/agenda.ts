import type { Forum, Session } from '../model/types.js';
import { datePart, isDateOnly } from '../time/local-date-time.js';
import { zonedDate } from '../time/date-format.js';
import { zonedToEpochMs } from '../time/time-zone.js';

/** One day of the programme. */
export interface AgendaDay {
  /** The calendar date, `YYYY-MM-DD`, in the zone the agenda is shown in. */
  readonly date: string;
  readonly sessions: readonly Session[];
}

/** The programme: its days, and the sessions whose day is not known yet. */
export interface Agenda {
  readonly days: readonly AgendaDay[];
  /** Sessions without a date in a forum of several days: "time to be announced". */
  readonly unscheduled: readonly Session[];
}

/** True when the forum starts and ends on the same day (or gives no end). */
export function isOneDay(forum: Forum): boolean {
  return forum.end === undefined || datePart(forum.end) === datePart(forum.start);
}

/**
 * The date a session is on, in the forum's zone: its start's, or the forum's only day for an
 * undated session of a one-day forum (the data implies it); undefined when nothing says.
 */
export function sessionDate(session: Session, forum: Forum): string | undefined {
  if (session.start !== undefined) return datePart(session.start);
  return isOneDay(forum) ? datePart(forum.start) : undefined;
}

/**
 * Sessions in programme order, grouped by day. Within a day sessions are ordered by start time
 * when every one of them has a time; otherwise the authored order stands (as when a report gives
 * no times). An undated session belongs to the forum's day in a one-day forum; in a longer one it
 * is kept apart, with the unscheduled sessions, rather than filed under a day it may not be on.
 */
export function agenda(forum: Forum, timeZone: string = forum.timeZone): Agenda {
  const days = new Map<string, Session[]>();
  const unscheduled: Session[] = [];
  for (const session of forum.sessions) {
    // An undated session of a one-day forum is on the forum's day as it is shown.
    const start = session.start ?? (isOneDay(forum) ? forum.start : undefined);
    const date = start === undefined ? undefined : shownDate(start, forum.timeZone, timeZone);
    if (date === undefined) {
      unscheduled.push(session);
      continue;
    }
    const list = days.get(date);
    if (list) list.push(session);
    else days.set(date, [session]);
  }
  const ordered = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, sessions]) => ({ date, sessions: orderWithinDay(sessions, forum.timeZone) }));
  return { days: ordered, unscheduled };
}

/** Every session in programme order: the days, then the unscheduled ones. */
export function sessionsInOrder(forum: Forum): Session[] {
  const { days, unscheduled } = agenda(forum);
  return [...days.flatMap((day) => day.sessions), ...unscheduled];
}

// The forum's own days need no zone conversion.
function shownDate(start: string, forumZone: string, timeZone: string): string {
  if (timeZone === forumZone || isDateOnly(start)) return datePart(start);
  return zonedDate(zonedToEpochMs(start, forumZone) ?? 0, timeZone);
}

function orderWithinDay(sessions: Session[], timeZone: string): Session[] {
  const timed = sessions.every((s) => s.start !== undefined && !isDateOnly(s.start));
  if (!timed) return sessions;
  const keyed = sessions.map((session, order) => ({ session, order, at: zonedToEpochMs(session.start!, timeZone) ?? 0 }));
  keyed.sort((a, b) => a.at - b.at || a.order - b.order);
  return keyed.map((k) => k.session);
}
