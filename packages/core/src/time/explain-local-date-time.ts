// Validation's words for a date text that is no local date-time: a module of its own, so that
// code which only reads dates (the presentation layer, forumkit's drop-in bundle) leaves it out.
import { daysInMonth, isLocalDateTime, LOCAL_DATE_TIME_PATTERN, withoutOffset } from './local-date-time.js';

/**
 * Why a value shaped like a local date-time names no real date or time, in words for a
 * validation message ("is not a real date: 2024-02 has 29 days").
 */
export function explainInvalidLocalDateTime(value: string): string {
  const [, year = '', month = '', day = '', hour] = LOCAL_DATE_TIME_PATTERN.exec(value) ?? [];
  if (+month < 1 || +month > 12) return `is not a real date: there is no month ${month}`;
  const days = daysInMonth(+year, +month);
  if (+day < 1 || +day > days) return `is not a real date: ${year}-${month} has ${days} days`;
  // The date and time are real, so the offset is not.
  if (isLocalDateTime(withoutOffset(value))) return 'has an offset that cannot be: hours go up to 18, minutes up to 59';
  return `is not a real time: hours go from 00 to 23, minutes and seconds from 00 to 59${hour === '24' ? ' (midnight is 00:00 of the next day)' : ''}`;
}

/** What is wrong with the shape of a date text, for a validation message. */
export function explainLocalDateTimeFormat(value: string): string {
  const wanted = 'must be a date (2024-10-28) or a local date-time (2024-10-28T09:30)';
  // The usual slips: a UTC timestamp, or an offset written another way, as other tools write them.
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\.\d+)?Z$/i.test(value)) return `${wanted} in the forum's timeZone, not in UTC`;
  if (/^\d{4}-\d\d-\d\d[T ][\d:.]+[+-]\d\d:?\d\d$/i.test(value)) return `${wanted}; an offset, when given, is written +01:00 after the minutes or seconds`;
  return wanted;
}
