/** @forumkit/core/time: forum dates and times, time zones across clock changes, and date formatting. */
export {
  parseLocalDateTime,
  isLocalDateTime,
  isDateOnly,
  datePart,
  addDays,
  writtenOffset,
  withoutOffset,
  type LocalDateTime,
  type LocalDateTimeParts,
} from './time/local-date-time.js';
export { isTimeZone, canonicalTimeZone } from './time/time-zone-name.js';
export { toIsoDateTime, zonedToEpochMs, timeZoneOffsetMinutes, formatOffset, toLocalDateTime } from './time/time-zone.js';
export { readWallTime, type WallTimeReading } from './time/wall-time-reading.js';
export { zonedDate, formatDay, formatShortDay, dateTimeFormat, DAY_STYLE, DAY_TIME_STYLE, shortDayStyle, shortDayTimeStyle } from './time/date-format.js';
export { zoneAbbreviation } from './time/zone-abbreviations.js';
