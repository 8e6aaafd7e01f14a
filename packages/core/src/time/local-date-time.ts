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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
