import { describe, expect, it } from 'vitest';
import { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import { defineElement } from './define.js';

describe('registering an element', () => {
  it('registers the element when the module is imported', () => {
    expect(customElements.get('forum-speaker-card')).toBe(ForumSpeakerCard);
  });

  it('is safe to repeat with another class: the first registration stays', () => {
    class Impostor extends ForumSpeakerCard {}
    expect(() => defineElement('forum-speaker-card', Impostor)).not.toThrow();
    expect(customElements.get('forum-speaker-card')).toBe(ForumSpeakerCard);
  });

  it('is safe when the module is loaded a second time (a second copy of forumkit on the page)', async () => {
    const copy = '../forum-speaker-card/forum-speaker-card.ts?second-copy';
    const second = (await import(/* @vite-ignore */ copy)) as { ForumSpeakerCard: typeof ForumSpeakerCard };
    expect(second.ForumSpeakerCard).not.toBe(ForumSpeakerCard); // really a second copy
    expect(customElements.get('forum-speaker-card')).toBe(ForumSpeakerCard);
    expect(document.createElement('forum-speaker-card')).toBeInstanceOf(ForumSpeakerCard);
  });
});
