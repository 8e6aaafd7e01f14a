import { readWallTime } from '@forumkit/core/time';
import { wallClockAt } from '../internal/wall-clock.js';

// Sessionize writes `2024-03-16T09:00:00`: the event's wall clock, with no zone. Some endpoints
// (and some hand-made copies) add `Z` or an offset: those are instants.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export type ReadTime =
  | { readonly value: string; readonly note?: string; readonly instant?: true }
  | { readonly value?: undefined; readonly note: string; readonly instant?: undefined };

/**
 * A Sessionize `startsAt` or `endsAt` as a forumkit date-time in `zone`: a wall clock stays as
 * written (seconds dropped when zero); an instant becomes the zone's wall clock at that moment.
 */
export function readTime(written: unknown, zone: string): ReadTime | undefined {
  if (written === undefined || written === null || written === '') return undefined;
  const match = typeof written === 'string' ? DATE_TIME.exec(written.trim()) : null;
  if (!match) return { note: `${JSON.stringify(written)} is not a date and time` };
  const [, y, mo, d, h, mi, s = '00', offset] = match as unknown as [string, string, string, string, string, string, string?, string?];
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 59) return { note: `${JSON.stringify(written)} is not a real time` };
  const wall = `${y}-${mo}-${d}T${h}:${mi}${s === '00' ? '' : `:${s}`}`;
  if (offset === undefined) {
    if (Number.isNaN(Date.parse(`${y}-${mo}-${d}T00:00Z`)) || new Date(`${y}-${mo}-${d}T00:00Z`).getUTCDate() !== +d)
      return { note: `${JSON.stringify(written)} is not a real date` };
    const reading = readWallTime(wall, zone);
    if (reading?.kind === 'never') {
      // The clocks skip this time: the session starts when they have jumped.
      return {
        value: reading.jumpsTo,
        note: `${wall} does not exist in ${zone} (the clocks skip from ${reading.jumpsFrom.slice(11)}): moved to ${reading.jumpsTo.slice(11)}`,
      };
    }
    return { value: wall };
  }
  const minutes = offset.toUpperCase() === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
  const value = wallClockAt(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - minutes * 60_000, zone);
  return value === undefined ? { note: `${JSON.stringify(written)} cannot be written as a date in ${zone}` } : { value, instant: true };
}
