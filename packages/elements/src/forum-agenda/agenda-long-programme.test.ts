// <forum-agenda> with a programme of 2,000 sessions, in real Chromium: rendered a slice at a time,
// so the page answers the visitor meanwhile, and whole in the end, in programme order; a link to
// a session far down the programme finds it; search covers every session from the start; a small
// programme is whole in the first render.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateForum, type Forum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import type { ForumAgenda } from './forum-agenda.js';
import './forum-agenda.js';
import { mount, nextEvent, unmountAll } from '../internal/test-dom.js';
import { clickLikeAVisitor } from '../internal/test-input.js';
import { berlinThreeDays, largeForum } from '../internal/test-forums.js';

function validated(data: unknown): Forum {
  const result = validateForum(structuredClone(data));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
}

const long = validated(largeForum(2000, 8));
// The sessions as the programme orders them: by day, then by time.
const programme = presentForum(long, { language: 'en' })
  .agenda()
  .days.flatMap((day) => day.sessions.map((session) => session.id));
const startUrl = location.href;

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', startUrl);
  localStorage.clear();
});

function agenda(forum: Forum): ForumAgenda {
  const element = mount<ForumAgenda>('<forum-agenda lang="en" layout="list" style="display:block;width:400px"></forum-agenda>');
  element.forum = forum;
  return element;
}

const $ = <T extends Element = HTMLElement>(element: ForumAgenda, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const sessions = (element: ForumAgenda) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')];
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('a programme of 2,000 sessions', () => {
  it('ends up whole, in programme order, once the element says it has rendered', async () => {
    const element = agenda(long);
    await element.updateComplete;
    expect(sessions(element).map((session) => session.id.slice('session-'.length))).toEqual(programme);
  });

  it('answers the visitor while it renders: a click is handled before the last session is in', async () => {
    const pageButton = mount<HTMLButtonElement>('<button type="button">The page’s own button</button>');
    const element = agenda(long);
    await nextFrame();
    const shownAtClick: Record<string, number> = {};
    pageButton.addEventListener('click', () => (shownAtClick.page = sessions(element).length));
    element.addEventListener('forum-favorite-change', () => (shownAtClick.save = sessions(element).length));
    // Real input, through the browser: on the page, then on the first session's save button.
    const pageClicked = nextEvent(pageButton, 'click');
    await clickLikeAVisitor(pageButton);
    await pageClicked;
    const save = $<HTMLButtonElement>(element, '[part="save-button"]');
    const saved = nextEvent(element, 'forum-favorite-change');
    await clickLikeAVisitor(save);
    await saved;
    await element.updateComplete;
    expect(shownAtClick.page).toBeLessThan(programme.length);
    expect(shownAtClick.save).toBeLessThan(programme.length);
    expect(sessions(element)).toHaveLength(programme.length);
    expect(save.getAttribute('aria-pressed')).toBe('true');
  });

  it('finds a #session- link to a session far down the programme once it is rendered, and opens it', async () => {
    const last = programme.at(-1)!;
    history.replaceState(null, '', `#session-${last}`);
    const element = agenda(long);
    await vi.waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe(`session-${last}`), { timeout: 30_000 });
    expect($(element, `[id="session-${last}"] details`).hasAttribute('open')).toBe(true);
  });

  it('searches every session, the ones still to be rendered too', async () => {
    const element = agenda(long);
    await nextFrame();
    const search = $<HTMLInputElement>(element, 'input[name="q"]');
    search.value = 'sodium';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    const matching = long.sessions.filter((session) => JSON.stringify(session.title ?? '').includes('Sodium')).map((session) => session.id);
    expect(matching.length).toBeGreaterThan(50);
    const visible = sessions(element).filter((session) => !session.hidden);
    expect(visible.map((session) => session.id.slice('session-'.length)).sort()).toEqual(matching.sort());
    expect($(element, '[part="count"]').textContent).toContain(`${matching.length} of ${long.sessions.length} sessions shown`);
  });

  it('filters every session by the page’s URL, the ones still to be rendered too', async () => {
    const track = long.sessions.at(-1)!.track!;
    history.replaceState(null, '', `?track=${encodeURIComponent(track)}`);
    const element = agenda(long);
    await element.updateComplete;
    const inTrack = long.sessions.filter((session) => session.track === track).map((session) => session.id);
    const visible = sessions(element).filter((session) => !session.hidden);
    expect(visible.map((session) => session.id.slice('session-'.length)).sort()).toEqual(inTrack.sort());
    expect(inTrack.length).toBeLessThan(long.sessions.length);
  });
});

describe('the first render with the data', () => {
  // What the element's first update with the forum put in the document, before any later task.
  function sessionsAtFirstUpdate(element: ForumAgenda): Promise<number> {
    return new Promise((resolve) => {
      element.addController({
        hostUpdated: () => {
          const count = sessions(element).length;
          if (count > 0) resolve(count);
        },
      });
    });
  }

  it('holds a small programme whole', async () => {
    const berlin = validated(berlinThreeDays);
    const element = agenda(berlin);
    expect(await sessionsAtFirstUpdate(element)).toBe(berlin.sessions.length);
  });

  it('holds the first screenful of a long programme, and the rest follows', async () => {
    const element = agenda(long);
    const first = await sessionsAtFirstUpdate(element);
    expect(first).toBeGreaterThanOrEqual(10);
    expect(first).toBeLessThan(programme.length);
    await element.updateComplete;
    expect(sessions(element)).toHaveLength(programme.length);
  });
});
