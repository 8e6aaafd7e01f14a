// Server-side rendering with Lit's global DOM shim (a fake `document` and MutationObserver exist)
// and with connectedCallback called on the server, as some SSR set-ups do.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import '../forum-speaker-card/forum-speaker-card.js';
import { testForum } from './test-fixtures.js';

LitElementRenderer.renderOptions.push((element) => (element.localName === 'forum-speaker-card' ? { connectedCallback: true } : undefined));

describe('under the global DOM shim, with connectedCallback', () => {
  it('has a stand-in document', () => {
    expect(typeof document).toBe('object');
  });

  it('renders forum data', async () => {
    const output = await collectResult(render(html`<forum-speaker-card person="ju-yongtae" lang="en" .forum=${testForum}></forum-speaker-card>`));
    expect(output).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(output).toContain('Ju Yong-tae');
    expect(output).toContain('President');
  });

  it('renders a src as loading without fetching or reading the stand-in document', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    for (const src of ['/forum.json', '#forum-data']) {
      const output = await collectResult(render(html`<forum-speaker-card person="ju-yongtae" lang="en" src=${src}></forum-speaker-card>`));
      expect(output).toContain('role="status"');
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders an element with no data as empty', async () => {
    const output = await collectResult(render(html`<forum-speaker-card lang="ko"></forum-speaker-card>`));
    expect(output).toContain('포럼 데이터가 없습니다.');
  });
});
