// "Add to calendar", made in the browser: core writes the iCalendar text, this names the file
// and hands it to the browser as a download.
import type { Forum } from '@forumkit/core';
import { toICalendar } from '@forumkit/core/ical';
import { isAbsoluteHttpUrl } from '@forumkit/core/schema';

/** An iCalendar file ready to download. */
export interface CalendarFile {
  /** `<forum-id>.ics`, `<forum-id>-<session-id>.ics` or `<forum-id>-my-schedule.ics`. */
  readonly filename: string;
  readonly text: string;
  readonly type: 'text/calendar';
}

export interface CalendarFileOptions {
  /** Only these sessions, by id (default: every session whose day is known). One id names the file after that session. */
  readonly sessions?: readonly string[];
  /** The language the events' texts are written in. */
  readonly language: string;
  /** Absolute http(s) URL of the page the sessions link to (default: the document's base URL when it is http(s)). */
  readonly baseUrl?: string;
  /** Adds an event for the forum itself. */
  readonly includeForum?: boolean;
  /** The visitor's own schedule: named `-my-schedule` however many sessions it holds. */
  readonly mySchedule?: boolean;
}

// Browsers may read the blob after click() returns (Firefox and Safari well after), so it outlives the click.
const REVOKE_AFTER_MS = 40_000;

/** The ASCII letters, digits, `_` and `-` of an id, every other run as one `-`: nothing a file system reads as a path. */
function fileSlug(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'calendar';
}

/** The document's base URL where it is http(s): a page opened from disk has nothing to link to. */
function documentBaseUrl(): string | undefined {
  const base = typeof document === 'object' ? document.baseURI : undefined;
  return base !== undefined && isAbsoluteHttpUrl(base) ? base : undefined;
}

/**
 * The forum, one session or a visitor's schedule as an iCalendar file (`toICalendar`), named
 * from ids only. Throws a TypeError when `options.baseUrl` is given but is not an absolute http(s) URL.
 */
export function calendarFile(forum: Forum, options: CalendarFileOptions): CalendarFile {
  const { sessions, language, includeForum } = options;
  const baseUrl = options.baseUrl ?? documentBaseUrl();
  const text = toICalendar(forum, { language, sessions, includeForum, baseUrl });
  const name = options.mySchedule ? '-my-schedule' : sessions === undefined ? '' : sessions.length === 1 ? `-${fileSlug(sessions[0]!)}` : '-my-schedule';
  return { filename: `${fileSlug(forum.id)}${name}.ics`, text, type: 'text/calendar' };
}

/** Starts the download of `file`: a blob URL clicked on a temporary `<a download>`, revoked afterwards. */
export function downloadCalendar(file: CalendarFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  // In the document, as some browsers only follow links that are.
  (document.body ?? document.documentElement).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
