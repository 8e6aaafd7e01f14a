import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Forum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import { zonedToEpochMs } from '@forumkit/core/time';
import addFormats from 'ajv-formats';
import { exportFrabJson, importFrabJson } from '../src/index.js';
import { berlinThreeDays, largeForum, onlineOnly, testForums } from '../../core/test/fixtures/forums/index.js';
import { eventsOf } from './fixtures/frab-json/index.js';
import { validated } from './validated.js';

const vocSchema = JSON.parse(readFileSync(new URL('./fixtures/voc-schedule.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const vocAccepts = ajv.compile(vocSchema);
const seoul = JSON.parse(readFileSync(new URL('../../../examples/seoul-quantum-forum/forum.json', import.meta.url), 'utf8'));

function vocErrors(schedule: unknown): string[] {
  return vocAccepts(schedule) ? [] : (vocAccepts.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const baseUrl = 'https://forum.example.org/programme/';
const exportForums = [...testForums, { name: 'seoul-quantum-forum', data: seoul }];

/** What a reader of the programme sees of each session: its name, instants, place and people. */
function shownSessions(forum: Forum, language: string) {
  const present = presentForum(forum, { language });
  return forum.sessions
    .filter((s) => s.start !== undefined && s.start.length > 10 && s.status !== 'cancelled')
    .map((s) => {
      const place = present.sessionPlace(s);
      return {
        id: s.id,
        name: present.sessionName(s).text,
        start: zonedToEpochMs(s.start!, forum.timeZone),
        end: s.end === undefined ? undefined : zonedToEpochMs(s.end, forum.timeZone),
        place: place.room ? present.text(place.room.name)!.text : place.venue ? present.text(place.venue.name)!.text : present.term('online'),
        people: present
          .participants(s)
          .flatMap((g) => g.participants.flatMap((p) => ('person' in p ? [[p.person.id, present.text(p.person.name)!.text, g.role]] : []))),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('exportFrabJson', () => {
  it.each(exportForums)('writes $name as a schedule.json the voc schema accepts', ({ data }) => {
    const forum = validated(data);
    expect(vocErrors(exportFrabJson(forum, { baseUrl }))).toEqual([]);
    expect(vocErrors(exportFrabJson(forum))).toEqual([]);
  });

  it('checks the schema copy rejects what the voc schema rejects', () => {
    const schedule: any = exportFrabJson(validated(berlinThreeDays), { baseUrl });
    const event = schedule.schedule.conference.days[0].rooms['Großer Saal'][0];
    for (const [field, value] of [
      ['duration', '90 min'],
      ['start', '9h'],
      ['guid', 'not-a-uuid'],
      ['slug', 'Has Capitals'],
      ['id', 0],
    ] as const) {
      const broken = structuredClone(schedule);
      broken.schedule.conference.days[0].rooms['Großer Saal'][0][field] = value;
      expect(vocErrors(broken), field).not.toEqual([]);
    }
    const missing = structuredClone(schedule);
    delete missing.schedule.conference.days[0].rooms['Großer Saal'][0].title;
    expect(vocErrors(missing)).toContainEqual(expect.stringContaining("must have required property 'title'"));
    expect(event.persons[0]).not.toHaveProperty('id');
  });

  it.each(testForums.filter(({ name }) => name !== 'large-forum'))('round-trips $name: the same sessions, times, places and people', ({ data }) => {
    const forum = validated(data);
    const language = forum.languages[0]!;
    const back = validated(importFrabJson(exportFrabJson(forum, { baseUrl })).forum);
    expect(shownSessions(back, language)).toEqual(shownSessions(forum, language));
    expect(back.timeZone).toBe(forum.timeZone);
  });

  it('round-trips a 300-session forum in eight rooms', () => {
    const forum = validated(largeForum());
    const back = validated(importFrabJson(exportFrabJson(forum, { baseUrl })).forum);
    expect(shownSessions(back, forum.languages[0]!)).toEqual(shownSessions(forum, forum.languages[0]!));
  });

  it('gives the Berlin forum its days, rooms, durations and offsets as frab readers expect', () => {
    const schedule = exportFrabJson(validated(berlinThreeDays), { baseUrl });
    const { conference } = schedule.schedule;
    expect([conference.acronym, conference.start, conference.end, conference.daysCount, conference.time_zone_name]).toEqual([
      'spreeforum_2025',
      '2025-10-24',
      '2025-10-26',
      3,
      'Europe/Berlin',
    ]);
    expect(conference.rooms.map((r) => [r.name, r.capacity])).toEqual([
      ['Großer Saal', 600],
      ['Spiegelsaal', 120],
      ['Hörsaal Nord', 200],
    ]);
    expect(conference.days.map((d) => [d.date, d.day_start, d.day_end])).toEqual([
      ['2025-10-24', '2025-10-24T04:00:00+02:00', '2025-10-25T03:59:00+02:00'],
      ['2025-10-25', '2025-10-25T04:00:00+02:00', '2025-10-26T03:59:00+01:00'],
      ['2025-10-26', '2025-10-26T04:00:00+01:00', '2025-10-27T03:59:00+01:00'],
    ]);
    // The night owls start after midnight: frab files them under the night before (the day changes at 04:00).
    const saturday = conference.days[1]!.rooms['Spiegelsaal']!;
    expect(saturday.map((e) => [e.slug, e.date, e.start, e.duration])).toEqual([
      ['mob-barrierefrei', '2025-10-25T10:45:00+02:00', '10:45', '00:45'],
      ['mob-nachtbus', '2025-10-25T14:00:00+02:00', '14:00', '00:45'],
      ['lange-datennacht', '2025-10-25T21:00:00+02:00', '21:00', '03:30'],
      ['nachteulen-erste-runde', '2025-10-26T01:45:00+02:00', '01:45', '00:45'],
      ['nachteulen-zweite-runde', '2025-10-26T02:15:00+01:00', '02:15', '00:30'],
    ]);
    const keynote = conference.days[0]!.rooms['Großer Saal']!.find((e) => e.slug === 'keynote-freitag')!;
    expect(keynote).toMatchObject({
      title: 'Die Stadt als offenes System',
      type: 'keynote',
      language: 'de',
      url: 'https://forum.example.org/programme/#session-keynote-freitag',
      links: [
        { url: 'https://spreeforum.example.org/2025/folien/keynote-freitag.pdf', title: 'Folien', type: 'slides' },
        { url: 'https://video.example.org/spreeforum-2025/keynote-freitag', title: 'Aufzeichnung', type: 'media' },
      ],
    });
    expect(keynote.persons.map((p) => [p.name, p.role])).toEqual([
      ['Henrike Brandstätter', 'speaker'],
      ['Clara Dupont', 'interpreter'],
    ]);
    // Untitled sessions are named by their kind, in the schedule's language.
    expect(conference.days[0]!.rooms['Großer Saal']![0]!.title).toBe('Eröffnung');
    expect(exportFrabJson(validated(berlinThreeDays), { language: 'en' }).schedule.conference.days[0]!.rooms['Main Hall']![0]!.title).toBe('Opening remarks');
  });

  it('derives guids and ids from the forum page, so they stay put when the programme changes', () => {
    const forum = validated(berlinThreeDays);
    const first = eventsOf(exportFrabJson(forum, { baseUrl }) as any);
    const changed = structuredClone(berlinThreeDays);
    changed.sessions.reverse();
    changed.sessions[0].title = 'Renamed';
    const again = eventsOf(exportFrabJson(validated(changed), { baseUrl }) as any);
    const bySlug = (events: any[]) => Object.fromEntries(events.map((e) => [e.slug, [e.guid, e.id]]));
    expect(bySlug(again)).toEqual(bySlug(first));
    expect(new Set(first.map((e) => e.guid)).size).toBe(first.length);
    expect(exportFrabJson(forum, { baseUrl: 'https://elsewhere.example.org/' }).schedule.conference.days[0]!.rooms['Großer Saal']![0]!.guid).not.toBe(
      first[0]!.guid,
    );
  });

  it('gives sessions of a forum without a page URN URLs, and only absolute links', () => {
    const pageless = structuredClone(berlinThreeDays);
    delete pageless.url;
    pageless.sessions[2].links.push({ kind: 'slides', url: 'slides/keynote.pdf' });
    const warnings: string[] = [];
    const schedule = exportFrabJson(validated(pageless), { onWarning: (m) => warnings.push(m) });
    expect(vocErrors(schedule)).toEqual([]);
    expect(eventsOf(schedule as any).every((e) => /^urn:uuid:[0-9a-f-]{36}$/.test(e.url))).toBe(true);
    expect(warnings).toContain('sessions[2] ("Die Stadt als offenes System"): the link "slides/keynote.pdf" has no absolute URL (give a baseUrl): left out');
  });

  it('names sessions without a room by their venue, or "Online"', () => {
    const schedule = exportFrabJson(validated(onlineOnly), { baseUrl });
    expect(Object.keys(schedule.schedule.conference.days[0]!.rooms)).toEqual(['Online']);
    expect(schedule.schedule.conference.time_zone_name).toBe('America/New_York');
  });

  it('says which sessions it leaves out: undated, untimed and cancelled ones', () => {
    const warnings: string[] = [];
    const schedule = exportFrabJson(validated(seoul), { onWarning: (m) => warnings.push(m) });
    expect(eventsOf(schedule as any)).toEqual([]);
    expect(warnings).toHaveLength(seoul.sessions.length);
    expect(warnings[0]).toBe('sessions[0] ("개회사") has no time of day: left out (frab needs one)');
    const berlin: string[] = [];
    exportFrabJson(validated(berlinThreeDays), { onWarning: (m) => berlin.push(m) });
    expect(berlin).toContain('sessions[20] ("Sharing-Flotten im Bezirk") is cancelled: left out (frab has no status)');
  });

  it('refuses a baseUrl or dayChange it cannot use', () => {
    const forum = validated(berlinThreeDays);
    expect(() => exportFrabJson(forum, { baseUrl: '/relative/' })).toThrow(TypeError);
    expect(() => exportFrabJson(forum, { dayChange: '4am' })).toThrow(TypeError);
    const midnight = exportFrabJson(forum, { dayChange: '00:00' }).schedule.conference.days;
    expect(midnight.map((d) => d.date)).toEqual(['2025-10-24', '2025-10-25', '2025-10-26']);
    expect(
      Object.values(midnight[2]!.rooms)
        .flat()
        .map((e) => e.slug),
    ).toContain('nachteulen-erste-runde');
  });
});
