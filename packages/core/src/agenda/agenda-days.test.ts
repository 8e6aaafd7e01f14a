import { describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import type { Forum } from '../model/types.js';
import { validateForum } from '../validate/validate-forum.js';
import { agendaDays, sessionsInOrder } from './agenda-days.js';

function forumWith(sessions: Array<Record<string, unknown>>, change: (forum: Record<string, unknown>) => void = () => {}): Forum {
  const input = { ...smallForum(), sessions, quotes: [], photos: [], images: [] };
  change(input);
  const result = validateForum(input);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
}

/** Days as `date: id id …`, the shape a reader sees. */
const days = (forum: Forum, zone?: string) => agendaDays(forum, zone).map((day) => `${day.date}: ${day.sessions.map((s) => s.id).join(' ')}`);

describe('agendaDays', () => {
  it('keeps the authored order when sessions have no times', () => {
    const forum = forumWith([
      { id: 'welcome', kind: 'welcome-address' },
      { id: 'opening', kind: 'opening-remarks' },
      { id: 'keynote', kind: 'keynote' },
    ]);
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

  it('groups sessions by day, days in date order, undated sessions on the first day', () => {
    const forum = forumWith([
      { id: 'day2-panel', kind: 'panel-discussion', start: '2024-10-29T14:00' },
      { id: 'day1-keynote', kind: 'keynote', start: '2024-10-28T09:30' },
      { id: 'day2-opening', kind: 'opening-remarks', start: '2024-10-29T09:00' },
      { id: 'reception', kind: 'networking' },
    ]);
    expect(days(forum)).toEqual(['2024-10-28: day1-keynote reception', '2024-10-29: day2-opening day2-panel']);
    expect(sessionsInOrder(forum).map((session) => session.id)).toEqual(['day1-keynote', 'reception', 'day2-opening', 'day2-panel']);
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
