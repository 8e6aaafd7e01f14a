// forumSettled: code that starts listening after forum-load or forum-error fired (a framework's
// effect runs after the element has rendered, and a fast load beats it) still learns the outcome.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForumSettled } from './forum-data.js';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import '../index.js';
import { controlFetch, uniqueUrl, type ControlledFetch } from './test-fetch.js';
import { inShadow, mount, nextEvent, nextTask, recordEvents, unmountAll } from './test-dom.js';
import { forumData, forumDataCopy, testForum } from './test-fixtures.js';

const card = (src: string) => mount<ForumSpeakerCard>(`<forum-speaker-card person="ju-yongtae" lang="en" src="${src}"></forum-speaker-card>`);
const jobTitle = (element: Element) => inShadow(element, '[part=job-title]')?.textContent?.trim();
const served = new URL('./fixtures/forum.json', import.meta.url).pathname;

/** The promise's value once queued work has run, or 'pending'. */
async function settledNow(promise: Promise<ForumSettled>): Promise<ForumSettled | 'pending'> {
  let value: ForumSettled | 'pending' = 'pending';
  void promise.then((settled) => (value = settled));
  await nextTask();
  return value;
}

afterEach(unmountAll);

describe('forumSettled, asked after the event', () => {
  it('gives the forum an element loaded and announced before anyone listened', async () => {
    const element = card(served);
    await expect.poll(() => jobTitle(element)).toBe('President'); // loaded, shown, forum-load gone by
    const settled = await element.forumSettled;
    expect(settled.status).toBe('ready');
    expect(settled.status === 'ready' && settled.forum.id).toBe(forumData.id);
  });

  it('gives the failure of a src that could not be loaded', async () => {
    const element = card(new URL('./fixtures/no-such-forum.json', import.meta.url).pathname);
    await expect.poll(() => inShadow(element, '[role=alert]')).not.toBeNull();
    const settled = await element.forumSettled;
    expect(settled).toMatchObject({ status: 'error', failure: { kind: 'http', status: 404 } });
  });

  it('gives the forum of the `forum` property, on every element', async () => {
    for (const tag of ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery']) {
      const element = mount<HTMLElement & { forum: unknown; forumSettled: Promise<ForumSettled> }>(`<${tag} lang="en"></${tag}>`);
      element.forum = forumDataCopy();
      const settled = await element.forumSettled;
      expect(settled.status === 'ready' && settled.forum.id, tag).toBe(forumData.id);
    }
  });
});

describe('forumSettled, asked before the outcome', () => {
  let server: ControlledFetch;
  beforeEach(() => {
    server = controlFetch();
  });
  afterEach(() => server.restore());

  it('waits for the data and resolves as forum-load fires, after the element shows it', async () => {
    const element = card(uniqueUrl());
    const settled = element.forumSettled;
    expect(await settledNow(settled)).toBe('pending');
    await expect.poll(() => server.calls.length).toBe(1);
    const order: string[] = [];
    element.addEventListener('forum-load', () => order.push(`event: ${jobTitle(element)}`));
    void settled.then(() => order.push(`promise: ${jobTitle(element)}`));
    await server.calls[0]!.respond(JSON.stringify(forumData));
    expect(((await settled) as Extract<ForumSettled, { status: 'ready' }>).forum.id).toBe(forumData.id);
    expect(order).toEqual(['event: President', 'promise: President']);
  });

  it('waits for a new src, not the forum the element showed before', async () => {
    const element = card(uniqueUrl());
    await expect.poll(() => server.calls.length).toBe(1);
    await server.calls[0]!.respond(JSON.stringify(forumData));
    await element.forumSettled;
    const next = forumDataCopy() as { id: string };
    next.id = 'the-next-forum';
    element.src = uniqueUrl('next'); // read at once, before the element has updated
    const settled = element.forumSettled;
    expect(await settledNow(settled)).toBe('pending');
    await expect.poll(() => server.calls.length).toBe(2);
    await server.calls[1]!.respond(JSON.stringify(next));
    expect(await settled).toMatchObject({ status: 'ready', forum: { id: 'the-next-forum' } });
  });

  it('gives the newest data to everyone waiting when the data changes before the first is announced', async () => {
    const element = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    element.forum = forumDataCopy();
    const first = element.forumSettled;
    const next = forumDataCopy() as { id: string };
    next.id = 'the-next-forum';
    element.forum = next;
    const second = element.forumSettled;
    expect(await first).toMatchObject({ status: 'ready', forum: { id: 'the-next-forum' } });
    expect(await second).toMatchObject({ status: 'ready', forum: { id: 'the-next-forum' } });
  });

  it('waits while an element has no data, and resolves once it is given some', async () => {
    const element = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    const settled = element.forumSettled;
    expect(await settledNow(settled)).toBe('pending');
    const events = recordEvents(element, 'forum-load');
    element.forum = testForum;
    expect(await settled).toMatchObject({ status: 'ready', forum: { id: forumData.id } });
    expect(events.events).toHaveLength(1);
    events.stop();
  });

  it('gives an error that comes after a forum, once it is shown', async () => {
    const element = card(uniqueUrl());
    await expect.poll(() => server.calls.length).toBe(1);
    await server.calls[0]!.respond(JSON.stringify(forumData));
    await element.forumSettled;
    const failed = nextEvent(element, 'forum-error');
    element.src = uniqueUrl('broken');
    const settled = element.forumSettled;
    await expect.poll(() => server.calls.length).toBe(2);
    await server.calls[1]!.respond('{ not json');
    await failed;
    expect(await settled).toMatchObject({ status: 'error', failure: { kind: 'not-json' } });
    expect(inShadow(element, '[role=alert]')).not.toBeNull();
  });
});
