import { addDays, datePart, isDateOnly, type LocalDateTime } from '../time/local-date-time.js';
import { toIsoDateTime, zonedToEpochMs } from '../time/time-zone.js';
import { readWallTime } from '../time/wall-time-reading.js';

/** `2024-10-28` -> `20241028`. */
export const icalDate = (date: string) => date.replace(/-/g, '');

/** An instant in UTC: `20241028T003000Z`. */
export function utcDateTime(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A DTSTART or DTEND: its value and parameters, in UTC or in the zone (with TZID). */
export interface ICalTime {
  readonly value: string;
  readonly parameters: Readonly<Record<string, string | undefined>>;
}

/**
 * A forum date as an iCalendar time. A date is a DATE. A time is a local time with TZID in the
 * forum's zone, except in the hour repeated when the clocks go back: RFC 5545 reads such a local
 * time as the first occurrence, but parsers differ (ical.js takes the second), so either
 * occurrence is written in UTC, which no reader can take for the other. With `utc`, every time is.
 */
export function icalTime(value: LocalDateTime, timeZone: string, utc: boolean, endOfDay = false): ICalTime | undefined {
  if (isDateOnly(value)) return { value: icalDate(endOfDay ? addDays(value, 1) : value), parameters: { VALUE: 'DATE' } };
  const epoch = zonedToEpochMs(value, timeZone);
  const iso = toIsoDateTime(value, timeZone);
  if (epoch === undefined || iso === undefined) return undefined;
  const local = iso.slice(0, 19);
  if (utc || readWallTime(local, timeZone)?.kind === 'twice') return { value: utcDateTime(epoch), parameters: {} };
  return { value: `${icalDate(datePart(local))}T${local.slice(11).replace(/:/g, '')}`, parameters: { TZID: timeZone } };
}
