/**
 * A forum's dates are wall-clock values in the forum's time zone: a date (`2024-10-28`) when
 * the time is unknown, or a local date-time (`2024-10-28T09:30`, seconds optional).
 */
export type LocalDateTime = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export interface LocalDateTimeParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Absent when only the date is known. */
  readonly time?: { readonly hour: number; readonly minute: number; readonly second: number };
}

/** Parses a local date or date-time; undefined when the text or the calendar date is invalid. */
export function parseLocalDateTime(value: string): LocalDateTimeParts | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[4] === undefined) return { year, month, day };
  const time = { hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6] ?? 0) };
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return undefined;
  return { year, month, day, time };
}

/** True when the value is a date without a time of day. */
export function isDateOnly(value: LocalDateTime): boolean {
  return value.length === 10;
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

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a value shaped like a local date-time names no real date or time, in words for a
 * validation message ("is not a real date: February 2024 has 29 days"); undefined when it does.
 */
export function explainInvalidLocalDateTime(value: string): string | undefined {
  const match = PATTERN.exec(value);
  if (!match) return 'is not a date (2024-10-28) or a local date-time (2024-10-28T09:30)';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `is not a real date: there is no month ${match[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `is not a real date: ${MONTHS[month - 1]} ${match[1]} has ${days} days`;
  if (match[4] === undefined) return undefined;
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23) return `is not a real time: hours go up to 23${hour === 24 && minute === 0 ? ' (midnight is 00:00 of the next day)' : ''}`;
  if (minute > 59) return 'is not a real time: minutes go up to 59';
  if (second > 59) return 'is not a real time: seconds go up to 59';
  return undefined;
}

/** What is wrong with the shape of a date text, for a validation message. */
export function explainLocalDateTimeFormat(value: string): string {
  const example = 'a date (2024-10-28) or a local date-time (2024-10-28T09:30)';
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    return `must be ${example} without an offset: the forum's timeZone says where it is`;
  }
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$/.test(value)) return `must be ${example}, with "T" between date and time`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+$/.test(value)) return `must be ${example}, without fractions of a second`;
  return `must be ${example}`;
}
