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

/*
 * forumkit writes dates in two styles, one per context, so that a page never mixes more:
 * - the day style, for headings: the agenda's day headings and the forum's own dates in a page's
 *   header, the locale's full date ("Monday, October 28, 2024", "2024년 10월 28일 월요일");
 * - the short style, for a date within a line: the day bar, a session over several days, a
 *   former start ("Mon, Oct 28", "10월 28일 (월)"), with the year only where the page does not
 *   say it already.
 * A time beside either is the locale's short time ("9:30 AM", "09:30", "오전 9:30").
 */

/** The day style: the locale's full date. */
export const DAY_STYLE: Readonly<Intl.DateTimeFormatOptions> = { dateStyle: 'full' };

/** The day style with the locale's short time. */
export const DAY_TIME_STYLE: Readonly<Intl.DateTimeFormatOptions> = { dateStyle: 'full', timeStyle: 'short' };

/** The short style: weekday, month and day, and the year when `withYear`. */
export function shortDayStyle(withYear: boolean): Intl.DateTimeFormatOptions {
  return withYear ? { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' } : { weekday: 'short', month: 'short', day: 'numeric' };
}

/** The short style with a time written as the locale's short time is ("09:30" in German, "9:30" in Japanese). */
export function shortDayTimeStyle(locale: string, withYear: boolean): Intl.DateTimeFormatOptions {
  // Intl takes no timeStyle beside single fields: the hour is padded where the short time pads it.
  const nine = dateTimeFormat(locale, { timeZone: 'UTC', timeStyle: 'short' }).formatToParts(Date.UTC(2000, 0, 1, 9));
  const hour = nine.find((part) => part.type === 'hour')?.value.length === 2 ? '2-digit' : 'numeric';
  return { ...shortDayStyle(withYear), hour, minute: '2-digit' };
}

/** A day in the day style, as headings show it: "Monday, October 28, 2024", "2024년 10월 28일 월요일". */
export function formatDay(date: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', ...DAY_STYLE }).format(dateMs(date));
}

/** A day in the short style, as a line or the day bar shows it: "Mon, Oct 28", "10월 28일 (월)"; with its year when `withYear`. */
export function formatShortDay(date: string, locale: string, withYear = false): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', ...shortDayStyle(withYear) }).format(dateMs(date));
}
