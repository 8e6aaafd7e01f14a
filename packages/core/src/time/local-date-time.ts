/**
 * A forum's dates are wall-clock values in the forum's time zone: a date (`2024-10-28`) when
 * the time is unknown, or a local date-time (`2024-10-28T09:30`, seconds optional). A time may
 * carry the zone's offset at that moment (`2025-10-26T02:30+01:00`): that is how the second of
 * the hour repeated when clocks go back is written; without one, a repeated time means the first.
 */
export type LocalDateTime = string;

/** The shape of a local date or date-time, with its parts as groups. */
export const LOCAL_DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2})?)?$/;
const OFFSET = /[+-]\d{2}:\d{2}$/;

export interface LocalDateTimeParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Absent when only the date is known. */
  readonly time?: { readonly hour: number; readonly minute: number; readonly second: number };
  /** The offset written on the value, in minutes east of UTC. */
  readonly offset?: number;
}

/** Parses a local date or date-time; undefined when the text or the calendar date is invalid. */
export function parseLocalDateTime(value: string): LocalDateTimeParts | undefined {
  const match = LOCAL_DATE_TIME_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[4] === undefined) return { year, month, day };
  const time = { hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6] ?? 0) };
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return undefined;
  if (match[7] === undefined) return { year, month, day, time };
  const offset = writtenOffset(value);
  return offset === undefined ? undefined : { year, month, day, time, offset };
}

/** The offset written on a valid-looking value (`+01:00` -> 60), else undefined (also for `+24:00` or `+01:60`). */
export function writtenOffset(value: string): number | undefined {
  const match = value.length > 16 ? OFFSET.exec(value) : null;
  if (!match) return undefined;
  const [hours, minutes] = [digits(match[0], 1), digits(match[0], 4)];
  if (hours > 18 || minutes > 59) return undefined;
  return (match[0][0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** The wall-clock part of a value, without a written offset. */
export function withoutOffset(value: LocalDateTime): string {
  return value.length > 16 && OFFSET.test(value) ? value.slice(0, -6) : value;
}

/** True when `parseLocalDateTime` gives parts, without building them (validation asks this of every date). */
export function isLocalDateTime(value: string): boolean {
  if (!LOCAL_DATE_TIME_PATTERN.test(value)) return false;
  if (value.length > 19 || (value.length > 16 && value[16] !== ':')) {
    if (writtenOffset(value) === undefined) return false;
    value = withoutOffset(value);
  }
  const [month, day] = [digits(value, 5), digits(value, 8)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(digits(value, 0) * 100 + digits(value, 2), month)) return false;
  return value.length === 10 || (digits(value, 11) < 24 && digits(value, 14) < 60 && (value.length === 16 || digits(value, 17) < 60));
}

/**
 * A valid local date-time's wall-clock reading as if it were UTC, in milliseconds (a date alone
 * reads as its midnight); undefined when the value is not a valid local date-time.
 */
export function wallClockMs(value: string): number | undefined {
  if (!isLocalDateTime(value)) return undefined;
  value = withoutOffset(value);
  const [hour, minute, second] = value.length === 10 ? [0, 0, 0] : [digits(value, 11), digits(value, 14), value.length === 19 ? digits(value, 17) : 0];
  return utcMs(digits(value, 0) * 100 + digits(value, 2), digits(value, 5), digits(value, 8), hour, minute, second);
}

/** The two-digit number at `at` (the pattern has checked they are digits). */
const digits = (value: string, at: number) => value.charCodeAt(at) * 10 + value.charCodeAt(at + 1) - 528;

/** True when the value is a date without a time of day. */
export function isDateOnly(value: LocalDateTime): boolean {
  return value.length === 10;
}

/** A calendar date (`YYYY-MM-DD`) `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar date part (`2024-10-28`). */
export function datePart(value: LocalDateTime): string {
  return value.slice(0, 10);
}

/**
 * `Date.UTC` for a calendar date and time; unlike `Date.UTC` it keeps years 0-99 as written
 * (`Date.UTC(24, …)` means 1924).
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Days in a month (1-12) of the proleptic Gregorian calendar, as Date counts them. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return 30 + ((month + (month >> 3)) & 1); // 31 for Jan, Mar, May, Jul, Aug, Oct, Dec
}
