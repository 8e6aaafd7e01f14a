// The bundle for server-rendered pages (dist/forumkit-hydrate.js, built by `npm run build`):
// self-contained, it hydrates the server-rendered Seoul page (keeping the server's nodes), and a page
// that loads it twice keeps working. Runs in its own page, so no other copy of the elements is defined.
import { deepNodes } from './internal/test-dom.js';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { LitElement } from 'lit';

type Bundle = typeof import('./index.js');
const TAGS = ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery'];
// A query string makes each import a separate module: the bundle really evaluates twice.
const load = (copy: string) => import(/* @vite-ignore */ `../dist/forumkit-hydrate.js?copy=${copy}`) as Promise<Bundle>;

const elements = () => deepNodes(document.body).filter((node): node is LitElement => node instanceof Element && TAGS.includes(node.localName));

describe('the hydrating bundle on a server-rendered page', () => {
  const problems = vi.fn();
  let serverNodes: Node[];
  let first: Bundle;

  beforeAll(async () => {
    document.body.setHTMLUnsafe(decodeURIComponent(inject('seoulPageBody')));
    serverNodes = deepNodes(document.body);
    vi.spyOn(console, 'error').mockImplementation(problems);
    vi.spyOn(console, 'warn').mockImplementation(problems);
    expect(customElements.get('forum-agenda')).toBeUndefined();
    first = await load('first');
    await Promise.all(elements().map((element) => element.updateComplete));
    await Promise.all(elements().map((element) => element.updateComplete)); // nested cards
  });

  afterAll(() => vi.restoreAllMocks());

  it('registers every element and hydrates them, keeping every server-rendered node', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBeDefined();
    expect(customElements.get('forum-agenda')).toBe(first.ForumAgenda);
    expect(elements().length).toBe(26);
    for (const element of elements()) expect(element.hasUpdated, element.localName).toBe(true);
    const after = deepNodes(document.body);
    expect(after.length).toBe(serverNodes.length);
    expect(after.every((node, index) => node === serverNodes[index])).toBe(true);
    expect(problems).not.toHaveBeenCalled();
  });

  it('changes nothing when loaded a second time', async () => {
    const second = await load('second');
    expect(second.ForumAgenda).not.toBe(first.ForumAgenda); // really a second copy
    expect(customElements.get('forum-agenda')).toBe(first.ForumAgenda);
    const agenda = document.querySelector('forum-agenda')!;
    agenda.lang = 'en';
    await expect.poll(() => agenda.shadowRoot!.textContent).toContain('Opening remarks');
    expect(problems).not.toHaveBeenCalled();
  });
});
