// Server output hydrates in the browser: the elements adopt the declarative shadow DOM that
// the server wrote for the page (same nodes, same text, no warnings) and are live afterwards.
import { deepNodes } from '../internal/test-dom.js';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { ForumAgenda } from '../forum-agenda/forum-agenda.js';
import type { LitElement } from 'lit';
import type { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';

const TAGS = ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery'];

const deepText = (root: Node) =>
  deepNodes(root)
    .filter((node) => node.nodeType === Node.TEXT_NODE && node.parentElement?.localName !== 'style')
    .map((node) => node.nodeValue)
    .join('')
    .replace(/\s+/g, ' ');

const elements = () => TAGS.flatMap((tag) => deepNodes(document.body).filter((node): node is LitElement => node instanceof Element && node.localName === tag));

describe('hydrating the server-rendered Seoul page', () => {
  const messages: unknown[][] = [];
  let before: { roots: ShadowRoot[]; nodes: Node[]; text: string };

  beforeAll(async () => {
    // setHTMLUnsafe parses declarative shadow roots. (Chromium's Document.parseHTMLUnsafe would
    // too, but it drops comments, and Lit's hydration markers are comments.)
    document.body.setHTMLUnsafe(decodeURIComponent(inject('seoulPageBody')));
    const hosts = TAGS.flatMap((tag) => deepNodes(document.body).filter((node): node is Element => node instanceof Element && node.localName === tag));
    expect(hosts.every((host) => host.shadowRoot)).toBe(true);
    before = { roots: hosts.map((host) => host.shadowRoot!), nodes: deepNodes(document.body), text: deepText(document.body) };
    for (const level of ['warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void messages.push([level, ...args]));
    }
    expect(customElements.get('forum-agenda')).toBeUndefined();
    // The order the drop-in bundle uses: hydration support before any element is defined.
    await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
    await import('../index.js');
    await Promise.all(elements().map((element) => element.updateComplete));
    // Nested cards hydrate after their list: wait for them too.
    await Promise.all(elements().map((element) => element.updateComplete));
  });

  afterAll(() => vi.restoreAllMocks());

  it('upgrades every server-rendered element', () => {
    const counts = Object.fromEntries(TAGS.map((tag) => [tag, elements().filter((element) => element.localName === tag).length]));
    expect(counts).toEqual({ 'forum-agenda': 1, 'forum-speaker-list': 1, 'forum-speaker-card': 8, 'forum-quote': 15, 'forum-gallery': 1 });
    for (const element of elements()) {
      expect(element.hasUpdated, element.localName).toBe(true);
      expect(element.hasAttribute('defer-hydration'), element.localName).toBe(false);
    }
  });

  it('keeps the server’s shadow roots and every node in them (no second render)', () => {
    expect(elements().map((element) => element.shadowRoot)).toEqual(before.roots);
    const after = deepNodes(document.body);
    // Lit's hydration only removes its own `lit-node` marker attributes, never nodes.
    expect(after.length).toBe(before.nodes.length);
    expect(after.every((node, index) => node === before.nodes[index])).toBe(true);
  });

  it('leaves the text as the server wrote it', () => {
    expect(deepText(document.body)).toBe(before.text);
    expect(before.text).toContain('양자기술은 AI, 바이오, 보안 등 다양한 분야에서 혁신적인 변화를 불러올 것');
    expect(before.text).not.toContain('프로그램을 불러오는 중');
  });

  it('logs no hydration warning or error', () => {
    // Lit's development build announces itself once; anything else is a problem.
    const problems = messages.filter((message) => !String(message[1]).includes('Lit is in dev mode'));
    expect(problems).toEqual([]);
  });

  it('is live afterwards: a new lang re-renders in place', async () => {
    const agenda = document.querySelector<ForumAgenda>('forum-agenda')!;
    const title = agenda.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.textContent).toContain('개회사');
    agenda.lang = 'en'; // seen through a MutationObserver, so the update comes a moment later
    await expect.poll(() => title.textContent).toContain('Opening remarks');
    expect(agenda.shadowRoot!.querySelector('[part~="title"]')).toBe(title); // updated, not replaced

    const card = deepNodes(document.body).find((node): node is ForumSpeakerCard => node instanceof Element && node.localName === 'forum-speaker-card')!;
    card.person = 'kim-jinhee';
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).toContain('김진희');
  });
});
