// "Add to calendar", on a click: core's iCalendar writer and calendar-download.ts load the first
// time a visitor asks for a file (a chunk of its own in the drop-in bundle and in bundlers).
import type { Forum } from '@forumkit/core';
import type { CalendarFileOptions } from './calendar-download.js';

/**
 * Makes the forum, one session or a visitor's schedule into an iCalendar file (`calendarFile`)
 * and starts its download (`downloadCalendar`). Rejects when the writer cannot be loaded.
 */
export async function addToCalendar(forum: Forum, options: CalendarFileOptions): Promise<void> {
  const { calendarFile, downloadCalendar } = await import('./calendar-download.js');
  downloadCalendar(calendarFile(forum, options));
}
