import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFrabJson } from '../src/frab-json/import-frab-json.js';
import { FrabImportError } from '../src/frab-json/read-schedule.js';
import { importFrabXml } from '../src/frab-xml/import-frab-xml.js';
import { hostileScheduleXml } from './hostile/hostile-schedule-xml.mjs';
import { validated } from './validated.js';

// Schedules written for these tests: a pretalx-style export (also as schedule.json, the same
// content), a frab-classic one, one with CDATA and references, and one cut short.
const fixture = (file: string) => readFileSync(new URL(`./fixtures/frab-xml/${file}`, import.meta.url), 'utf8');
const VALID = ['pretalx-conference.xml', 'frab-classic.xml', 'cdata-and-entities.xml'];
const times = (forum: { sessions: ReadonlyArray<{ id: string; start?: string; end?: string }> }) =>
  Object.fromEntries(forum.sessions.map((s) => [s.id, [s.start, s.end]]));
const thrown = (run: () => unknown): Error => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
};
const schedule = (days: string, conference = '<acronym>t</acronym><title>T</title><start>2026-01-05</start>') =>
  `<?xml version="1.0"?>\n<schedule><version>1</version><conference>${conference}</conference>${days}</schedule>`;

describe('importFrabXml', () => {
  it.each(VALID)('imports %s into a forum that validates', (file) => {
    const { forum, warnings } = importFrabXml(fixture(file));
    validated(forum);
    for (const warning of warnings) expect(warning).toMatch(/\S/);
  });

  it('gives the same forum, and the same warnings, as the same schedule written as schedule.json', () => {
    const fromXml = importFrabXml(fixture('pretalx-conference.xml'), { venue: { name: 'Seebad Campus' } });
    const fromJson = importFrabJson(JSON.parse(fixture('pretalx-conference.json')), { venue: { name: 'Seebad Campus' } });
    expect(fromXml.forum).toEqual(fromJson.forum);
    expect(fromXml.warnings).toEqual(fromJson.warnings);
  });

  it('reads a pretalx export: two days, three rooms, 20 sessions, people, links and attachments', () => {
    const { forum, warnings } = importFrabXml(fixture('pretalx-conference.xml'), { venue: { name: 'Seebad Campus' } });
    const valid = validated(forum);
    expect([valid.id, valid.name, valid.start, valid.end, valid.timeZone]).toEqual([
      'lakeside-2026',
      'Lakeside Open Source Days 2026',
      '2026-06-11',
      '2026-06-12',
      'Europe/Zurich',
    ]);
    expect(valid.sessions).toHaveLength(20);
    expect(valid.rooms?.map((r) => [r.id, r.name])).toEqual([
      ['aula', 'Aula'],
      ['seminar-room-1', 'Seminar Room 1'],
      ['workshop-loft', 'Workshop Loft'],
    ]);
    expect(valid.languages).toEqual(['en', 'de']);
    expect(valid.people).toHaveLength(10);
    // <date> with its offset, <duration>01:30</duration>: the end is an hour and a half later.
    const workshop = valid.sessions.find((s) => s.title === 'Hands-on: your first Nix flake')!;
    expect(workshop).toMatchObject({ id: 'event-31010', kind: 'workshop', start: '2026-06-11T09:30', end: '2026-06-11T11:00', room: 'workshop-loft' });
    const panel = valid.sessions.find((s) => s.title === 'Funding the commons')!;
    expect(panel).toMatchObject({ kind: 'panel-discussion', url: 'https://pretalx.example.org/lakeside-2026/talk/PZ2L5E/', languages: ['en'] });
    expect(panel.participants?.map((p) => valid.people!.find((person) => person.id === p.person)!.name)).toEqual([
      'Mira Okafor',
      'Aylin Demir',
      'Grace Mensah',
    ]);
    // Links keep their kind; relative attachment hrefs resolve against <base_url>.
    const keynote = valid.sessions.find((s) => s.title === 'Maintainers are people too')!;
    expect(keynote.links).toEqual([
      { kind: 'website', url: 'https://maintainers.example.org/', title: 'Project site' },
      { kind: 'slides', url: 'https://pretalx.example.org/media/lakeside-2026/submissions/HX3P9B/resources/keynote-slides.pdf', title: 'Slides' },
    ]);
    expect(valid.sessions.find((s) => s.title === 'Reproducible builds in practice')!.links?.[0]?.kind).toBe('code');
    expect(valid.sessions.map((s) => s.kind)).toEqual(expect.arrayContaining(['opening-remarks', 'keynote', 'lightning-talk', 'closing-remarks']));
    // <recording><optout>true</optout></recording> is the JSON's do_not_record, named in a warning.
    expect(warnings).toEqual([expect.stringMatching(/^events are marked do_not_record: .*\(at days\[0\]\.rooms\["Aula"\]\[4\] \("Funding the commons"\)\)$/)]);
  });

  it("reads a frab-classic export: <start> HH:MM on the day's date, <room> text, people by id, the night after midnight", () => {
    const { forum, warnings } = importFrabXml(fixture('frab-classic.xml'), { timeZone: 'Europe/Berlin', venue: { name: 'Feld' } });
    const valid = validated(forum);
    expect(times(valid)).toEqual({
      'event-7201': ['2026-07-17T11:00', '2026-07-17T11:30'],
      'event-7202': ['2026-07-17T14:00', '2026-07-17T15:00'],
      // 00:30 is before the day's start (10:00): the morning after, as frab means it.
      'event-7203': ['2026-07-18T00:30', '2026-07-18T02:00'],
      'event-7204': ['2026-07-17T15:00', '2026-07-17T17:00'],
      'event-7205': ['2026-07-18T10:30', '2026-07-18T11:15'],
      'event-7206': ['2026-07-18T21:30', '2026-07-18T23:30'],
    });
    // Every <room name>, even one empty on a day, in order of first sight.
    expect(valid.rooms?.map((r) => r.name)).toEqual(['Zelt Ost', 'Werkstattzelt', 'Kino']);
    expect(valid.people?.map((p) => [p.id, p.name])).toEqual([
      ['person-901', 'Dachs'],
      ['person-902', 'Elster'],
      ['person-903', 'Ama Boateng'],
      ['person-904', 'Lötkolben-Lena'],
    ]);
    const podium = valid.sessions.find((s) => s.id === 'event-7202')!;
    expect(podium).toMatchObject({ kind: 'panel-discussion', track: 'ethics-society-politics', languages: ['en'] });
    // The subtitle, then the abstract and the description (frab's escaped HTML stays text).
    expect(podium.description).toBe(
      'Firmware freedom after the EU Radio Equipment Directive\n\nThree views on locked-down firmware.\n\n<p>With <b>guests</b> from two projects.</p>',
    );
    expect(valid.sessions.find((s) => s.id === 'event-7203')!.kind).toBe('lightning-talk');
    expect(warnings).toContainEqual(expect.stringMatching(/^events of type "film" have no forumkit session kind/));
    expect(warnings).toContainEqual(expect.stringMatching(/^events are marked do_not_record: .*3 times/));
    expect(warnings).toContainEqual(expect.stringMatching(/^events have a recording_license: .*"Who owns your router\?"/));
  });

  it('keeps markup in titles as text: entities, CDATA and character references are read, never run', () => {
    const { forum } = importFrabXml(fixture('cdata-and-entities.xml'), { venue: { name: 'Lab' } });
    const valid = validated(forum);
    const [escaped, cdata] = valid.sessions;
    expect(escaped!.title).toBe('<script>alert("pwned")</script> & other tricks');
    expect(escaped!.description).toBe(
      'Why <b>markup</b> in a title & an abstract stays text: ]]> ends a CDATA section.\n\nCafé crème, 😀 and a\u00a0no-break space.',
    );
    expect(escaped!.links).toEqual([{ kind: 'website', url: 'https://example.org/search?q=xml&lang=en', title: 'Search & find' }]);
    expect(cdata!).toMatchObject({ title: 'Rock & Roll <img src=x onerror=alert(1)>', description: 'Beforeafter.', languages: ['pt-BR'] });
    expect(valid.name).toBe('Escapes & Edge Cases 2026');
    expect(valid.rooms).toEqual([{ id: 'r-d-lab', name: 'R&D Lab' }]);
    expect(valid.people?.map((p) => p.name)).toEqual(['Zoë "zed" O\'Neill', 'Ana <Beatriz>']);
  });

  it('throws a FrabImportError naming the line for a schedule that is cut short', () => {
    const error = thrown(() => importFrabXml(fixture('truncated.xml')));
    expect(error).toBeInstanceOf(FrabImportError);
    expect(error.message).toBe(
      'not a well-formed schedule.xml: line 31, column 39: the text ends inside <person> (opened on line 31): it is cut short, or a closing tag is missing',
    );
  });

  it.each([
    [
      'a closing tag that does not match',
      schedule('<day date="2026-01-05">\n<room name="A">\n</day>'),
      /^not a well-formed schedule\.xml: line 4, column 1: <\/day> found where <\/room> \(opened on line 3\)/,
    ],
    ['an unknown entity', schedule('<day date="2026-01-05"><room name="A&nbsp;B"/></day>'), /line 2, .*unknown entity &nbsp;/],
    ['a bare "&"', schedule('\n\n<day date="2026-01-05"><room name="R & D"/></day>'), /line 4, column \d+: "&" must start a reference/],
    ['"<" in text', '<schedule>\n<version>a < b</version></schedule>', /line 2, column 12: "<" must start a tag/],
    ['text after the root', '<schedule/>\ntrailing', /line 2, column 1: text after the root element/],
    ['no XML at all', '{"schedule": {}}', /line 1, column 1: text before the root element/],
    ['an empty text', '', /there is no root element/],
  ])('throws a FrabImportError with the line for %s', (_, xml, message) => {
    const error = thrown(() => importFrabXml(xml));
    expect(error).toBeInstanceOf(FrabImportError);
    expect(error.message).toMatch(message);
  });

  it('refuses a DOCTYPE, so no entity can expand (a "billion laughs" is read no further)', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<schedule>&b;</schedule>`;
    expect(() => importFrabXml(laughs)).toThrow(/^not a well-formed schedule\.xml: line 2, column 1: a DOCTYPE is not read/);
    const external = `<!DOCTYPE schedule SYSTEM "file:///etc/passwd"><schedule/>`;
    expect(() => importFrabXml(external)).toThrow(FrabImportError);
  });

  // How the time grows with these inputs (linear, not quadratic) is measured by bench/import.bench.mjs.
  it('reads hostile input to a clear error: deep nesting, many references, many attributes', () => {
    for (const hostile of hostileScheduleXml(10_000)) expect(() => importFrabXml(hostile.text)).toThrow(hostile.error);
  });

  it('throws a FrabImportError for well-formed XML that is no schedule', () => {
    expect(() => importFrabXml('<rss version="2.0"><channel/></rss>')).toThrow(/^not a schedule\.xml: the root element is <rss>, not <schedule>$/);
    expect(() => importFrabXml('<schedule><version>1</version></schedule>')).toThrow(/^not a schedule\.xml: <schedule> has no <conference>$/);
  });

  it('gives a valid forum with a warning for a schedule without events', () => {
    const { forum, warnings } = importFrabXml(schedule('<day index="1" date="2026-01-05"><room name="Hall"/></day>'));
    expect(validated(forum)).toMatchObject({ id: 't', name: 'T', start: '2026-01-05', sessions: [], rooms: [{ id: 'hall', name: 'Hall' }] });
    expect(warnings).toContain('the schedule has no events');
  });

  it('takes the venue pentabarf and FOSDEM exports name, unless one is passed', () => {
    const xml = schedule(
      '<day index="1" date="2026-01-05"><room name="Janson"><event id="6245"><start>10:00</start><duration>00:50</duration><room>Janson</room><title>Keynote</title><type>keynote</type></event></room></day>',
      '<acronym>fosdem26</acronym><title>FOSDEM 2026</title><venue>ULB Solbosch</venue><city>Brussels</city><start>2026-01-05</start>',
    );
    const { forum, warnings } = importFrabXml(xml, { timeZone: 'Europe/Brussels' });
    expect(forum.venue).toEqual({ name: 'ULB Solbosch' });
    expect(warnings.join('\n')).not.toMatch(/names no venue/);
    expect(importFrabXml(xml, { timeZone: 'Europe/Brussels', venue: { name: 'Elsewhere' } }).forum.venue).toEqual({ name: 'Elsewhere' });
  });
});
