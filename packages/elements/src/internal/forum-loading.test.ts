import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIssue } from '@forumkit/core';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import '../forum-speaker-card/forum-speaker-card.js';
import { ForumErrorEvent, ForumLoadEvent } from './events.js';
import { controlFetch, uniqueUrl, type ControlledFetch } from './test-fetch.js';
import { inShadow, mount, nextEvent, shadowText, unmountAll } from './test-dom.js';
import { forumData, invalidForumData } from './test-fixtures.js';

const card = (src: string, person = 'ju-yongtae') =>
  mount<ForumSpeakerCard>(`<forum-speaker-card person="${person}" lang="en" src="${src}"></forum-speaker-card>`);
const jobTitle = (element: Element) => inShadow(element, '[part=job-title]')?.textContent?.trim();
const body = JSON.stringify(forumData);

// Each failure is told to the console, which these tests read through their events instead.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('src: a file served by the test server', () => {
  const served = new URL('./fixtures/forum.json', import.meta.url).pathname;

  it('is fetched, shown and announced with forum-load', async () => {
    const loaded = nextEvent(document, 'forum-load');
    const element = card(served);
    const event = await loaded;
    expect(event).toBeInstanceOf(ForumLoadEvent);
    expect(event.target).toBe(element);
    expect(event.forum.id).toBe(forumData.id);
    expect(jobTitle(element)).toBe('President');
  });

  it('holds the same data as the test fixture', async () => {
    expect(await (await fetch(served)).json()).toEqual(forumData);
  });

  it('that does not exist tells the visitor in a word and the developer the status', async () => {
    const failed = nextEvent(document, 'forum-error');
    const element = card(new URL('./fixtures/no-such-forum.json', import.meta.url).pathname);
    const event = await failed;
    expect(event).toBeInstanceOf(ForumErrorEvent);
    expect(event.failure).toMatchObject({ kind: 'http', status: 404 });
    expect(event.detail).toBe(event.failure);
    expect(event.failure.message).toMatch(/no-such-forum\.json answered 404/);
    expect(inShadow(element, '[role=alert]')?.textContent?.trim()).toBe('The speakers could not be loaded.');
  });
});

describe('src: a controlled fetch', () => {
  let server: ControlledFetch;
  beforeEach(() => {
    server = controlFetch();
  });
  afterEach(() => server.restore());

  it('shows a loading status while the request is pending, then the data', async () => {
    const url = uniqueUrl();
    const element = card(url);
    await element.updateComplete;
    const status = inShadow(element, '[role=status]');
    expect(status?.textContent).toContain('Loading the speakers…');
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]!.url).toBe(new URL(url, document.baseURI).href);
    expect(server.calls[0]!.accept).toBe('application/json');

    const loaded = nextEvent(element, 'forum-load');
    await server.calls[0]!.respond(body);
    await loaded;
    expect(inShadow(element, '[role=status]')).toBeNull();
    expect(jobTitle(element)).toBe('President');
  });

  it('reports an HTTP error with its status', async () => {
    const element = card(uniqueUrl());
    const failed = nextEvent(document, 'forum-error');
    await element.updateComplete;
    void server.calls[0]!.respond('<h1>Server error</h1>', { status: 503, statusText: 'Service Unavailable' });
    const { failure } = await failed;
    expect(failure).toMatchObject({ kind: 'http', status: 503 });
    expect(failure.message).toContain('answered 503 Service Unavailable');
    expect(inShadow(element, '[role=alert]')).not.toBeNull();
  });

  it('reports a network failure', async () => {
    const element = card(uniqueUrl());
    const failed = nextEvent(document, 'forum-error');
    await element.updateComplete;
    server.calls[0]!.fail(new TypeError('Failed to fetch'));
    const { failure } = await failed;
    expect(failure.kind).toBe('network');
    expect(failure.message).toMatch(/Could not reach .*: Failed to fetch/);
    expect(inShadow(element, '[role=alert]')).not.toBeNull();
  });

  it('reports a body that breaks off while being read', async () => {
    const element = card(uniqueUrl());
    const failed = nextEvent(document, 'forum-error');
    await element.updateComplete;
    server.calls[0]!.respondWithBrokenBody(new TypeError('connection reset'));
    const { failure } = await failed;
    expect(failure.kind).toBe('network');
    expect(failure.message).toMatch(/Could not read .*\.json: /);
    expect(inShadow(element, '[role=alert]')).not.toBeNull();
  });

  it('reports a body that is not JSON', async () => {
    const element = card(uniqueUrl());
    const failed = nextEvent(document, 'forum-error');
    await element.updateComplete;
    void server.calls[0]!.respond('<!doctype html><title>Welcome</title>');
    const { failure } = await failed;
    expect(failure.kind).toBe('not-json');
    expect(failure.message).toContain('Not valid JSON');
    expect(inShadow(element, '[role=alert]')).not.toBeNull();
  });

  it('reports invalid data with every path to the developer, not to the visitor', async () => {
    const url = uniqueUrl();
    const element = card(url);
    const failed = nextEvent(document, 'forum-error');
    await element.updateComplete;
    void server.calls[0]!.respond(JSON.stringify(invalidForumData()));
    const { failure } = await failed;
    expect(failure).toMatchObject({ kind: 'invalid', url: new URL(url, document.baseURI).href });
    const issues = failure.kind === 'invalid' ? failure.issues.map(formatIssue).join('\n') : '';
    expect(issues).toContain('timeZone: must be an IANA time zone');
    expect(issues).toContain('sessions[0].participants[0].person: no person with id "nobody"');
    expect(shadowText(element)).toBe('The speakers could not be loaded.');
  });

  it('reports a src that is not a URL, without throwing', async () => {
    const element = card('http://[broken');
    const { failure } = await nextEvent(element, 'forum-error');
    expect(failure.kind).toBe('network');
    expect(failure.message).toContain('Not a URL: http://[broken');
    expect(server.calls).toHaveLength(0);
    expect(inShadow(element, '[role=alert]')).not.toBeNull();
  });

  it('asks again after a failure rather than keeping it', async () => {
    const url = uniqueUrl();
    const first = card(url);
    await first.updateComplete;
    server.calls[0]!.fail();
    await nextEvent(first, 'forum-error');
    const second = card(url);
    await second.updateComplete;
    expect(server.calls).toHaveLength(2);
    const loaded = nextEvent(second, 'forum-load');
    void server.calls[1]!.respond(body);
    await loaded;
    expect(jobTitle(second)).toBe('President');
  });

  it('makes one request for two elements with the same src, and both show the data', async () => {
    const url = uniqueUrl();
    const one = card(url, 'ju-yongtae');
    const two = card(url, 'jane-doe');
    const both = Promise.all([nextEvent(one, 'forum-load'), nextEvent(two, 'forum-load')]);
    await Promise.all([one.updateComplete, two.updateComplete]);
    expect(server.calls).toHaveLength(1);
    void server.calls[0]!.respond(body);
    const [a, b] = await both;
    expect(a.forum).toBe(b.forum); // one validated forum, shared
    expect(jobTitle(one)).toBe('President');
    expect(jobTitle(two)).toBe('Research Scientist');

    // A third element arriving later shows the loaded forum without asking again.
    const three = card(url, 'jane-doe');
    await nextEvent(three, 'forum-load');
    expect(server.calls).toHaveLength(1);
  });

  it('aborts the old request when src changes', async () => {
    const element = card(uniqueUrl('old'));
    await element.updateComplete;
    const old = server.calls[0]!;
    element.src = uniqueUrl('new');
    await element.updateComplete;
    expect(old.signal.aborted).toBe(true);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.signal.aborted).toBe(false);
    expect(inShadow(element, '[role=status]')).not.toBeNull();
  });

  it('keeps the request for other elements when one changes its src', async () => {
    const url = uniqueUrl();
    const stays = card(url);
    const moves = card(url);
    await Promise.all([stays.updateComplete, moves.updateComplete]);
    moves.src = uniqueUrl('elsewhere');
    await moves.updateComplete;
    expect(server.calls[0]!.signal.aborted).toBe(false);
    const loaded = nextEvent(stays, 'forum-load');
    void server.calls[0]!.respond(body);
    await loaded;
    expect(jobTitle(stays)).toBe('President');
    expect(inShadow(moves, '[role=status]')).not.toBeNull(); // still waiting for its own
  });

  it('returns to the inline script when src is removed', async () => {
    const element = mount<ForumSpeakerCard>(
      `<forum-speaker-card person="jane-doe" lang="en" src="${uniqueUrl()}"><script type="application/json">${body}</script></forum-speaker-card>`,
    );
    await element.updateComplete;
    expect(inShadow(element, '[role=status]')).not.toBeNull();
    element.removeAttribute('src');
    await nextEvent(element, 'forum-load');
    expect(server.calls[0]!.signal.aborted).toBe(true);
    expect(jobTitle(element)).toBe('Research Scientist');
  });
});
