// iCalendar output read back by an independent parser (ical.js), and its instants compared with
// the JSON-LD's, on forums across clock changes, online, postponed, in several languages.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { testForums, berlinThreeDays, onlineOnly, postponedForum } from '../../test/fixtures/forums/index.js';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { toJsonLd } from '../jsonld/to-json-ld.js';
import { toICalendar } from './to-icalendar.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const BASE = 'https://forum.example.org/2025/';

/** The calendar parsed by ical.js, its zones registered so local times resolve to instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events };
}

const instant = (time: ICAL.Time) => time.toJSDate().getTime();

describe.each(testForums.map(({ name, data }) => [name, data] as const))('%s', (name, data) => {
  const forum = validated(structuredClone(data));

  it.each(['zoned', 'utc'] as const)('gives every dated session an event at the instants its JSON-LD gives (%s times)', (times) => {
    const text = toICalendar(forum, { baseUrl: BASE, now: NOW, times });
    const { events } = parse(text);
    const graph = toJsonLd(forum, { baseUrl: BASE })['@graph'] as unknown as Array<Record<string, string>>;
    const sessions = graph.filter((node) => node['@type'] === 'Event' && node['@id'] !== `${BASE}#forum`);
    expect(events.map((event) => event.uid)).toEqual(sessions.map((node) => `session-${node['@id']!.slice(BASE.length + 9)}.${forum.id}@forum.example.org`));
    for (const [i, event] of events.entries()) {
      const node = sessions[i]!;
      if (event.startDate.isDate) expect(event.startDate.toString(), name).toBe(node.startDate);
      else expect(instant(event.startDate), `${node['@id']} start`).toBe(Date.parse(node.startDate!));
      if (node.endDate && !event.endDate.isDate) expect(instant(event.endDate), `${node['@id']} end`).toBe(Date.parse(node.endDate));
    }
  });

  it('writes CRLF lines of at most 75 octets, never splitting a character, and a VTIMEZONE for every TZID', () => {
    const text = toICalendar(forum, { baseUrl: BASE, now: NOW, language: forum.languages.at(-1), includeForum: true });
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
      expect(line).not.toMatch(/[\r\n]/);
    }
    const zones = new Set([...text.matchAll(/^TZID:(.+)$/gm)].map((match) => match[1]));
    const used = new Set([...text.replace(/\r\n /g, '').matchAll(/;TZID=([^:;]+)/g)].map((match) => match[1]));
    for (const zone of used) expect(zones.has(zone), zone).toBe(true);
  });
});

describe('toICalendar', () => {
  it('writes a time in the repeated hour in UTC, where a local time cannot say which is meant', () => {
    const forum = validated(structuredClone(berlinThreeDays));
    const second = forum.sessions.find((session) => session.start?.endsWith('+01:00'))!;
    const { events } = parse(toICalendar(forum, { now: NOW, sessions: [second.id] }));
    expect(events).toHaveLength(1);
    expect(events[0]!.startDate.zone.tzid).toBe('UTC');
    expect(new Date(instant(events[0]!.startDate)).toISOString()).toBe(
      new Date(Date.parse(second.start!.replace(/(T\d\d:\d\d)(?=[+-])/, '$1:00'))).toISOString(),
    );
  });

  it('describes the offsets on both sides of a clock change in its VTIMEZONE', () => {
    const text = toICalendar(validated(structuredClone(onlineOnly)), { now: NOW });
    const zone = text.slice(text.indexOf('BEGIN:VTIMEZONE'), text.indexOf('END:VTIMEZONE'));
    expect(zone).toContain('TZID:America/New_York');
    expect(zone).toMatch(/BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500/);
  });

  it('marks cancelled sessions, versions rescheduled ones, and makes the forum tentative while postponed', () => {
    const forum = validated(structuredClone(postponedForum));
    const { events } = parse(toICalendar(forum, { now: NOW, includeForum: true }));
    const byUid = new Map(events.map((event) => [event.uid, event.component]));
    const cancelled = forum.sessions.find((session) => session.status === 'cancelled')!;
    expect(byUid.get(`session-${cancelled.id}.${forum.id}@forumkit.invalid`)?.getFirstPropertyValue('status')).toBe('CANCELLED');
    const rescheduled = forum.sessions.find((session) => session.status === 'rescheduled')!;
    expect(byUid.get(`session-${rescheduled.id}.${forum.id}@forumkit.invalid`)?.getFirstPropertyValue('sequence')).toBe(1);
    expect(byUid.get(`${forum.id}@forumkit.invalid`)?.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('keeps text whole through escaping, and names people by role in the chosen language', () => {
    const input = smallForum();
    input.sessions[5].title = { ko: '패널; 토론, 그리고\\ 질문', en: 'Panel; talk, and\\ questions\nsecond line' };
    const forum = validated(input);
    const english = parse(toICalendar(forum, { now: NOW, language: 'en', sessions: ['panel'] })).events[0]!;
    expect(english.summary).toBe('Panel; talk, and\\ questions\nsecond line');
    expect(english.description).toContain('Moderator: Choi Yu-na');
    expect(english.description).toContain('Panellists: Kim Min-ji (Principal Researcher, Korea Institute of Science and Technology), Park So-yeon, Jung Hoon');
    expect(english.location).toBe('COEX Grand Ballroom, Seoul');
    const korean = parse(toICalendar(forum, { now: NOW, language: 'ko', sessions: ['panel'] })).events[0]!;
    expect(korean.summary).toBe('패널; 토론, 그리고\\ 질문');
    expect(korean.component.getFirstProperty('summary')?.getParameter('language')).toBe('ko');
  });

  it('makes all-day events of dates, ending the day after', () => {
    const input = smallForum();
    input.sessions[5].start = '2024-10-29';
    input.sessions[5].end = '2024-10-29';
    const event = parse(toICalendar(validated(input), { now: NOW, sessions: ['panel'] })).events[0]!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-10-29');
    expect(event.endDate.toString()).toBe('2024-10-30');
  });

  it('gives the same UIDs every time, and links sessions to the page', () => {
    const forum = validated(smallForum());
    const first = parse(toICalendar(forum, { baseUrl: BASE, now: NOW })).events;
    const again = parse(toICalendar(forum, { baseUrl: BASE, now: new Date() })).events;
    expect(again.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(new Set(first.map((event) => event.uid)).size).toBe(first.length);
    expect(first[0]!.component.getFirstPropertyValue('url')).toBe(`${BASE}#session-opening`);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => toICalendar(validated(smallForum()), { baseUrl: 'javascript:alert(1)' })).toThrow(TypeError);
  });
});
