import { parseLocalDateTime, utcMs, type LocalDateTime } from './local-date-time.js';

const DAY_MS = 86400000;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone the platform knows (IANA names such as `Asia/Seoul`, or `UTC`). */
export function isTimeZone(value: string): boolean {
  if (offsetFormatters.has(value)) return true;
  if (value.length > 64) return false;
  try {
    offsetFormatter(value);
    return true;
  } catch {
    return false;
  }
}

// en-US numeric output, e.g. "10/28/2024, 09:30:00"; anything else falls back to formatToParts.
const EN_US_NUMERIC = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** Minutes east of UTC in `timeZone` at the instant `epochMs`. */
export function timeZoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const formatter = offsetFormatter(timeZone);
  // format() plus a regex is about 5x cheaper than formatToParts() and find(): this is validation's hot path.
  const match = EN_US_NUMERIC.exec(formatter.format(epochMs));
  let asUtc: number;
  if (match) {
    asUtc = utcMs(Number(match[3]), Number(match[1]), Number(match[2]), Number(match[4]), Number(match[5]), Number(match[6]));
  } else {
    const parts = formatter.formatToParts(epochMs);
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    asUtc = utcMs(get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second'));
  }
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

// Agendas repeat the same few slot times, and each conversion costs up to four Intl calls:
// conversions are remembered per zone and value (bounded, so a long-running page cannot grow it),
// in a map per zone, so no key string is built per lookup (this runs for every session).
const MAX_CACHED = 10_000;

function remembered<T>(compute: (value: string, timeZone: string) => T): (value: string, timeZone: string) => T {
  const byZone = new Map<string, Map<string, T>>();
  return (value, timeZone) => {
    if (!byZone.has(timeZone) && byZone.size >= 100) byZone.clear();
    const values = byZone.get(timeZone) ?? byZone.set(timeZone, new Map()).get(timeZone)!;
    const known = values.get(value);
    if (known !== undefined || values.has(value)) return known as T;
    if (values.size >= MAX_CACHED) values.clear();
    const result = compute(value, timeZone);
    values.set(value, result);
    return result;
  };
}

/**
 * The instant a wall-clock time in `timeZone` names. A repeated hour (clocks going back) gives
 * its first occurrence; a skipped time (clocks going forward) moves forward by the gap.
 */
export function zonedToEpochMs(value: LocalDateTime, timeZone: string): number | undefined {
  return instants(value, timeZone);
}

function computeZonedEpochMs(value: LocalDateTime, timeZone: string): number | undefined {
  const parts = parseLocalDateTime(value);
  if (!parts) return undefined;
  const { hour = 0, minute = 0, second = 0 } = parts.time ?? {};
  const wall = utcMs(parts.year, parts.month, parts.day, hour, minute, second);
  const before = timeZoneOffsetMinutes(wall - DAY_MS, timeZone);
  const after = timeZoneOffsetMinutes(wall + DAY_MS, timeZone);
  const valid = [before, after]
    .map((offset) => wall - offset * 60000)
    .filter((epoch) => epoch + timeZoneOffsetMinutes(epoch, timeZone) * 60000 === wall);
  return valid.length > 0 ? Math.min(...valid) : wall - before * 60000;
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
  return isoTexts(value, timeZone);
}

function computeIsoDateTime(value: LocalDateTime, timeZone: string): string | undefined {
  const parts = parseLocalDateTime(value);
  if (!parts) return undefined;
  if (!parts.time) return value;
  const epoch = zonedToEpochMs(value, timeZone);
  if (epoch === undefined) return undefined;
  const offset = timeZoneOffsetMinutes(epoch, timeZone);
  const local = new Date(epoch + offset * 60000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}

const instants = /* @__PURE__ */ remembered(computeZonedEpochMs);
const isoTexts = /* @__PURE__ */ remembered(computeIsoDateTime);
