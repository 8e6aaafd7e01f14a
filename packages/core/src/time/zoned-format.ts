import { isDateOnly, type LocalDateTime } from './local-date-time.js';
import { toIsoDateTime, zonedToEpochMs } from './time-zone.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` (building one costs far more than using it). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function zonedDate(epochMs: number, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(epochMs);
}

/** A day heading such as "Monday, October 28, 2024" or "2024년 10월 28일 월요일". */
export function formatDay(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    Date.UTC(year!, month! - 1, day!),
  );
}

/** How a session's or forum's time reads in a language and time zone. */
export interface TimeRange {
  /** ISO 8601 start for `<time datetime>`: a date, or a date-time with its offset. */
  readonly startIso: string;
  readonly endIso?: string;
  /** The range as people read it: "9:30 – 10:15 AM", "오전 9:30~10:15". */
  readonly text: string;
  /** The start alone, formatted (for a rescheduled session's old time, say). */
  readonly startText: string;
  /** The zone's short name ("GMT+9", "CET") when the range has times, else undefined. */
  readonly zoneName?: string;
}

/**
 * Formats a start/end pair of forum wall-clock times, given in `forumZone`, as seen in
 * `displayZone`. Dates without times format as dates.
 */
export function formatTimeRange(
  start: LocalDateTime,
  end: LocalDateTime | undefined,
  locale: string,
  forumZone: string,
  displayZone: string = forumZone,
): TimeRange | undefined {
  const startIso = toIsoDateTime(start, forumZone);
  if (startIso === undefined) return undefined;
  const endIso = end === undefined ? undefined : toIsoDateTime(end, forumZone);
  if (isDateOnly(start)) {
    const format = dateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
    const from = Date.parse(start);
    const to = end && isDateOnly(end) ? Date.parse(end) : undefined;
    const startText = format.format(from);
    const text = to !== undefined && to !== from ? format.formatRange(from, to) : startText;
    return { startIso, ...(endIso && { endIso }), text, startText };
  }
  const from = zonedToEpochMs(start, forumZone)!;
  const to = end && !isDateOnly(end) ? zonedToEpochMs(end, forumZone) : undefined;
  const format = dateTimeFormat(locale, { timeZone: displayZone, hour: 'numeric', minute: '2-digit' });
  const startText = format.format(from);
  const text = to !== undefined && to > from ? format.formatRange(from, to) : startText;
  const zoneName = dateTimeFormat(locale, { timeZone: displayZone, timeZoneName: 'short' })
    .formatToParts(from)
    .find((part) => part.type === 'timeZoneName')?.value;
  return { startIso, ...(endIso && { endIso }), text, startText, ...(zoneName && { zoneName }) };
}
