import { datePart, isDateOnly, type LocalDateTime } from '../time/local-date-time.js';
import { DAY_STYLE, DAY_TIME_STYLE, dateMs, dateTimeFormat, shortDayStyle, shortDayTimeStyle, zonedDate } from '../time/date-format.js';
import { toIsoDateTime, zonedToEpochMs } from '../time/time-zone.js';
import { zoneName } from './zone-name.js';

/** One moment as shown: machine-readable for `<time datetime>`, and as people read it. */
export interface ShownMoment {
  /** ISO 8601: a date, or a date-time with the forum zone's offset at that moment. */
  readonly iso: string;
  /** The calendar date (`YYYY-MM-DD`) in the zone it is shown in. */
  readonly date: string;
  /** As the locale writes it: a time ("09:30", "9:30 AM"); with its date, in the short style, when `withDate`; a date when no time is known. */
  readonly text: string;
  /** The date in the short style, with the time when there is one ("Mon, Oct 28, 9:30 AM"), whatever the entry needs. */
  readonly fullText: string;
  /** True when `text` carries the date (the entry spans days, or the moment is a date). */
  readonly withDate: boolean;
  /** The shown zone's short name at this moment, from `zoneName` ("KST", "CET", "GMT+4"); absent for a date. */
  readonly zoneName?: string;
}

/** When something happens, as shown in one language and zone. */
export interface TimeEntry {
  readonly start: ShownMoment;
  /** Absent when the end is unknown or not after the start. */
  readonly end?: ShownMoment;
  /** Start and end fall on different days where they are shown: each `text` names its date. */
  readonly spansDays: boolean;
  /** Start and end have different zone names (the clocks change in between): name each. */
  readonly zoneChanges: boolean;
  /** The entry on one line, zone names included where they differ: "9:30 – 10:15 AM", "1:30 AM GMT+2 – 3:30 AM GMT+1". */
  readonly text: string;
}

const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/**
 * A start and end in the forum's zone (`forumZone`), shown in `locale` and `displayZone`.
 * A date without a time shows as a date. Dates are in the short style (see `shortDayStyle`),
 * without their year when it is `knownYear` (the year the page says already: the forum's).
 * Undefined when the start is not a forum date. This is the one place that decides how a time
 * reads: the agenda, the page header and the calendar export all take it from here.
 */
export function timeEntry(
  start: LocalDateTime,
  end: LocalDateTime | undefined,
  locale: string,
  forumZone: string,
  displayZone: string = forumZone,
  knownYear?: number,
): TimeEntry | undefined {
  const key = `${locale}|${forumZone}|${displayZone}|${start}|${end ?? ''}|${knownYear ?? ''}`;
  if (entries.has(key)) return entries.get(key);
  if (entries.size >= 10_000) entries.clear();
  const entry = computeEntry(start, end, locale, forumZone, displayZone, knownYear);
  entries.set(key, entry);
  return entry;
}

// Agendas repeat the same slots, and Intl's formatting is slow: entries are remembered.
const entries = new Map<string, TimeEntry | undefined>();

interface Instant {
  readonly value: LocalDateTime;
  readonly iso: string;
  /** Undefined for a date alone. */
  readonly epoch?: number;
}

function instant(value: LocalDateTime | undefined, forumZone: string): Instant | undefined {
  const iso = value === undefined ? undefined : toIsoDateTime(value, forumZone);
  if (value === undefined || iso === undefined) return undefined;
  return isDateOnly(value) ? { value, iso } : { value, iso, epoch: zonedToEpochMs(value, forumZone)! };
}

function computeEntry(
  start: LocalDateTime,
  end: LocalDateTime | undefined,
  locale: string,
  forumZone: string,
  displayZone: string,
  knownYear: number | undefined,
): TimeEntry | undefined {
  // A date says its year when the page does not: when it is not the known year.
  const withYear = (...dates: Array<string | undefined>) => dates.some((date) => date !== undefined && Number(date.slice(0, -6)) !== knownYear);
  const from = instant(start, forumZone);
  if (from === undefined) return undefined;
  let to = instant(end, forumZone);
  // An end is shown only when it is the same kind of value and after the start.
  if (to && (to.epoch === undefined) !== (from.epoch === undefined)) to = undefined;
  if (to && (from.epoch !== undefined ? to.epoch! <= from.epoch : to.value <= from.value)) to = undefined;

  if (from.epoch === undefined) {
    const format = dateTimeFormat(locale, { timeZone: 'UTC', ...shortDayStyle(withYear(from.value, to?.value)) });
    const moment = (at: Instant): ShownMoment => {
      const text = format.format(dateMs(at.value));
      return { iso: at.iso, date: datePart(at.value), text, fullText: text, withDate: true };
    };
    const text = to ? format.formatRange(dateMs(from.value), dateMs(to.value)) : format.format(dateMs(from.value));
    return { start: moment(from), ...(to && { end: moment(to) }), spansDays: to !== undefined, zoneChanges: false, text };
  }

  const days = [zonedDate(from.epoch, displayZone), to && zonedDate(to.epoch!, displayZone)];
  const spansDays = to !== undefined && days[0] !== days[1];
  const dayTime = (...dates: Array<string | undefined>) => dateTimeFormat(locale, { timeZone: displayZone, ...shortDayTimeStyle(locale, withYear(...dates)) });
  const lineFormat = spansDays ? dayTime(...days) : dateTimeFormat(locale, { timeZone: displayZone, ...TIME });
  const zone = (epoch: number) => zoneName(epoch, locale, displayZone);
  const zoneChanges = to !== undefined && zone(from.epoch) !== zone(to.epoch!);
  const moment = (at: Instant, date: string): ShownMoment => {
    const name = zone(at.epoch!);
    return {
      iso: at.iso,
      date,
      text: lineFormat.format(at.epoch),
      fullText: dayTime(date).format(at.epoch),
      withDate: spansDays,
      ...(name && { zoneName: name }),
    };
  };
  const shownStart = moment(from, days[0]!);
  const shownEnd = to && moment(to, days[1]!);
  let text: string;
  if (!shownEnd) text = shownStart.text;
  else if (zoneChanges) text = `${shownStart.text} ${shownStart.zoneName ?? ''} – ${shownEnd.text} ${shownEnd.zoneName ?? ''}`.replace(/ +/g, ' ').trim();
  else text = lineFormat.formatRange(from.epoch, to!.epoch!);
  return { start: shownStart, ...(shownEnd && { end: shownEnd }), spansDays, zoneChanges, text };
}

/** The instants a session runs over, in epoch milliseconds. */
export interface TimeSpan {
  readonly start: number;
  /** Absent when the end is unknown, a date, or not after the start (as `timeEntry` leaves it out). */
  readonly end?: number;
}

/**
 * The instants a start and end in the forum's zone name, for placing and comparing times without
 * formatting them (a grid's rows, the "now" mark): undefined for a date without a time of day.
 * The end is the one `timeEntry` shows.
 */
export function timeSpan(start: LocalDateTime, end: LocalDateTime | undefined, forumZone: string): TimeSpan | undefined {
  const from = isDateOnly(start) ? undefined : zonedToEpochMs(start, forumZone);
  if (from === undefined) return undefined;
  const to = end === undefined || isDateOnly(end) ? undefined : zonedToEpochMs(end, forumZone);
  return to !== undefined && to > from ? { start: from, end: to } : { start: from };
}

/**
 * When a whole forum happens, as a page's header says it, in the day style (see `DAY_STYLE`):
 * the range of its dates when it spans days ("Friday, October 24 – Sunday, October 26, 2025"),
 * the date with the times for one day ("Monday, October 28, 2024, 9:00 AM – 5:00 PM").
 */
export function forumTimeEntry(
  start: LocalDateTime,
  end: LocalDateTime | undefined,
  locale: string,
  forumZone: string,
  displayZone: string = forumZone,
): TimeEntry | undefined {
  const entry = timeEntry(start, end, locale, forumZone, displayZone);
  if (entry === undefined) return entry;
  // Dates, or several days: the dates as they fall where the forum is shown.
  if (isDateOnly(start) || entry.spansDays) {
    const last = entry.end?.date === entry.start.date ? undefined : entry.end?.date;
    const dates = timeEntry(entry.start.date, last, locale, forumZone, displayZone)!;
    const format = dateTimeFormat(locale, { timeZone: 'UTC', ...DAY_STYLE });
    const [from, to] = [dateMs(dates.start.date), dates.end && dateMs(dates.end.date)];
    return { ...dates, text: to === undefined ? format.format(from) : format.formatRange(from, to) };
  }
  const format = dateTimeFormat(locale, { timeZone: displayZone, ...DAY_TIME_STYLE });
  const from = zonedToEpochMs(start, forumZone)!;
  if (!entry.end) return { ...entry, text: format.format(from) };
  const to = zonedToEpochMs(end!, forumZone)!;
  // Across a clock change each end names its zone; the date is said once, at the start.
  const text = entry.zoneChanges
    ? `${format.format(from)} ${entry.start.zoneName ?? ''} – ${entry.end.text} ${entry.end.zoneName ?? ''}`.replace(/ +/g, ' ').trim()
    : format.formatRange(from, to);
  return { ...entry, text };
}
