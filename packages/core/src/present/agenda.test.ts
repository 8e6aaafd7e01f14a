import { describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import type { Forum } from '../model/types.js';
import { validateForum } from '../validate/validate-forum.js';
import { agenda, sessionsInOrder } from './agenda.js';

function forumWith(sessions: Array<Record<string, unknown>>, change: (forum: Record<string, unknown>) => void = () => {}): Forum {
  const input = { ...smallForum(), sessions, quotes: [], photos: [], images: [] };
  change(input);
  const result = validateForum(input);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
}

/** Days as `date: id id …`, the shape a reader sees. */
const days = (forum: Forum, zone?: string) => agenda(forum, zone).days.map((day) => `${day.date}: ${day.sessions.map((s) => s.id).join(' ')}`);

describe('agenda', () => {
  it('keeps the authored order when sessions have no times (a one-day forum, as a news report gives it)', () => {
    const forum = forumWith(
      [
        { id: 'welcome', kind: 'welcome-address' },
        { id: 'opening', kind: 'opening-remarks' },
        { id: 'keynote', kind: 'keynote' },
      ],
      (input) => ((input.start = '2024-10-28'), delete input.end),
    );
    expect(days(forum)).toEqual(['2024-10-28: welcome opening keynote']);
  });

  it('orders by time when every session of a day has one, keeping the authored order for ties', () => {
    const forum = forumWith([
      { id: 'talk', kind: 'talk', start: '2024-10-28T11:00' },
      { id: 'opening', kind: 'opening-remarks', start: '2024-10-28T09:00' },
      { id: 'keynote-a', kind: 'keynote', start: '2024-10-28T09:30' },
      { id: 'keynote-b', kind: 'keynote', start: '2024-10-28T09:30' },
    ]);
    expect(days(forum)).toEqual(['2024-10-28: opening keynote-a keynote-b talk']);
  });

  it('keeps the authored order of a day where some session has no time', () => {
    const forum = forumWith([
      { id: 'talk', kind: 'talk', start: '2024-10-28T11:00' },
      { id: 'opening', kind: 'opening-remarks', start: '2024-10-28' },
    ]);
    expect(days(forum)).toEqual(['2024-10-28: talk opening']);
  });

  it('groups sessions by day, days in date order, and keeps undated sessions of a longer forum apart', () => {
    const forum = forumWith([
      { id: 'day2-panel', kind: 'panel-discussion', start: '2024-10-29T14:00' },
      { id: 'day1-keynote', kind: 'keynote', start: '2024-10-28T09:30' },
      { id: 'day2-opening', kind: 'opening-remarks', start: '2024-10-29T09:00' },
      { id: 'reception', kind: 'networking' },
    ]);
    expect(days(forum)).toEqual(['2024-10-28: day1-keynote', '2024-10-29: day2-opening day2-panel']);
    expect(agenda(forum).unscheduled.map((session) => session.id)).toEqual(['reception']);
    expect(sessionsInOrder(forum).map((session) => session.id)).toEqual(['day1-keynote', 'day2-opening', 'day2-panel', 'reception']);
  });

  it('puts undated sessions of a one-day forum on its day: the data implies it', () => {
    const forum = forumWith(
      [
        { id: 'keynote', kind: 'keynote', start: '2024-10-28T09:30' },
        { id: 'reception', kind: 'networking' },
      ],
      (input) => (input.end = '2024-10-28T18:00'),
    );
    expect(days(forum)).toEqual(['2024-10-28: keynote reception']);
    expect(agenda(forum).unscheduled).toEqual([]);
  });

  it('regroups the days as they fall in another time zone', () => {
    const forum = forumWith([
      { id: 'seoul-morning', kind: 'keynote', start: '2024-10-28T09:00' },
      { id: 'seoul-afternoon', kind: 'talk', start: '2024-10-28T14:00' },
      { id: 'seoul-day2', kind: 'talk', start: '2024-10-29T09:00' },
    ]);
    expect(days(forum)).toEqual(['2024-10-28: seoul-morning seoul-afternoon', '2024-10-29: seoul-day2']);
    // In New York (13 hours behind) Seoul's morning is the evening before.
    expect(days(forum, 'America/New_York')).toEqual(['2024-10-27: seoul-morning', '2024-10-28: seoul-afternoon seoul-day2']);
    // In Auckland (18 hours ahead of New York) the days stay as in Seoul.
    expect(days(forum, 'Pacific/Auckland')).toEqual(['2024-10-28: seoul-morning seoul-afternoon', '2024-10-29: seoul-day2']);
  });

  it('leaves sessions with a date but no time on their date in any zone', () => {
    const forum = forumWith([
      { id: 'dated', kind: 'workshop', start: '2024-10-29' },
      { id: 'timed', kind: 'talk', start: '2024-10-29T09:00' },
    ]);
    expect(days(forum, 'America/New_York')).toEqual(['2024-10-28: timed', '2024-10-29: dated']);
  });
});
