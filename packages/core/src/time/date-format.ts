import { utcMs } from './local-date-time.js';
import { wallClockAt } from './time-zone.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` (building one costs far more than using it). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= 500) formatters.clear(); // bounded: locales and zones come from the page
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function zonedDate(epochMs: number, timeZone: string): string {
  const { year, month, day } = wallClockAt(epochMs, timeZone);
  const pad = (value: number, length: number) => String(Math.abs(value)).padStart(length, '0');
  return `${year < 0 ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A calendar date (`YYYY-MM-DD`) as the instant of its midnight read as UTC, for formatting with `timeZone: 'UTC'`. */
export function dateMs(date: string): number {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return utcMs(year, month, day);
}

/** A day heading in the locale's full date style: "Monday, October 28, 2024", "2024년 10월 28일 월요일". */
export function formatDay(date: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'full' }).format(dateMs(date));
}

/** A day in a navigation bar, short: "Sun, 26 Oct", "10월 26일 (일)". */
export function formatShortDay(date: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(dateMs(date));
}
