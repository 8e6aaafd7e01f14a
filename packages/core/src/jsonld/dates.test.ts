import { describe, expect, it } from 'vitest';
import type { ForumInput } from '../model/types.js';
import { seoulForum } from '../../test/fixtures/seoul-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { allNodes, graphLookup } from '../../test/graph-helpers.js';
import { toJsonLd } from './to-json-ld.js';
import { formatIssue } from '../validate/format-issue.js';
import { validateForum } from '../validate/validate-forum.js';

const BASE = 'https://dst.example/';

function berlinForum(day: string, times: readonly string[]): ForumInput {
  return {
    id: 'berlin',
    name: 'Zeitumstellung',
    start: day,
    timeZone: 'Europe/Berlin',
    venue: { name: 'Saal' },
    languages: ['de'],
    sessions: times.map((time, i) => ({ id: `s${i}`, kind: 'talk', start: `${day}T${time}` })),
  };
}

const startDates = (input: ForumInput) => {
  const graph = toJsonLd(validated(input), { baseUrl: BASE });
  const { node } = graphLookup(graph);
  return input.sessions.map((session) => node(`${BASE}#session-${session.id}`).startDate);
};

describe('dates in the graph', () => {
  it('gives Berlin times the offset in force on 31 March 2024, when clocks go forward at 02:00', () => {
    expect(startDates(berlinForum('2024-03-31', ['01:30', '01:59', '03:00', '12:00']))).toEqual([
      '2024-03-31T01:30:00+01:00',
      '2024-03-31T01:59:00+01:00',
      '2024-03-31T03:00:00+02:00',
      '2024-03-31T12:00:00+02:00',
    ]);
  });

  it('never meets a time that does not exist in Berlin (02:30 on 31 March): validation refuses it', () => {
    const result = validateForum(berlinForum('2024-03-31', ['02:30']));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'sessions[0].start: is a time that does not exist: on 2024-03-31 the clocks in Europe/Berlin jump from 02:00 to 03:00 (did you mean 2024-03-31T03:30?)',
    ]);
  });

  it('gives Berlin times the offset in force on 27 October 2024, when clocks go back at 03:00', () => {
    expect(startDates(berlinForum('2024-10-27', ['01:30', '02:30', '03:30', '12:00']))).toEqual([
      '2024-10-27T01:30:00+02:00',
      '2024-10-27T02:30:00+02:00', // the repeated hour: its first occurrence
      '2024-10-27T03:30:00+01:00',
      '2024-10-27T12:00:00+01:00',
    ]);
    // …and its second occurrence when the offset says so.
    expect(startDates(berlinForum('2024-10-27', ['02:30+01:00']))).toEqual(['2024-10-27T02:30:00+01:00']);
  });

  it('gives Seoul times +09:00 and never shifts anything to UTC', () => {
    const graph = toJsonLd(validated(seoulForum), { baseUrl: BASE });
    const dates = allNodes(graph).flatMap((n) =>
      ['startDate', 'endDate', 'previousStartDate', 'validFrom', 'datePublished'].flatMap((key) => (typeof n[key] === 'string' ? [n[key] as string] : [])),
    );
    expect(dates.length).toBeGreaterThanOrEqual(20);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+09:00)?$/);
    expect(JSON.stringify(graph)).not.toMatch(/\d{2}:\d{2}(:\d{2})?(\.\d+)?Z/);
  });

  it('writes UTC as +00:00, not Z', () => {
    const utc = { ...berlinForum('2024-01-10', ['09:00']), timeZone: 'UTC' };
    expect(startDates(utc)).toEqual(['2024-01-10T09:00:00+00:00']);
  });

  it('keeps date-only values date-only', () => {
    const graph = toJsonLd(validated({ ...berlinForum('2024-03-30', []), end: '2024-03-31' }), { baseUrl: BASE });
    expect(graph['@graph'][0]).toMatchObject({ startDate: '2024-03-30', endDate: '2024-03-31' });
  });
});
