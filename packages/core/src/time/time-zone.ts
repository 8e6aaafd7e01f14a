import { isLocalDateTime, utcMs, wallClockMs, writtenOffset, type LocalDateTime } from './local-date-time.js';

export const DAY_MS = 86400000;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter of wall clocks in a zone, made once per zone (throws a RangeError for a zone the platform does not know). */
export function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (offsetFormatters.size >= 100) offsetFormatters.clear(); // bounded: a page may show many zones
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in a zone at an instant, to the second. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What the clocks in `timeZone` show at the instant `epochMs` (seconds included: old offsets had them). */
export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const at = Math.floor(epochMs / 1000) * 1000;
  const local: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of offsetFormatter(timeZone).formatToParts(at)) local[type] = Number(value);
  const { month = 1, day = 1, hour = 0, minute = 0, second = 0 } = local;
  // The year comes from UTC, not Intl (which writes the year 0, 1 BC, as 1): the wall clock is
  // less than a day from UTC, so its year is UTC's, or the one before or after at New Year.
  const utcYear = new Date(at).getUTCFullYear();
  const shift = utcMs(utcYear, month, day, hour, minute, second) - at;
  const year = shift > DAY_MS ? utcYear - 1 : shift < -DAY_MS ? utcYear + 1 : utcYear;
  return { year, month, day, hour, minute, second };
}

/** Minutes east of UTC in `timeZone` at the instant `epochMs`. */
export function timeZoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClockAt(epochMs, timeZone);
  return Math.round((utcMs(year, month, day, hour, minute, second) - Math.floor(epochMs / 1000) * 1000) / 60000);
}

// An agenda's times fall on a few days, and on almost every day a zone keeps one offset: that
// offset is found once per zone and day (two Intl calls), and every time on the day reuses it.
// Days near a change of offset take the exact path (null here). Bounded, so a long-running page
// cannot grow them.
const steadyOffsets = new Map<string, Map<number, number | null>>();

/**
 * The offset a zone keeps from a day before until a day after the calendar day whose midnight
 * (read as UTC) is `dayMs`, or null when it changes in that time. Zones change offset at most
 * once in any three days, so equal offsets at both ends mean no change in between.
 */
export function steadyOffset(dayMs: number, timeZone: string): number | null {
  let steady = steadyOffsets.get(timeZone)?.get(dayMs);
  if (steady === undefined) {
    const before = timeZoneOffsetMinutes(dayMs - DAY_MS, timeZone); // throws for an unknown zone
    steady = before === timeZoneOffsetMinutes(dayMs + 2 * DAY_MS, timeZone) ? before : null;
    const days = steadyOffsets.get(timeZone);
    if (days && days.size < 10_000) days.set(dayMs, steady);
    else {
      if (steadyOffsets.size >= 100) steadyOffsets.clear(); // Intl takes any letter case: "asia/seoul" is another key
      steadyOffsets.set(timeZone, new Map([[dayMs, steady]]));
    }
  }
  return steady;
}

/** The instant of a wall-clock time (as UTC milliseconds) on a day when the zone's offset may change. */
function exactEpochMs(wall: number, timeZone: string): number {
  const before = timeZoneOffsetMinutes(wall - DAY_MS, timeZone);
  const after = timeZoneOffsetMinutes(wall + DAY_MS, timeZone);
  const valid = [before, after].map((offset) => wall - offset * 60000).filter((epoch) => epoch + timeZoneOffsetMinutes(epoch, timeZone) * 60000 === wall);
  return valid.length > 0 ? Math.min(...valid) : wall - before * 60000;
}

interface WallTime {
  readonly epoch: number;
  readonly offset: number;
  readonly moved?: true;
}

// A programme repeats a few slot times thousands of times (a grid's rows, its ordering, the
// JSON-LD's dates, the calendar): each value is resolved once per zone. Bounded like the offsets.
const resolved = new Map<string, Map<LocalDateTime, WallTime | undefined>>();

/** A wall-clock time's instant and the zone's offset (minutes east of UTC) at that instant. */
function resolveWallTime(value: LocalDateTime, timeZone: string): WallTime | undefined {
  let values = resolved.get(timeZone);
  if (values?.has(value)) return values.get(value);
  const wallTime = computeWallTime(value, timeZone);
  if (!values || values.size >= 10_000) {
    if (resolved.size >= 100) resolved.clear();
    resolved.set(timeZone, (values = new Map()));
  }
  values.set(value, wallTime);
  return wallTime;
}

function computeWallTime(value: LocalDateTime, timeZone: string): WallTime | undefined {
  const wall = wallClockMs(value);
  if (wall === undefined) return undefined;
  // A written offset says which of a repeated hour's two instants is meant (validation checks it).
  const written = writtenOffset(value);
  if (written !== undefined) return { epoch: wall - written * 60000, offset: written };
  const steady = steadyOffset(Math.floor(wall / DAY_MS) * DAY_MS, timeZone);
  if (steady !== null) return { epoch: wall - steady * 60000, offset: steady };
  const epoch = exactEpochMs(wall, timeZone);
  const offset = timeZoneOffsetMinutes(epoch, timeZone);
  return epoch + offset * 60000 === wall ? { epoch, offset } : { epoch, offset, moved: true };
}

/**
 * The instant a wall-clock time in `timeZone` names. A repeated hour (clocks going back) gives
 * its first occurrence unless the value carries an offset; a skipped time (clocks going forward,
 * which validation refuses) moves forward by the gap.
 */
export function zonedToEpochMs(value: LocalDateTime, timeZone: string): number | undefined {
  return resolveWallTime(value, timeZone)?.epoch;
}

/** `+09:00` style offset text for a number of minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * ISO 8601 text for a forum date: the date alone when the time is unknown, else the date-time
 * with the offset the zone has at that instant (`2024-10-28T09:30:00+09:00`), never UTC-shifted.
 */
export function toIsoDateTime(value: LocalDateTime, timeZone: string): string | undefined {
  if (value.length === 10) return isLocalDateTime(value) ? value : undefined;
  const resolved = resolveWallTime(value, timeZone);
  if (!resolved) return undefined;
  const { epoch, offset, moved } = resolved;
  // The local time is the value (seconds added), except where the clocks skipped it.
  const local = moved ? new Date(epoch + offset * 60000).toISOString().slice(0, 19) : value[16] === ':' ? value.slice(0, 19) : `${value.slice(0, 16)}:00`;
  return local + formatOffset(offset);
}

/**
 * The forum date-time an instant is in a zone: its wall clock (`2025-10-26T02:30`, seconds when
 * not zero), with the offset written only where the wall clock alone would name the first of a
 * repeated hour but the instant is the second (`2025-10-26T02:30+01:00`). The inverse of
 * `zonedToEpochMs`, for importers that read instants.
 */
export function toLocalDateTime(epochMs: number, timeZone: string): LocalDateTime {
  const { year, month, day, hour, minute, second } = wallClockAt(epochMs, timeZone);
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  const wall = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}`;
  if (zonedToEpochMs(wall, timeZone) === Math.floor(epochMs / 1000) * 1000) return wall;
  return `${wall}${formatOffset(timeZoneOffsetMinutes(epochMs, timeZone))}`;
}
