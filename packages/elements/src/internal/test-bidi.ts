// Data that tries to reverse what follows it, and a look at the page that finds text laid out
// in reverse. For the browser tests and, through page.evaluate, the Node-side Chromium tests.
import { parseForum, type Forum, type ForumInput } from '@forumkit/core';
import { berlinThreeDays } from './test-forums.js';
import { mapTexts } from './test-seoul.js';

/** RIGHT-TO-LEFT OVERRIDE: what follows it is laid out right to left, until its paragraph or isolate ends. */
export const RLO = '\u202E';

// Every text of the Berlin forum a page shows (not its ids: `room` and `track` are references there).
const SHOWN_TEXTS = new Set(['name', 'shortName', 'jobTitle', 'title', 'description', 'bio', 'caption', 'alt', 'credit', 'text', 'headline', 'locality']);

/**
 * The Berlin forum (names, titles, rooms, tracks, captions, affiliations, quotes, venues, the
 * coverage…) with every text ending in an override left open: its own words read normally, and
 * anything after it in the same line would be reversed unless the text is isolated.
 */
export const overridingForum: Forum = parseForum(mapTexts(berlinThreeDays, (text) => `${text}${RLO}`, SHOWN_TEXTS) as ForumInput);

/**
 * The texts on the page (shadow roots included) that are laid out against their reading order:
 * any two letters of one text, on one line, the later one left of the earlier (every text of the
 * test is left to right); and how many texts of two letters or more were looked at.
 * Self-contained, so page.evaluate can run it.
 */
export function reversedTexts(): { checked: number; reversed: string[] } {
  const reversed: string[] = [];
  let checked = 0;
  const letter = /[\p{L}\p{N}]/u;
  const check = (text: Text) => {
    const boxes: Array<{ left: number; top: number }> = [];
    for (let i = 0; i < text.data.length; i++) {
      if (!letter.test(text.data[i]!)) continue;
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const box = range.getClientRects()[0];
      if (box) boxes.push({ left: box.left, top: box.top });
    }
    if (boxes.length > 1) checked++;
    const backwards = boxes.some((box, i) => i > 0 && Math.abs(box.top - boxes[i - 1]!.top) < 1 && box.left < boxes[i - 1]!.left - 0.5);
    if (backwards) reversed.push(text.data.replace(/\s+/g, ' ').trim());
  };
  const visit = (parent: Node): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) check(node as Text);
      else if (node instanceof Element && !['SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE'].includes(node.tagName)) visit(node.shadowRoot ?? node);
    }
  };
  visit(document.body);
  return { checked, reversed };
}
