// The drop-in bundle (dist/forumkit.js and its chunks, built by `npm run build`): registers every
// element, and a page that loads it twice keeps working. (What it fetches when is tested over HTTP
// in bundle-loading.node.test.ts; dist/forumkit-hydrate.js, the bundle for server-rendered pages,
// in bundle-hydrate.test.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seoulData } from './internal/test-seoul.js';

type Bundle = typeof import('./index.js');
const TAGS = ['forum-agenda', 'forum-speaker-card', 'forum-speaker-list', 'forum-quote', 'forum-gallery'];
// A query string makes each import a separate module: the bundle really evaluates twice.
const load = (copy: string) => import(/* @vite-ignore */ `../dist/forumkit.js?copy=${copy}`) as Promise<Bundle>;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the drop-in bundle', () => {
  it('registers every element, and loading it a second time changes nothing', async () => {
    const problems = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(problems);
    vi.spyOn(console, 'warn').mockImplementation(problems);
    const first = await load('first');
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBeDefined();
    // Rendered in the browser: Lit's hydration support is left to forumkit-hydrate.js.
    expect('litElementHydrateSupport' in globalThis).toBe(false);
    expect(customElements.get('forum-agenda')).toBe(first.ForumAgenda);

    const second = await load('second');
    expect(second.ForumAgenda).not.toBe(first.ForumAgenda); // really a second copy
    expect(customElements.get('forum-agenda')).toBe(first.ForumAgenda);
    expect(problems).not.toHaveBeenCalled();
  });

  it('renders after a second copy was loaded, from an inline data script', async () => {
    await load('first');
    await load('third');
    const agenda = document.createElement('forum-agenda');
    agenda.lang = 'en';
    const data = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(seoulData) });
    agenda.append(data);
    const loaded = new Promise((resolve) => agenda.addEventListener('forum-load', resolve, { once: true }));
    document.body.append(agenda);
    await loaded;
    expect(agenda.shadowRoot!.textContent).toContain('Opening remarks');
  });
});
