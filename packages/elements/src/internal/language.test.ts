import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import '../forum-speaker-card/forum-speaker-card.js';
import { inShadow, mount, mountInShadow, unmountAll } from './test-dom.js';
import { forumDataCopy, testForum } from './test-fixtures.js';

const jobTitle = (element: Element) => inShadow(element, '[part=job-title]')?.textContent?.trim();
const name = (element: Element) => inShadow(element, '[part=speaker-name]');

async function show(element: ForumSpeakerCard): Promise<ForumSpeakerCard> {
  element.forum = testForum;
  await element.updateComplete;
  return element;
}

/** A lang change is seen by a MutationObserver (a microtask), which then asks for an update. */
async function afterLangChange(element: ForumSpeakerCard): Promise<void> {
  await Promise.resolve();
  await element.updateComplete;
}

let documentLang: string;
beforeEach(() => {
  documentLang = document.documentElement.lang;
  document.documentElement.lang = 'ko';
});
afterEach(() => {
  unmountAll();
  document.documentElement.lang = documentLang;
});

describe('the display language', () => {
  it('follows the element’s own lang', async () => {
    const ko = await show(mount('<forum-speaker-card person="ju-yongtae" lang="ko"></forum-speaker-card>'));
    const en = await show(mount('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>'));
    expect(jobTitle(ko)).toBe('회장');
    expect(jobTitle(en)).toBe('President');
  });

  it('follows an ancestor’s lang, then the document’s', async () => {
    const fromAncestor = await show(
      mount('<div lang="en"><p><forum-speaker-card person="ju-yongtae"></forum-speaker-card></p></div>').querySelector('forum-speaker-card')!,
    );
    const fromDocument = await show(mount('<forum-speaker-card person="ju-yongtae"></forum-speaker-card>'));
    expect(jobTitle(fromAncestor)).toBe('President');
    expect(jobTitle(fromDocument)).toBe('회장');
  });

  it('follows a lang outside the shadow root the element is in', async () => {
    const { host, element } = mountInShadow<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae"></forum-speaker-card>');
    host.lang = 'en';
    await show(element);
    expect(jobTitle(element)).toBe('President');
  });

  it('re-renders when the element’s lang changes', async () => {
    const element = await show(mount('<forum-speaker-card person="ju-yongtae" lang="ko"></forum-speaker-card>'));
    element.lang = 'en';
    await afterLangChange(element);
    expect(jobTitle(element)).toBe('President');
    element.removeAttribute('lang');
    await afterLangChange(element);
    expect(jobTitle(element)).toBe('회장');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const section = mount('<section lang="ko"><forum-speaker-card person="ju-yongtae"></forum-speaker-card></section>');
    const element = await show(section.querySelector('forum-speaker-card')!);
    section.lang = 'en';
    await afterLangChange(element);
    expect(jobTitle(element)).toBe('President');
  });

  it('re-renders when the document’s lang changes', async () => {
    const element = await show(mount('<forum-speaker-card person="ju-yongtae"></forum-speaker-card>'));
    expect(jobTitle(element)).toBe('회장');
    document.documentElement.lang = 'en';
    await afterLangChange(element);
    expect(jobTitle(element)).toBe('President');
  });

  it('re-renders when a lang inside an enclosing shadow root changes', async () => {
    const { element: wrapper } = mountInShadow('<div lang="ko"><forum-speaker-card person="ju-yongtae"></forum-speaker-card></div>');
    const element = await show(wrapper.querySelector('forum-speaker-card')!);
    expect(jobTitle(element)).toBe('회장');
    wrapper.lang = 'en';
    await afterLangChange(element);
    expect(jobTitle(element)).toBe('President');
  });

  it('shows the forum in its own first language when no lang is set anywhere, as the server page does', async () => {
    document.documentElement.removeAttribute('lang');
    // The test forum's languages are Korean, then English.
    expect(jobTitle(await show(mount('<forum-speaker-card person="ju-yongtae"></forum-speaker-card>')))).toBe('회장');
    const englishFirst = mount<ForumSpeakerCard>('<forum-speaker-card person="ju-yongtae"></forum-speaker-card>');
    englishFirst.forum = { ...forumDataCopy(), languages: ['en', 'ko'] };
    await englishFirst.updateComplete;
    expect(jobTitle(englishFirst)).toBe('President');
  });

  it('re-renders when moved under another lang', async () => {
    const element = await show(mount('<forum-speaker-card person="ju-yongtae"></forum-speaker-card>'));
    mount('<div lang="en"></div>').append(element);
    await element.updateComplete;
    expect(jobTitle(element)).toBe('President');
  });

  it('does not re-render for a lang change that does not concern it', async () => {
    const element = await show(mount('<forum-speaker-card person="ju-yongtae" lang="en"></forum-speaker-card>'));
    const before = name(element);
    mount('<p lang="ko"></p>').lang = 'ja';
    await Promise.resolve();
    expect(element.isUpdatePending).toBe(false);
    expect(name(element)).toBe(before);
  });
});

describe('text missing in the display language', () => {
  it('falls back along the forum’s languages and is marked with its lang', async () => {
    // French: not in the data. The forum's languages are ko, en: Korean comes first.
    const element = await show(mount('<forum-speaker-card person="ju-yongtae" lang="fr"></forum-speaker-card>'));
    const fallback = name(element)?.querySelector('bdi[lang]');
    expect(fallback?.getAttribute('lang')).toBe('ko');
    expect(fallback?.textContent).toBe('주용태');
    expect(inShadow(element, '[part=job-title] bdi[lang="ko"]')?.textContent).toBe('회장');
  });

  it('falls back to the next language that has the text', async () => {
    // Jane Doe's data is in English only.
    const element = await show(mount('<forum-speaker-card person="jane-doe" lang="ko"></forum-speaker-card>'));
    expect(name(element)?.querySelector('bdi[lang]')?.getAttribute('lang')).toBe('en');
    expect(name(element)?.textContent?.trim()).toBe('Jane Doe');
  });

  it('is not wrapped when it is in the display language', async () => {
    const element = await show(mount('<forum-speaker-card person="ju-yongtae" lang="en-GB"></forum-speaker-card>'));
    expect(name(element)?.querySelector('bdi[lang]')).toBeNull();
    expect(name(element)?.textContent?.trim()).toBe('Ju Yong-tae');
  });

  it('switches back to the display language when the lang changes to one with data', async () => {
    const element = await show(mount('<forum-speaker-card person="ju-yongtae" lang="fr"></forum-speaker-card>'));
    element.lang = 'en';
    await afterLangChange(element);
    expect(name(element)?.querySelector('bdi[lang]')).toBeNull();
    expect(jobTitle(element)).toBe('President');
  });
});

describe('the interface words', () => {
  it('follow the display language', async () => {
    const ko = mount<ForumSpeakerCard>('<forum-speaker-card lang="ko"></forum-speaker-card>');
    const en = mount<ForumSpeakerCard>('<forum-speaker-card lang="en"></forum-speaker-card>');
    await Promise.all([ko.updateComplete, en.updateComplete]);
    expect(ko.shadowRoot?.textContent).toContain('포럼 데이터가 없습니다.');
    expect(en.shadowRoot?.textContent).toContain('No forum data was given.');
  });
});
