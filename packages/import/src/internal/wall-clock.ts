import { isLocalDateTime, toIsoDateTime, toLocalDateTime, zonedToEpochMs } from '@forumkit/core/time';

/**
 * The forumkit date-time of an instant in a zone (core's `toLocalDateTime`: the wall clock, with
 * the offset only for the second pass through an hour the clocks repeat). Undefined for instants
 * whose year forumkit cannot write.
 */
export function wallClockAt(epochMs: number, zone: string): string | undefined {
  const value = toLocalDateTime(epochMs, zone);
  return isLocalDateTime(value) ? value : undefined;
}

/** ISO 8601 with the zone's offset at that instant (`2025-10-24T09:00:00+02:00`). */
export function isoAt(epochMs: number, zone: string): string {
  return toIsoDateTime(toLocalDateTime(epochMs, zone), zone)!;
}

/** The instant a forumkit date-time names in a zone. */
export function epochOf(value: string, zone: string): number | undefined {
  return zonedToEpochMs(value, zone);
}
