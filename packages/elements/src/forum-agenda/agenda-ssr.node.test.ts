// The schedule rendered on the server: the grid, the day navigation, the toolbar, and the view
// the page's URL filters to, all in the markup before any script runs, a long programme whole.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { validateForum, type Forum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import '../index.js';
import { renderOnServer } from '../internal/test-ssr.js';
import { berlinThreeDays, largeForum } from '../internal/test-forums.js';

const validated = (data: unknown): Forum => {
  const result = validateForum(structuredClone(data));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
};
const berlin = validated(berlinThreeDays);

/** The opening tag of the element with this id. */
const tagOf = (markup: string, id: string) => new RegExp(`<li[^>]*id="${id}"[^>]*>`).exec(markup)?.[0] ?? '';

describe('<forum-agenda> on the server', () => {
  it('renders the grid, the day links and the toolbar', async () => {
    const markup = await renderOnServer(html`<forum-agenda lang="en" layout="grid" .forum=${berlin}></forum-agenda>`);
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect([...markup.matchAll(/href="#(\d{4}-\d{2}-\d{2})"/g)].map((match) => match[1])).toEqual(['2025-10-24', '2025-10-25', '2025-10-26']);
    expect(markup).toMatch(/part="room-heading"[^>]*>(?:<[^>]*>)*Main Hall</);
    // Parallel sessions in their rooms' columns, the opening across every room.
    expect(tagOf(markup, 'session-od-haushaltsdaten')).toMatch(/class="session rs\d+ re\d+ c2"/);
    expect(tagOf(markup, 'session-mob-fahrplaene')).toMatch(/class="session rs\d+ re\d+ c3"/);
    expect(tagOf(markup, 'session-eroeffnung')).toMatch(/ call"/);
    expect(markup).toContain('role="search"');
    expect(markup).not.toMatch(/<li[^>]*id="session-[^"]+"[^>]* hidden/);
  });

  it('renders the view the page’s URL filters to', async () => {
    const url = 'https://forum.example.org/?track=mobilitaet&q=';
    const markup = await renderOnServer(html`<forum-agenda lang="en" .forum=${berlin} .url=${url}></forum-agenda>`);
    for (const session of berlin.sessions) {
      const tag = tagOf(markup, `session-${session.id}`);
      expect(tag, session.id).not.toBe('');
      expect(/\shidden/.test(tag), session.id).toBe(session.track !== 'mobilitaet');
    }
    expect(markup).toMatch(/<option value="mobilitaet" selected/);
    const shown = berlin.sessions.filter((session) => session.track === 'mobilitaet').length;
    expect(markup).toContain(`${shown} of ${berlin.sessions.length} sessions shown`);
  });

  it('renders a long programme whole, in programme order (the browser renders it a slice at a time)', async () => {
    const long = validated(largeForum(1000, 8));
    const markup = await renderOnServer(html`<forum-agenda lang="en" layout="list" .forum=${long}></forum-agenda>`);
    const ids = [...markup.matchAll(/<li[^>]* id="session-([^"]+)"/g)].map((match) => match[1]);
    const { days, unscheduled } = presentForum(long, { language: 'en' }).agenda();
    const programme = [...days.flatMap((day) => day.sessions), ...unscheduled].map((session) => session.id);
    expect(programme).toHaveLength(long.sessions.length);
    expect(ids).toEqual(programme);
  });

  it('never writes a style attribute, track colours included, so a strict style policy still lays it out', async () => {
    const markup = await renderOnServer(html`<forum-agenda lang="en" layout="grid" .forum=${berlin}></forum-agenda>`);
    expect(markup).not.toMatch(/<[^>]+ style=/);
    // Each track's colour is a class (its rule goes into the shadow root's stylesheet: @forumkit/ssr's tests).
    for (const track of berlin.tracks ?? []) {
      const hex = track.color!.slice(1).toLowerCase();
      const session = berlin.sessions.find((item) => item.track === track.id)!;
      const shadow = markup.slice(markup.indexOf(`id="session-${session.id}"`));
      expect(shadow.slice(0, shadow.indexOf('</li>')), track.id).toMatch(new RegExp(`part="track" class="track track-color-${hex}"`));
    }
  });
});
