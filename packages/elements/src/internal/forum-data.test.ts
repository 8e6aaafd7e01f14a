import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '@forumkit/core';
import { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import { ForumErrorEvent, ForumLoadEvent } from './events.js';
import { inShadow, mount, mountInShadow, nextEvent, nextTask, recordEvents, shadowText, unmountAll } from './test-dom.js';
import { forumData, forumDataCopy, invalidForumData, testForum } from './test-fixtures.js';

// Records what every update rendered, to prove what the very first one showed.
class ProbeSpeakerCard extends ForumSpeakerCard {
  renders: string[] = [];
  override updated() {
    this.renders.push(
      this.renderRoot.querySelector('[part=card]')
        ? 'ready'
        : (this.renderRoot.querySelector('[part=status], [part=error]')?.getAttribute('part') ?? 'nothing'),
    );
  }
}
customElements.define('probe-speaker-card', ProbeSpeakerCard);

const json = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

afterEach(unmountAll);

describe('the forum property', () => {
  it('fires forum-load once for a forum, not again when only src changes beside it', async () => {
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    const recorded = recordEvents(card, 'forum-load', 'forum-error');
    card.forum = testForum;
    await card.updateComplete;
    await nextTask();
    card.src = '#elsewhere';
    await card.updateComplete;
    await nextTask();
    recorded.stop();
    expect(recorded.events.map((event) => event.type)).toEqual(['forum-load']);
    expect(inShadow(card, '[part=speaker-name]')?.textContent?.trim()).toBe('Ju Yong-tae');
  });

  it('shows a validated forum and announces it with forum-load', async () => {
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    const loaded = nextEvent(card, 'forum-load');
    card.forum = testForum;
    const event = await loaded;
    expect(event).toBeInstanceOf(ForumLoadEvent);
    expect(event.forum.id).toBe('test-forum-2025');
    expect(inShadow(card, '[part=speaker-name]')?.textContent?.trim()).toBe('Ju Yong-tae');
    expect(inShadow(card, '[part=job-title]')?.textContent?.trim()).toBe('President');
    expect(inShadow(card, '[part=affiliation]')?.textContent?.trim()).toBe('Korea Quantum Association');
  });

  it('validates raw data and shows it', async () => {
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="ko"></forum-speaker-card>');
    const loaded = nextEvent(card, 'forum-load');
    card.forum = forumDataCopy();
    expect((await loaded).forum.people?.length).toBe(2);
    expect(inShadow(card, '[part=speaker-name]')?.textContent?.trim()).toBe('주용태');
    expect(inShadow(card, '[part=job-title]')?.textContent?.trim()).toBe('회장');
  });

  it('gives every problem of invalid data with its path in a composed forum-error, and the visitor a sentence', async () => {
    // Inside a shadow root: the event must cross it to reach the document.
    const { host, element: card } = mountInShadow<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    const failed = nextEvent(document, 'forum-error');
    card.forum = invalidForumData();
    const event = await failed;
    expect(event).toBeInstanceOf(ForumErrorEvent);
    expect(event.bubbles).toBe(true);
    expect(event.composed).toBe(true);
    expect(event.target).toBe(host); // retargeted: it crossed the shadow root
    expect(event.failure.kind).toBe('invalid');
    if (event.failure.kind !== 'invalid') return;
    expect(event.failure.issues.map((issue) => issue.path)).toEqual(['timeZone', 'sessions[0].participants[0].person']);

    expect(event.detail).toBe(event.failure);
    expect(event.failure.message).toBe('The forum data has 2 problems.');

    expect(inShadow(card, '[role=alert]')?.textContent).toBe('The speakers could not be loaded.');
    expect(shadowText(card)).not.toContain('timeZone');
  });

  it('shows data that is not a forum at all as an error, without throwing', async () => {
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    const failed = nextEvent(card, 'forum-error');
    card.forum = 'not a forum';
    const { failure } = await failed;
    expect(failure.kind === 'invalid' && failure.issues.map(formatIssue).join('\n')).toContain('must be a forum (an object), got "not a forum"');
    expect(shadowText(card)).toBe('The speakers could not be loaded.');
  });

  it('replaces invalid data with valid data', async () => {
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    card.forum = invalidForumData();
    await nextEvent(card, 'forum-error');
    card.forum = testForum;
    await nextEvent(card, 'forum-load');
    expect(inShadow(card, '[role=alert]')).toBeNull();
    expect(inShadow(card, '[part=job-title]')?.textContent?.trim()).toBe('President');
  });

  it('says so when no data was given', async () => {
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>');
    await card.updateComplete;
    expect(shadowText(card)).toBe('No forum data was given.');
  });

  it('takes precedence over src, and removing it falls back to src', async () => {
    mount(`<script type="application/json" id="fallback-data">${json(forumData)}</script>`);
    const other = forumDataCopy() as { people: Array<{ jobTitle: unknown }> };
    other.people[0]!.jobTitle = { ko: '명예회장', en: 'Honorary President' };
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en" src="#fallback-data"></forum-speaker-card>');
    card.forum = other;
    await card.updateComplete;
    expect(inShadow(card, '[part=job-title]')?.textContent?.trim()).toBe('Honorary President');
    card.forum = undefined;
    await card.updateComplete;
    expect(inShadow(card, '[part=job-title]')?.textContent?.trim()).toBe('President');
  });
});

describe('an inline <script type="application/json"> child', () => {
  it('is read and shown', async () => {
    const card = mount<ForumSpeakerCard>(
      `<forum-speaker-card person="jane-doe" lang="en"><script type="application/json">${json(forumData)}</script></forum-speaker-card>`,
    );
    await card.updateComplete;
    expect(inShadow(card, '[part=speaker-name]')?.textContent?.trim()).toBe('Jane Doe');
    expect(inShadow(card, '[part=job-title]')?.textContent?.trim()).toBe('Research Scientist');
  });

  it('is read when appended right after the element was connected', async () => {
    const card = document.createElement('forum-speaker-card');
    card.setAttribute('person', 'jane-doe');
    card.lang = 'en';
    mount('<div></div>').append(card);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json(forumData);
    card.append(script);
    await nextEvent(card, 'forum-load');
    expect(inShadow(card, '[part=speaker-name]')?.textContent?.trim()).toBe('Jane Doe');
  });

  it('that is not JSON gives a readable error', async () => {
    const failed = nextEvent(document, 'forum-error');
    const card = mount<ForumSpeakerCard>(
      '<forum-speaker-card person="jane-doe" lang="en"><script type="application/json">{ "id": </script></forum-speaker-card>',
    );
    const { failure } = await failed;
    expect(failure.kind).toBe('not-json');
    expect(failure.message).toContain('Not valid JSON');
    expect(inShadow(card, '[role=alert]')?.textContent).toBe('The speakers could not be loaded.');
  });
});

describe('src="#id" of a script on the page', () => {
  it('is shown on the very first render, so a server-rendered element hydrates with its data', async () => {
    mount(`<script type="application/json" id="forum-data">${json(forumData)}</script>`);
    const loaded = nextEvent(document, 'forum-load');
    const card = mount<ProbeSpeakerCard>('<probe-speaker-card person="ju-yongtae" lang="en" src="#forum-data"></probe-speaker-card>');
    await card.updateComplete;
    expect(card.renders).toEqual(['ready']);
    expect(inShadow(card, '[part=job-title]')?.textContent?.trim()).toBe('President');
    expect((await loaded).forum.id).toBe('test-forum-2025');
  });

  it('finds a script in the same shadow root', async () => {
    const { element } = mountInShadow(
      `<div><script type="application/json" id="shadow-data">${json(forumData)}</script><forum-speaker-card person="jane-doe" lang="en" src="#shadow-data"></forum-speaker-card></div>`,
    );
    const card = element.querySelector('forum-speaker-card')!;
    await card.updateComplete;
    expect(inShadow(card, '[part=speaker-name]')?.textContent?.trim()).toBe('Jane Doe');
  });

  it('names a missing script in a readable error', async () => {
    const failed = nextEvent(document, 'forum-error');
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en" src="#no-such-data"></forum-speaker-card>');
    const event = await failed;
    expect(event.failure.kind).toBe('not-found');
    expect(event.failure.message).toBe('No <script type="application/json" id="no-such-data"> on this page.');
    expect(inShadow(card, '[role=alert]')?.textContent).toBe('The speakers could not be loaded.');
  });

  it('ignores an element with that id that is not a JSON script', async () => {
    mount('<div id="not-a-script">{}</div>');
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en" src="#not-a-script"></forum-speaker-card>');
    expect((await nextEvent(card, 'forum-error')).failure.kind).toBe('not-found');
  });

  it('fires one event per change of data, none for a re-render', async () => {
    mount(`<script type="application/json" id="quiet-data">${json(forumData)}</script>`);
    const card = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae" lang="en" src="#quiet-data"></forum-speaker-card>');
    await nextEvent(card, 'forum-load');
    let count = 0;
    card.addEventListener('forum-load', () => (count += 1));
    card.person = 'jane-doe';
    card.lang = 'ko';
    await nextTask();
    await card.updateComplete;
    expect(inShadow(card, '[part=speaker-name]')?.textContent?.trim()).toBe('Jane Doe');
    expect(count).toBe(0);
  });
});
