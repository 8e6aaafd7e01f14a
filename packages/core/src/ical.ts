/** @forumkit/core/ical: a forum as an RFC 5545 iCalendar file, for calendars. */
export { toICalendar, type ICalendarOptions } from './ical/to-icalendar.js';
export { escapeText, foldLine } from './ical/content-line.js';
