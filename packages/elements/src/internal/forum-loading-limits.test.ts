// A `src` that stalls or is far too large: the visitor sees an error instead of "Loading…" for
// ever, the page hears `forum-error`, and nothing that large is parsed or validated.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import '../forum-speaker-card/forum-speaker-card.js';
import { configureForumLoading } from './forum-source.js';
import { controlFetch, uniqueUrl, type ControlledFetch } from './test-fetch.js';
import { inShadow, mount, nextEvent, unmountAll } from './test-dom.js';
import { forumData } from './test-fixtures.js';

const card = (src: string) => mount<ForumSpeakerCard>(`<forum-speaker-card person="ju-yongtae" lang="en" src="${src}"></forum-speaker-card>`);

describe('src limits', () => {
  let server: ControlledFetch;
  beforeEach(() => {
    server = controlFetch();
  });
  afterEach(() => {
    server.restore();
    unmountAll();
    configureForumLoading({ timeoutMs: 30_000, maxBytes: 16 * 2 ** 20 });
  });

  it('gives up on a request that does not answer in time, visibly and with forum-error', async () => {
    configureForumLoading({ timeoutMs: 300 });
    const failed = nextEvent(document, 'forum-error');
    const element = card(uniqueUrl('stalled'));
    const { failure } = await failed;
    expect(failure).toMatchObject({ kind: 'network' });
    expect(failure.message).toMatch(/stalled-.*\.json did not arrive within 0\.3 s/);
    await element.updateComplete;
    expect(inShadow(element, '[role=alert]')?.textContent?.trim()).toBe('The speakers could not be loaded.');
    expect(server.calls[0]!.signal.aborted).toBe(true);
  });

  it('refuses a response larger than the limit, by its declared length or once read', async () => {
    configureForumLoading({ maxBytes: 1000 });
    const body = JSON.stringify(forumData);
    expect(body.length).toBeGreaterThan(1000);
    const size = `${Math.ceil(new TextEncoder().encode(body).length / 1024)} kB`;
    const declared = nextEvent(document, 'forum-error');
    await card(uniqueUrl('large')).updateComplete;
    void server.calls[0]!.respond(body, { headers: { 'content-length': String(new TextEncoder().encode(body).length) } });
    expect((await declared).failure.message).toMatch(new RegExp(`large-.*\\.json is ${size}, more than forumkit reads \\(1 kB\\)$`));

    const undeclared = nextEvent(document, 'forum-error');
    const element = card(uniqueUrl('large-unknown'));
    await element.updateComplete;
    void server.calls[1]!.respond(body);
    expect((await undeclared).failure.message).toMatch(/large-unknown-.*\.json is larger than forumkit reads \(1 kB\)$/);
    await element.updateComplete;
    expect(inShadow(element, '[role=alert]')?.textContent?.trim()).toBe('The speakers could not be loaded.');
  });

  it('stops reading a response without a length once it is larger than the limit', async () => {
    configureForumLoading({ maxBytes: 1000 });
    // A body that would go on for ever, 400 bytes at a time: only a cut-off ends it.
    let chunks = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          chunks++;
          controller.enqueue(new TextEncoder().encode(chunks === 1 ? '{"sessions":["' + 'x'.repeat(386) : 'x'.repeat(400)));
        },
        cancel: () => {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const failed = nextEvent(document, 'forum-error');
    const element = card(uniqueUrl('endless'));
    await element.updateComplete;
    server.calls[0]!.respondWithStream(endless);
    const { failure } = await failed;
    expect(failure).toMatchObject({ kind: 'network' });
    expect(failure.message).toMatch(/endless-.*\.json is larger than forumkit reads \(1 kB\)$/);
    expect(cancelled).toBe(true);
    expect(chunks).toBe(3);
    await element.updateComplete;
    expect(inShadow(element, '[role=alert]')?.textContent?.trim()).toBe('The speakers could not be loaded.');
  });
});
