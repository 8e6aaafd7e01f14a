import {
  formatDateTime,
  formatTimeRange,
  isDateOnly,
  toIsoDateTime,
  zonedDate,
  zonedToEpochMs,
  type Forum,
  type Session,
} from '@forumkit/core';

/** One moment as shown: machine-readable for `<time datetime>`, and as people read it. */
export interface ShownTime {
  readonly iso: string;
  readonly text: string;
}

/** When a session happens, as shown in the display zone. */
export interface SessionTime {
  readonly start: ShownTime;
  /** Absent when the end is unknown or not after the start. */
  readonly end?: ShownTime;
  /** The zone's short name at the start ("GMT+9", "CET"). */
  readonly zoneName?: string;
}

/** True when a session has a time of day (not just a date). */
export function hasTime(session: Session): boolean {
  return session.start !== undefined && !isDateOnly(session.start);
}

/** The session's start and end in `locale` and `displayZone`; undefined without a time of day. */
export function sessionTime(session: Session, forum: Forum, locale: string, displayZone: string): SessionTime | undefined {
  if (!session.start || !hasTime(session)) return undefined;
  const range = formatTimeRange(session.start, session.end, locale, forum.timeZone, displayZone);
  if (!range) return undefined;
  // Core shortens the range to the start alone when the end is unusable; follow its judgement.
  const endAlone =
    session.end && range.endIso && range.text !== range.startText
      ? formatTimeRange(session.end, undefined, locale, forum.timeZone, displayZone)
      : undefined;
  return {
    start: { iso: range.startIso, text: range.startText },
    ...(endAlone && { end: { iso: endAlone.startIso, text: endAlone.startText } }),
    ...(range.zoneName && { zoneName: range.zoneName }),
  };
}

/**
 * A rescheduled session's old start: the time alone when it was on the day the session is listed
 * under (and the session has a time), else the date and time.
 */
export function previousStart(
  session: Session,
  forum: Forum,
  locale: string,
  displayZone: string,
  listedOn: string,
): ShownTime | undefined {
  const value = session.previousStart;
  if (value === undefined) return undefined;
  const iso = toIsoDateTime(value, forum.timeZone);
  if (iso === undefined) return undefined;
  const at = isDateOnly(value) ? undefined : zonedToEpochMs(value, forum.timeZone);
  const sameDay = at !== undefined && hasTime(session) && zonedDate(at, displayZone) === listedOn;
  const text = sameDay
    ? formatTimeRange(value, undefined, locale, forum.timeZone, displayZone)?.startText
    : formatDateTime(value, locale, forum.timeZone, displayZone);
  return text === undefined ? undefined : { iso, text };
}
