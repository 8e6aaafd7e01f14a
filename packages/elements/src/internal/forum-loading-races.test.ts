import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import '../forum-speaker-card/forum-speaker-card.js';
import { controlFetch, uniqueUrl, type ControlledFetch } from './test-fetch.js';
import { inShadow, mount, nextEvent, nextTask, recordEvents, unmountAll } from './test-dom.js';
import { forumData, forumDataCopy } from './test-fixtures.js';

// Races of src loading: answers after a newer src, elements leaving and returning mid-request.

const card = (src: string, person = 'ju-yongtae') =>
  mount<ForumSpeakerCard>(`<forum-speaker-card person="${person}" lang="en" src="${src}"></forum-speaker-card>`);
const jobTitle = (element: Element) => inShadow(element, '[part=job-title]')?.textContent?.trim();
const body = JSON.stringify(forumData);

function renamedForum(jobTitleEn: string): string {
  const data = forumDataCopy() as { people: Array<{ jobTitle: unknown }> };
  data.people[0]!.jobTitle = { ko: '직함', en: jobTitleEn };
  return JSON.stringify(data);
}

afterEach(unmountAll);

describe('src: answers that arrive late', () => {
  let server: ControlledFetch;
  beforeEach(() => {
    server = controlFetch({ ignoreAbort: true });
  });
  afterEach(() => server.restore());

  it('ignores the old answer when it arrives after the new one', async () => {
    const element = card(uniqueUrl('old'));
    await element.updateComplete;
    element.src = uniqueUrl('new');
    await element.updateComplete;
    const [old, current] = server.calls;
    expect(old!.signal.aborted).toBe(true);

    const events = recordEvents(element, 'forum-load', 'forum-error');
    const loaded = nextEvent(element, 'forum-load');
    await current!.respond(renamedForum('New Title'));
    await loaded;
    expect(jobTitle(element)).toBe('New Title');

    await old!.respond(renamedForum('Old Title'));
    await nextTask();
    await element.updateComplete;
    expect(jobTitle(element)).toBe('New Title');
    expect(events.events).toHaveLength(1);
    events.stop();
  });

  it('ignores the old answer when it arrives before the new one', async () => {
    const element = card(uniqueUrl('old'));
    await element.updateComplete;
    element.src = uniqueUrl('new');
    await element.updateComplete;
    const [old, current] = server.calls;

    const events = recordEvents(element, 'forum-load', 'forum-error');
    await old!.respond(renamedForum('Old Title'));
    await nextTask();
    await element.updateComplete;
    expect(inShadow(element, '[role=status]')).not.toBeNull();
    expect(events.events).toHaveLength(0);

    const loaded = nextEvent(element, 'forum-load');
    await current!.respond(renamedForum('New Title'));
    await loaded;
    expect(jobTitle(element)).toBe('New Title');
    events.stop();
  });
});

describe('src: leaving the page while loading', () => {
  let server: ControlledFetch;
  beforeEach(() => {
    server = controlFetch();
  });
  afterEach(() => server.restore());

  it('does not throw, and aborts the request when no one else waits', async () => {
    const element = card(uniqueUrl());
    await element.updateComplete;
    const events = recordEvents(element, 'forum-load', 'forum-error');
    expect(() => element.remove()).not.toThrow();
    expect(server.calls[0]!.signal.aborted).toBe(true);
    await nextTask();
    expect(events.events).toHaveLength(0);
    events.stop();
  });

  it('keeps the request when another element still waits for it', async () => {
    const url = uniqueUrl();
    const leaves = card(url);
    const stays = card(url, 'jane-doe');
    await Promise.all([leaves.updateComplete, stays.updateComplete]);
    leaves.remove();
    expect(server.calls[0]!.signal.aborted).toBe(false);
    const loaded = nextEvent(stays, 'forum-load');
    void server.calls[0]!.respond(body);
    await loaded;
    expect(jobTitle(stays)).toBe('Research Scientist');
  });

  it('resumes when the element is put back (moved) while loading', async () => {
    const element = card(uniqueUrl());
    await element.updateComplete;
    mount('<section></section>').append(element); // a move: disconnect, then connect
    expect(server.calls[0]!.signal.aborted).toBe(true);
    expect(server.calls).toHaveLength(2);
    const loaded = nextEvent(element, 'forum-load');
    void server.calls[1]!.respond(body);
    await loaded;
    expect(jobTitle(element)).toBe('President');
  });

  it('does not fetch for an element that is off the page', async () => {
    const element = card(uniqueUrl());
    await element.updateComplete;
    element.remove();
    element.src = uniqueUrl('while-away');
    await element.updateComplete;
    expect(server.callsTo('.json').filter((call) => call.url.includes('while-away'))).toHaveLength(0);
    document.body.append(element);
    await element.updateComplete;
    expect(server.calls.at(-1)!.url).toContain('while-away');
    element.remove();
  });
});
