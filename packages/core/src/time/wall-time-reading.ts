// Whether a wall-clock time happens once, twice or never in a zone: what validation and the
// calendar writer ask, in a module of its own so that code which only shows times leaves it out.
import { wallClockMs, type LocalDateTime } from './local-date-time.js';
import { DAY_MS, steadyOffset, timeZoneOffsetMinutes } from './time-zone.js';

/** How a wall-clock time reads in a zone: once, twice (clocks going back) or never (clocks going forward). */
export type WallTimeReading =
  | { readonly kind: 'once'; readonly offset: number }
  | { readonly kind: 'twice'; readonly offsets: readonly [first: number, second: number] }
  | {
      readonly kind: 'never';
      /** The wall clock just before the jump, and what it jumps to (`2025-03-30T02:00`, `…T03:00`). */
      readonly jumpsFrom: string;
      readonly jumpsTo: string;
    };

/**
 * Whether a wall-clock time (without a written offset) happens in a zone once, twice or not at
 * all; undefined when the value is not a local date-time. Validation asks this of every time.
 */
export function readWallTime(value: LocalDateTime, timeZone: string): WallTimeReading | undefined {
  const wall = wallClockMs(value);
  if (wall === undefined) return undefined;
  const steady = steadyOffset(Math.floor(wall / DAY_MS) * DAY_MS, timeZone);
  if (steady !== null) return { kind: 'once', offset: steady };
  const before = timeZoneOffsetMinutes(wall - DAY_MS, timeZone);
  const after = timeZoneOffsetMinutes(wall + DAY_MS, timeZone);
  const fits = (offset: number) => timeZoneOffsetMinutes(wall - offset * 60000, timeZone) === offset;
  const [first, second] = [before, after].filter(fits);
  if (first !== undefined && second !== undefined && first !== second) return { kind: 'twice', offsets: [first, second] };
  if (first !== undefined) return { kind: 'once', offset: first };
  // The clocks skipped this time: find the instant they jumped (to the second) and name both sides.
  let [low, high] = [wall - before * 60000 - DAY_MS, wall - before * 60000];
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (timeZoneOffsetMinutes(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  const wallAt = (epoch: number, offset: number) => new Date(epoch + offset * 60000).toISOString().slice(0, 16);
  return { kind: 'never', jumpsFrom: wallAt(high, before), jumpsTo: wallAt(high, after) };
}
