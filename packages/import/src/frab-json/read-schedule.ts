import { isAbsoluteHttpUrl } from '@forumkit/core/schema';

export type Loose = Record<string, unknown>;

/** Thrown when the input is not a frab/voc schedule at all (what can be read is read, with warnings). */
export class FrabImportError extends Error {
  override readonly name = 'FrabImportError';
}

/** One event of the schedule, where it was found. */
export interface FoundEvent {
  readonly event: Loose;
  readonly day: Loose;
  /** The key of the day's `rooms` object the event is listed under. */
  readonly roomKey: string;
  /** Where, for warnings: `days[0].rooms["Curie"][2] ("Opening Ceremony")`. */
  readonly where: string;
}

export interface FoundSchedule {
  readonly schedule: Loose;
  readonly conference: Loose;
  readonly events: readonly FoundEvent[];
  /** The base for relative URLs (`base_url`), when it is an absolute http(s) URL. */
  readonly baseUrl?: string;
  /** Written by forumkit's exporter: its slugs are forumkit ids. */
  readonly fromForumkit: boolean;
}

export const isObject = (value: unknown): value is Loose => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The schedule in a parsed (or JSON text) `schedule.json`, its conference and every event with its day and room. */
export function findSchedule(input: unknown, problems: (message: string) => void): FoundSchedule {
  let data = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (error) {
      throw new FrabImportError(`not a schedule.json: the text is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const schedule = isObject(data) && isObject(data.schedule) ? data.schedule : isObject(data) && isObject(data.conference) ? data : undefined;
  if (schedule === undefined) throw new FrabImportError('not a frab/voc schedule.json: it has no "schedule" object with a "conference"');
  const conference = schedule.conference;
  if (!isObject(conference)) throw new FrabImportError('not a frab/voc schedule.json: "schedule.conference" is missing or not an object');

  const events: FoundEvent[] = [];
  const days = Array.isArray(conference.days) ? conference.days : [];
  if (!Array.isArray(conference.days)) problems('schedule.conference.days is missing or not a list: the schedule has no events to read');
  days.forEach((day, d) => {
    if (!isObject(day)) return problems(`days[${d}] is not an object: left out`);
    if (!isObject(day.rooms)) return day.rooms === undefined ? undefined : problems(`days[${d}].rooms is not an object keyed by room name: left out`);
    for (const [roomKey, list] of Object.entries(day.rooms)) {
      const at = `days[${d}].rooms[${JSON.stringify(roomKey)}]`;
      if (!Array.isArray(list)) {
        problems(`${at} is not a list of events: left out`);
        continue;
      }
      list.forEach((event, e) => {
        if (!isObject(event)) return problems(`${at}[${e}] is not an event object: left out`);
        const title = typeof event.title === 'string' && event.title.trim() !== '' ? ` (${JSON.stringify(short(event.title.trim()))})` : '';
        events.push({ event, day, roomKey, where: `${at}[${e}]${title}` });
      });
    }
  });
  const generator = isObject(data) && isObject(data.generator) ? data.generator.name : undefined;
  const baseUrl = [schedule.base_url, conference.base_url].find((url): url is string => typeof url === 'string' && isAbsoluteHttpUrl(url.trim()));
  return { schedule, conference, events, fromForumkit: generator === 'forumkit', ...(baseUrl !== undefined && { baseUrl: baseUrl.trim() }) };
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
