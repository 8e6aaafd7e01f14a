// Texts from the data are isolated runs: an override left open in a name, a title, a room, a
// track, a caption, an affiliation or a quote reverses nothing after it, in any element.
import { afterEach, describe, expect, it } from 'vitest';
import '../index.js';
import { mount, unmountAll } from './test-dom.js';
import { overridingForum, reversedTexts, RLO } from './test-bidi.js';

afterEach(unmountAll);

type Live = HTMLElement & { forum?: unknown; updateComplete: Promise<boolean> };

async function show(markup: string): Promise<void> {
  const container = mount(`<div lang="en" style="inline-size: 70rem">${markup}</div>`);
  const elements = [...container.querySelectorAll<Live>('*')].filter((element) => element.localName.startsWith('forum-'));
  for (const element of elements) element.forum = overridingForum;
  await Promise.all(elements.map((element) => element.updateComplete));
  // The cards inside the list.
  const cards = elements.flatMap((element) => [...(element.shadowRoot?.querySelectorAll<Live>('forum-speaker-card') ?? [])]);
  await Promise.all(cards.map((card) => card.updateComplete));
}

describe('an override left open in the data', () => {
  it('is found by the look when it is not isolated (the look can fail)', () => {
    mount(`<p lang="en"><span>Henrike Brandstätter${RLO}</span> Keynote speaker</p>`);
    expect(reversedTexts().reversed).toEqual(['Keynote speaker']);
  });

  it.each([
    // How many texts at least each shows in a line with others.
    ['the agenda as a list', '<forum-agenda layout="list"></forum-agenda>', 100],
    ['the agenda as a grid', '<forum-agenda layout="grid"></forum-agenda>', 100],
    ['the speaker list with quotes', '<forum-speaker-list with-quotes></forum-speaker-list>', 30],
    ['a speaker card with its biography', '<forum-speaker-card person="henrike-brandstaetter" with-bio with-quote></forum-speaker-card>', 5],
    ['a quote', '<forum-quote quote="zitat-brandstaetter"></forum-quote>', 4],
    ['the gallery', '<forum-gallery></forum-gallery>', 2],
  ])('reverses nothing after it in %s', async (_, markup, texts) => {
    await show(markup);
    const { checked, reversed } = reversedTexts();
    expect(checked).toBeGreaterThanOrEqual(texts);
    expect(reversed).toEqual([]);
  });
});
