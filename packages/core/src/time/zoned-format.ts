import { isDateOnly, utcMs, type LocalDateTime } from './local-date-time.js';
import { toIsoDateTime, wallClockAt, zonedToEpochMs } from './time-zone.js';

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
  // From the zone's clock, not a locale's date pattern: patterns change between ICU releases,
  // print years before 1000 without leading zeros, and write the year 0 as 1.
  const { year, month, day } = wallClockAt(epochMs, timeZone);
  const pad = (value: number, length: number) => String(Math.abs(value)).padStart(length, '0');
  return `${year < 0 ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A day heading such as "Monday, October 28, 2024" or "2024년 10월 28일 월요일". */
export function formatDay(date: string, locale: string): string {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    utcMs(year, month, day),
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
  // Agendas repeat the same slots many times, and Intl's formatRange is slow: remember results.
  const key = `${locale}|${forumZone}|${displayZone}|${start}|${end ?? ''}`;
  if (ranges.has(key)) return ranges.get(key);
  if (ranges.size >= MAX_REMEMBERED) ranges.clear();
  const range = computeTimeRange(start, end, locale, forumZone, displayZone);
  ranges.set(key, range);
  return range;
}

const MAX_REMEMBERED = 10_000;
const ranges = new Map<string, TimeRange | undefined>();

function computeTimeRange(
  start: LocalDateTime,
  end: LocalDateTime | undefined,
  locale: string,
  forumZone: string,
  displayZone: string,
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

/**
 * One forum date with its day, as seen in `displayZone`: "Oct 26, 2024, 3:00 PM",
 * "2024. 10. 26. 오후 3:00"; a date alone when the time is unknown.
 */
export function formatDateTime(
  value: LocalDateTime,
  locale: string,
  forumZone: string,
  displayZone: string = forumZone,
): string | undefined {
  if (isDateOnly(value)) {
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(at);
  }
  const at = zonedToEpochMs(value, forumZone);
  return at === undefined ? undefined : dateTimeFormat(locale, { timeZone: displayZone, dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
