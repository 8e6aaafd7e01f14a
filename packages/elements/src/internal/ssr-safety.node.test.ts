/// <reference types="vite/client" />
// Server-side rendering in Node: no document, no HTMLScriptElement, no MutationObserver.
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../forum-speaker-card/forum-speaker-card.js';
import { forumData, forumDataCopy, testForum } from './test-fixtures.js';
import { renderOnServer } from './test-ssr.js';

// Every shipped module (test helpers such as test-a11y.ts are browser-only by design).
const modules = import.meta.glob(['./*.ts', '!./*.test.ts', '!./test-*.ts']);
const shadowRoot = '<template shadowroot="open" shadowrootmode="open">';

afterEach(() => vi.restoreAllMocks());

describe('under Node, with no DOM', () => {
  it('has no browser globals to lean on', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof HTMLScriptElement).toBe('undefined');
    expect(typeof MutationObserver).toBe('undefined');
  });

  it('imports every internal module', async () => {
    const names = Object.keys(modules);
    expect(names).toContain('./forum-data.ts');
    expect(names).toContain('./forum-source.ts');
    for (const name of names) await expect(modules[name]!(), name).resolves.toBeTypeOf('object');
  });

  it('renders a speaker card into a declarative shadow root', async () => {
    const output = await renderOnServer(html`<forum-speaker-card person="ju-yongtae" lang="en" .forum=${testForum}></forum-speaker-card>`);
    expect(output).toContain(shadowRoot);
    const shadow = output.slice(output.indexOf(shadowRoot));
    expect(shadow).toContain('Ju Yong-tae');
    expect(shadow).toMatch(/part="job-title"[^>]*>(<!--[^>]*-->|\s|<bdi>)*President/);
    expect(shadow).toContain('Korea Quantum Association');
    expect(shadow).not.toContain('role="status"');
  });

  it('renders in the element’s language', async () => {
    const output = await renderOnServer(html`<forum-speaker-card person="ju-yongtae" lang="ko" .forum=${testForum}></forum-speaker-card>`);
    expect(output).toContain('주용태');
    expect(output).toContain('회장');
  });

  it('validates raw data and renders the visitor’s message for invalid data', async () => {
    const data = forumDataCopy() as unknown as Record<string, unknown>;
    data.timeZone = 'Mars/Olympus';
    const output = await renderOnServer(html`<forum-speaker-card lang="en" .forum=${data}></forum-speaker-card>`);
    expect(output).toContain('role="alert"');
    expect(output).toContain('The speakers could not be loaded.');
    expect(output).not.toContain('timeZone');
  });

  it('escapes hostile text in data, and keeps what invalid data says off the page', async () => {
    const hostile = forumDataCopy() as unknown as { people: Array<Record<string, unknown>> };
    hostile.people[0]!.name = { en: '<script>alert("name")</script>' };
    hostile.people[0]!.jobTitle = { en: '"><img src=x onerror=alert(1)>' };
    const shown = await renderOnServer(html`<forum-speaker-card person="ju-yongtae" lang="en" .forum=${hostile}></forum-speaker-card>`);
    expect(shown).toContain(shadowRoot);
    expect(shown).not.toContain('<script>alert');
    expect(shown).not.toContain('<img src=x');
    expect(shown).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;');
    expect(shown).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');

    const broken = forumDataCopy() as unknown as Record<string, unknown>;
    broken['</template><script>alert(2)</script>'] = true;
    const error = await renderOnServer(html`<forum-speaker-card lang="en" .forum=${broken}></forum-speaker-card>`);
    expect(error).toContain('role="alert"');
    // The cause (here a hostile key) is for the developer: nothing of it reaches the page.
    expect(error).not.toContain('alert(2)');
  });

  it('renders the loading status for a src, as the client’s first render does, without fetching', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    for (const src of ['https://example.org/forum.json', '#forum-data']) {
      const output = await renderOnServer(html`<forum-speaker-card person="ju-yongtae" lang="en" src=${src}></forum-speaker-card>`);
      expect(output).toContain(`src="${src}"`);
      expect(output).toContain('role="status"');
      expect(output).toContain('Loading the speakers…');
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders the data given as forum even when src is set too (the client reads src)', async () => {
    const output = await renderOnServer(html`<forum-speaker-card person="ju-yongtae" lang="en" src="#forum-data" .forum=${testForum}></forum-speaker-card>`);
    expect(output).toContain('President');
    expect(output).not.toContain('role="status"');
  });

  it('renders the page the hydration test in the browser starts from', async () => {
    // forum-hydration.test.ts hydrates this file: the server had `.forum`, the client has the script.
    // After a deliberate change to the card's markup, refresh it: npx vitest run --project elements:node -u
    const element = await renderOnServer(html`<forum-speaker-card person="ju-yongtae" lang="en" src="#forum-data" .forum=${testForum}></forum-speaker-card>`);
    const data = JSON.stringify(forumData).replace(/</g, '\\u003c');
    // Styles play no part in hydration: left out so style edits do not change the fixture.
    const markup = element.replace(/<style>[\s\S]*?<\/style>/g, '');
    const page = `<script type="application/json" id="forum-data">${data}</script>\n${markup}\n`;
    await expect(page).toMatchFileSnapshot('./fixtures/ssr-speaker-card.html');
  });
});
