// How the elements break Korean lines on a page of their own (the drop-in: no forumkit page CSS
// around them), in real Chromium: between words, never between two syllables of a word that fits.
import { afterEach, describe, expect, it } from 'vitest';
import '../index.js';
import { mount, unmountAll } from './test-dom.js';
import { seoulForum } from './test-seoul.js';

afterEach(unmountAll);

const TAGS = ['forum-agenda', 'forum-speaker-list', 'forum-quote quote="kim-jinhee-2"', 'forum-gallery'];

describe('Korean line breaking in every element', () => {
  it('keeps Korean words whole in each element, breaking only a word too long for its line', async () => {
    const page = mount(`<div lang="ko" style="width:300px">${TAGS.map((tag) => `<${tag}></${tag.split(' ')[0]}>`).join('')}</div>`);
    const elements = [...page.children] as Array<HTMLElement & { forum: unknown; updateComplete: Promise<boolean> }>;
    for (const element of elements) element.forum = seoulForum;
    await Promise.all(elements.map((element) => element.updateComplete));
    // The speaker list's cards render after the list.
    await new Promise(requestAnimationFrame);
    const styles = new Map<string, Set<string>>();
    const visit = (root: ShadowRoot, tag: string): void => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\uac00-\ud7a3]/.test(node.nodeValue ?? '') || !node.parentElement?.checkVisibility()) continue;
        const style = getComputedStyle(node.parentElement);
        if (!styles.has(tag)) styles.set(tag, new Set());
        styles.get(tag)!.add(`${style.wordBreak} ${style.overflowWrap}`);
      }
      for (const element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) visit(element.shadowRoot, element.localName);
    };
    for (const element of elements) visit(element.shadowRoot!, element.localName);
    expect(Object.fromEntries([...styles].map(([tag, found]) => [tag, [...found]]))).toEqual({
      'forum-agenda': ['keep-all anywhere'],
      'forum-speaker-card': ['keep-all anywhere'],
      'forum-quote': ['keep-all anywhere'],
      'forum-gallery': ['keep-all anywhere'],
    });
  });
});
