// Hydration support has to load before LitElement: it is imported first, and this file runs in
// its own page (browser-mode isolation), so the other tests render without it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import { inShadow, nextEvent, unmountAll } from './test-dom.js';

afterEach(unmountAll);

/** The page ssr-safety.node.test.ts rendered on the server: a JSON script and a card with src="#forum-data". */
async function serverRenderedPage(): Promise<string> {
  const path = './fixtures/ssr-speaker-card.html?raw';
  const module = (await import(/* @vite-ignore */ path)) as { default: string };
  return module.default;
}

describe('a server-rendered element with src="#id"', () => {
  it('hydrates with the data of the on-page script, keeping the server’s DOM', async () => {
    const container = document.createElement('div');
    container.setHTMLUnsafe(await serverRenderedPage()); // parses the declarative shadow root
    document.body.append(container);
    const card = container.querySelector<ForumSpeakerCard>('forum-speaker-card')!;
    const serverTitle = inShadow(card, '[part=job-title]');
    expect(serverTitle?.textContent?.trim()).toBe('President');

    // Defining the element now upgrades it; its first render hydrates what the server sent.
    const loaded = nextEvent(container, 'forum-load');
    await import('../forum-speaker-card/forum-speaker-card.js');
    await card.updateComplete; // rejects on a hydration mismatch
    expect((await loaded).forum.id).toBe('test-forum-2025');
    expect(inShadow(card, '[part=job-title]')).toBe(serverTitle);
    expect(inShadow(card, '[role=status]')).toBeNull();

    // Hydrated, it is live: a language change re-renders in place.
    card.lang = 'ko';
    await Promise.resolve();
    await card.updateComplete;
    expect(inShadow(card, '[part=job-title]')).toBe(serverTitle);
    expect(serverTitle?.textContent?.trim()).toBe('회장');
    container.remove();
  });
});
