import type { Forum, Session } from '../model/types.js';
import { datePart, isDateOnly } from '../time/local-date-time.js';
import { zonedDate } from '../time/zoned-format.js';
import { zonedToEpochMs } from '../time/time-zone.js';

/** One day of the programme. */
export interface AgendaDay {
  /** The calendar date, `YYYY-MM-DD`, in the zone the agenda is shown in. */
  readonly date: string;
  readonly sessions: readonly Session[];
}

/**
 * Sessions in programme order, grouped by day. Within a day sessions are ordered by start time
 * when every one of them has a time; otherwise the authored order stands (as when a report gives
 * no times). Sessions without a date belong to the forum's first day.
 */
export function agendaDays(forum: Forum, timeZone: string = forum.timeZone): AgendaDay[] {
  if (timeZone === forum.timeZone) return daysOf(forum, datePart);
  return daysOf(forum, (start) => (isDateOnly(start) ? start : zonedDate(zonedToEpochMs(start, forum.timeZone) ?? 0, timeZone)));
}

/** All sessions in programme order (the days of `agendaDays`, flattened). */
export function sessionsInOrder(forum: Forum): Session[] {
  // The forum's own days need no zone conversion, so the JSON-LD path leaves the Intl formatting out.
  return daysOf(forum, datePart).flatMap((day) => day.sessions);
}

/** The days, given the day (`YYYY-MM-DD`) a session's start falls on where the agenda is shown. */
function daysOf(forum: Forum, dayOf: (start: string) => string): AgendaDay[] {
  const firstDay = datePart(forum.start);
  const days = new Map<string, Session[]>();
  for (const session of forum.sessions) {
    const day = session.start ? dayOf(session.start) : firstDay;
    const list = days.get(day);
    if (list) list.push(session);
    else days.set(day, [session]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, sessions]) => ({ date, sessions: orderWithinDay(sessions, forum.timeZone) }));
}

function orderWithinDay(sessions: Session[], timeZone: string): Session[] {
  const timed = sessions.every((s) => s.start !== undefined && !isDateOnly(s.start));
  if (!timed) return sessions;
  const keyed = sessions.map((session, order) => ({ session, order, at: zonedToEpochMs(session.start!, timeZone) ?? 0 }));
  keyed.sort((a, b) => a.at - b.at || a.order - b.order);
  return keyed.map((k) => k.session);
}
