// The data controller where the validator and translations load on demand, as in the drop-in
// bundle (forum-validator.lazy.ts, forum-translation.lazy.ts): here both are held back and let go
// by the test, to show what an element does while it waits and that it waits for them in parallel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ValidationResult } from '@forumkit/core';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import '../forum-speaker-card/forum-speaker-card.js';
import { controlFetch, uniqueUrl } from './test-fetch.js';
import { inShadow, mount, nextEvent, nextTask, recordEvents, unmountAll } from './test-dom.js';
import { forumDataCopy } from './test-fixtures.js';

type Validate = (data: unknown) => ValidationResult;

const held = vi.hoisted(() => {
  const deferred = <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((yes, no) => ([resolve, reject] = [yes, no]));
    return { promise, resolve, reject };
  };
  return {
    deferred,
    // The validator's chunk: each `validator()` call while it loads gets the same promise.
    validator: undefined as undefined | ReturnType<typeof deferred<Validate>>,
    loaded: undefined as undefined | Validate,
    validatorAsked: 0,
    // Translations still loading, by language.
    translations: new Map<string, ReturnType<typeof deferred<void>>>(),
  };
});

vi.mock('./forum-validator.js', async (original) => {
  const { validateForum, validateForumInSlices } = await original<typeof import('./forum-validator.js')>();
  return {
    validateForum,
    validateForumInSlices,
    validator: () => {
      held.validatorAsked += 1;
      if (held.loaded) return held.loaded;
      held.validator ??= held.deferred<Validate>();
      return held.validator.promise;
    },
    // From the same chunk: there once the validator is.
    slicedValidator: () => {
      held.validatorAsked += 1;
      if (held.loaded) return validateForumInSlices;
      held.validator ??= held.deferred<Validate>();
      return held.validator.promise.then(() => validateForumInSlices);
    },
  };
});

vi.mock('./forum-translation.js', () => ({
  translationWait: (language: string) => held.translations.get(language)?.promise,
}));

const { validateForum } = await import('./forum-validator.js');

/** Lets the held validator load (or fail to). */
function loadValidator(error?: Error): void {
  const pending = held.validator!;
  held.validator = undefined;
  if (error) return pending.reject(error);
  held.loaded = validateForum;
  pending.resolve(validateForum);
}

function holdTranslation(language: string): () => void {
  const pending = held.deferred<void>();
  held.translations.set(language, pending);
  return () => {
    held.translations.delete(language);
    pending.resolve();
  };
}

const card = (attributes: string) => mount<ForumSpeakerCard>(`<forum-speaker-card person="ju-yongtae" ${attributes}></forum-speaker-card>`);
const jobTitle = (element: Element) => inShadow(element, '[part=job-title]')?.textContent?.trim();
const status = (element: Element) => inShadow(element, '[role=status]')?.textContent?.trim();

beforeEach(() => {
  held.validator = undefined;
  held.loaded = undefined;
  held.validatorAsked = 0;
  held.translations.clear();
});
afterEach(unmountAll);

describe('while the validator loads', () => {
  it('shows raw data once the validator is there, with one forum-load', async () => {
    const element = card('lang="en"');
    const events = recordEvents(element, 'forum-load', 'forum-error');
    element.forum = forumDataCopy();
    await element.updateComplete;
    expect(status(element)).toBe('Loading the speakers…');

    loadValidator();
    await nextEvent(element, 'forum-load');
    expect(jobTitle(element)).toBe('President');
    await nextTask();
    expect(events.events.map((event) => event.type)).toEqual(['forum-load']);
    events.stop();
  });

  it('asks for the validator when the request starts, and shows the data when both are there', async () => {
    const server = controlFetch();
    try {
      const element = card(`lang="en" src="${uniqueUrl()}"`);
      await element.updateComplete;
      expect(server.calls).toHaveLength(1);
      expect(held.validatorAsked).toBe(1); // before any answer

      await server.calls[0]!.respond(JSON.stringify(forumDataCopy()));
      await nextTask();
      await element.updateComplete;
      expect(status(element)).toBe('Loading the speakers…');

      const loaded = nextEvent(element, 'forum-load');
      loadValidator();
      await loaded;
      expect(jobTitle(element)).toBe('President');
    } finally {
      server.restore();
    }
  });

  it('shows an inline script once the validator is there', async () => {
    const element = card(`lang="en"><script type="application/json">${JSON.stringify(forumDataCopy())}</script`);
    await element.updateComplete;
    expect(status(element)).toBe('Loading the speakers…');
    const loaded = nextEvent(element, 'forum-load');
    loadValidator();
    await loaded;
    expect(jobTitle(element)).toBe('President');
  });

  it('says so when the validator cannot be loaded, and the next element asks again', async () => {
    const element = card('lang="en"');
    const failed = nextEvent(element, 'forum-error');
    element.forum = forumDataCopy();
    await element.updateComplete;
    loadValidator(new TypeError('Failed to fetch dynamically imported module'));
    const { failure } = await failed;
    expect(failure.kind).toBe('network');
    expect(failure.message).toBe("Could not load forumkit's validator: Failed to fetch dynamically imported module");
    expect(inShadow(element, '[role=alert]')).not.toBeNull();

    const again = card('lang="en"');
    again.forum = forumDataCopy();
    await again.updateComplete;
    expect(status(again)).toBe('Loading the speakers…');
    const loaded = nextEvent(again, 'forum-load');
    loadValidator();
    await loaded;
    expect(jobTitle(again)).toBe('President');
  });

  it('shows the forum once when the element left and came back while waiting', async () => {
    const element = card('lang="en"');
    const events = recordEvents(document, 'forum-load', 'forum-error');
    element.forum = forumDataCopy();
    await element.updateComplete;
    mount('<section></section>').append(element); // a move: disconnect, then connect
    loadValidator();
    await nextTask();
    await element.updateComplete;
    expect(jobTitle(element)).toBe('President');
    await nextTask();
    expect(events.events.map((event) => event.type)).toEqual(['forum-load']);
    events.stop();
  });
});

describe('while a translation loads', () => {
  it('waits for the translation of its language along with the data', async () => {
    held.loaded = validateForum;
    const release = holdTranslation('ko');
    const element = card('lang="ko"');
    const events = recordEvents(element, 'forum-load', 'forum-error');
    element.forum = forumDataCopy();
    await element.updateComplete;
    expect(inShadow(element, '[role=status]')).not.toBeNull();

    const loaded = nextEvent(element, 'forum-load');
    release();
    await loaded;
    expect(jobTitle(element)).toBe('회장');
    await nextTask();
    expect(events.events).toHaveLength(1);
    events.stop();
  });

  it("keeps showing the forum in its language until a new lang's translation is there, then switches", async () => {
    held.loaded = validateForum;
    const element = card('lang="en"');
    element.forum = forumDataCopy();
    await nextEvent(element, 'forum-load');
    const events = recordEvents(element, 'forum-load', 'forum-error');

    const release = holdTranslation('ko');
    element.lang = 'ko';
    await element.updateComplete;
    expect(jobTitle(element)).toBe('President');

    release();
    await nextTask();
    await element.updateComplete;
    expect(jobTitle(element)).toBe('회장');
    expect(events.events).toHaveLength(0); // the same forum: no new forum-load
    events.stop();
  });
});
