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
export {
  isTimeZone,
  toIsoDateTime,
  zonedToEpochMs,
  timeZoneOffsetMinutes,
  readWallTime,
  formatOffset,
  toLocalDateTime,
  type WallTimeReading,
} from './time/time-zone.js';
export { zonedDate, formatDay, dateTimeFormat } from './time/date-format.js';
