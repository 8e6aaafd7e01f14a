import type { Loose } from '../frab-json/read-schedule.js';
import type { XmlElement } from './xml-reader.js';

// frab's schedule.xml (voc's XSD: validator/xsd/schedule.xml.xsd) holds what schedule.json holds,
// nested the same way: schedule > conference, then day > room > event. It is rewritten here into
// the JSON's shape, so the JSON reader's rules (durations, offsets and zones, people, rooms, links)
// are the only copy of them. Only the places where the two formats differ are named below.

const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);
const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);

/** An element's value as the JSON would hold it: its text; for an element forumkit does not know, something set when it holds anything. */
const fieldValue = (element: XmlElement): string | string[] =>
  element.children.length > 0 && element.text.trim() === '' ? element.children.map((c) => c.name) : element.text;

/** The plain fields of an element (`<title>…</title>` -> `title: "…"`), the later one winning where a name repeats. */
function fields(element: XmlElement, skip: ReadonlySet<string>): Loose {
  // fromEntries defines each key as data, so an element named "__proto__" stays a plain field.
  return Object.fromEntries(element.children.filter((c) => !skip.has(c.name)).map((c) => [c.name, fieldValue(c)]));
}

const number = (value: string | undefined) => (value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : value);
const defined = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

// `<person id="…" guid="…" code="…">Name</person>`: the XSD's person is a name with an id; guid and code are read when present.
const person = (element: XmlElement): Loose =>
  defined({ id: number(element.attributes.id), guid: element.attributes.guid, code: element.attributes.code, name: element.text });

// `<link href="…">Title</link>` and `<attachment href="…">Title</attachment>`; voc's newer `type` is kept when present.
const link = (element: XmlElement): Loose => defined({ url: element.attributes.href, title: element.text, type: element.attributes.type });

const EVENT_LISTS = new Set(['persons', 'links', 'attachments', 'recording']);

function event(element: XmlElement): Loose {
  const { id, guid, code } = element.attributes;
  const out: Loose = { ...fields(element, EVENT_LISTS), ...defined({ id: number(id), guid, code }) };
  const list = (name: string, item: string, read: (e: XmlElement) => Loose) => {
    const container = child(element, name);
    if (container) out[name] = childrenNamed(container, item).map(read);
  };
  list('persons', 'person', person);
  list('links', 'link', link);
  list('attachments', 'attachment', link);
  // `<recording><license/><optout/></recording>` is the JSON's recording_license and do_not_record.
  const recording = child(element, 'recording');
  if (recording) {
    const license = child(recording, 'license')?.text;
    const optout = child(recording, 'optout')?.text.trim().toLowerCase();
    Object.assign(out, defined({ recording_license: license, do_not_record: optout === undefined ? undefined : optout === 'true' || optout === '1' }));
  }
  return out;
}

/**
 * The voc schedule.json object a `<schedule>` element says: the conference's fields, its rooms
 * (each `<room name>` of any day, with its guid, in order of first sight, as the JSON lists
 * them), and each day with its events under their room's name. Day attributes `start` and `end`
 * are the JSON's `day_start` and `day_end`; the conference's `days` is its `daysCount`.
 */
export function scheduleFromXml(root: XmlElement, conferenceElement: XmlElement): Loose {
  const conference: Loose = fields(conferenceElement, new Set(['days']));
  const days = child(conferenceElement, 'days');
  if (days !== undefined) conference.daysCount = number(days.text);
  const rooms = new Map<string, Loose>();
  conference.days = childrenNamed(root, 'day').map((day) => {
    const { index, date, start, end } = day.attributes;
    const byRoom = new Map<string, Loose[]>();
    for (const room of childrenNamed(day, 'room')) {
      const name = room.attributes.name ?? '';
      if (name.trim() !== '' && !rooms.has(name)) rooms.set(name, defined({ name, guid: room.attributes.guid }));
      byRoom.set(name, [...(byRoom.get(name) ?? []), ...childrenNamed(room, 'event').map(event)]);
    }
    return { ...defined({ index: number(index), date, day_start: start, day_end: end }), rooms: Object.fromEntries(byRoom) };
  });
  if (rooms.size > 0) conference.rooms = [...rooms.values()];

  const generator = child(root, 'generator');
  const schedule = { ...fields(root, new Set(['generator', 'conference', 'day'])), conference };
  return {
    ...(generator !== undefined && { generator: defined({ name: generator.attributes.name, version: generator.attributes.version }) }),
    schedule,
  };
}
