// The server page under a site's rules: images and links from the allowed origins only, and a
// Content-Security-Policy nonce on every <style> and on the script.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { parseForum } from '@forumkit/core';
import { resolveText } from '@forumkit/core/present';
import '@forumkit/elements';
import { berlinThreeDays } from '../../elements/src/internal/test-forums.js';
import { seoulDataCopy } from '../../elements/src/internal/test-seoul.js';
import { renderForumPage } from './render-page.js';
import { renderToString } from './render-template.js';

const baseUrl = 'https://example.org/seoul/';
const NONCE = 'cnVuLWZvcnVta2l0LXRlc3Q=';

/** The page without its data scripts (the data keeps every URL): what is rendered from it. */
const rendered = (page: string) => page.replace(/<script type="application\/(?:json|ld\+json)"[^>]*>[\s\S]*?<\/script>/g, '');
const urls = (markup: string) => [...markup.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);

/** The Seoul forum with photos, a portrait, a person's page and an article on other sites. */
function seoulWithUrls(): Record<string, any> {
  const data = seoulDataCopy();
  data.photos[0].url = 'https://tracker.example/photo.jpg';
  data.photos[1].url = 'https://cdn.example/photo.jpg';
  Object.assign(data.people[0], { url: 'https://tracker.example/ju', image: 'https://cdn.example/ju.jpg' });
  data.coverage[0].url = 'https://tracker.example/article';
  return data;
}

describe('renderForumPage with allowedOrigins', () => {
  it('renders images and links only from those origins and the page’s own, keeping the words of the others', async () => {
    const data = seoulWithUrls();
    const page = rendered(await renderForumPage(data, { baseUrl, language: 'en', allowedOrigins: ['https://cdn.example'] }));
    const shown = urls(page);
    expect(shown.filter((url) => url.includes('tracker.example'))).toEqual([]);
    expect(shown).toEqual(expect.arrayContaining(['https://cdn.example/photo.jpg', 'https://cdn.example/ju.jpg', data.photos[2].url]));
    // The tracker's photo keeps its caption, the article its headline, the person their name.
    expect(page).toContain(resolveText(parseForum(data).photos![0]!.caption, 'en'));
    expect(page).toContain('Seoul presents a blueprint');
    // The organisations' sites are on no allowed origin either.
    expect(shown.some((url) => url.includes('seoul.go.kr'))).toBe(false);
  });

  it('gives every element the same allowed-origins, so the hydrated page keeps to them', async () => {
    const page = await renderForumPage(seoulWithUrls(), { baseUrl, language: 'en', allowedOrigins: ['https://cdn.example', 'https://example.org'] });
    const tags = [...page.matchAll(/<(forum-[a-z-]+)\b([^>]*)>/g)];
    expect(tags.length).toBeGreaterThan(20);
    for (const [, tag, attributes] of tags) expect(attributes, tag).toContain('allowed-origins="https://cdn.example https://example.org"');
  });

  it('without it, shows every http(s) URL as before', async () => {
    const page = rendered(await renderForumPage(seoulWithUrls(), { baseUrl, language: 'en' }));
    expect(urls(page)).toEqual(expect.arrayContaining(['https://tracker.example/photo.jpg', 'https://tracker.example/ju', 'https://tracker.example/article']));
    expect(page).not.toContain('allowed-origins');
  });
});

describe('renderForumPage with a nonce', () => {
  const berlin = parseForum(structuredClone(berlinThreeDays));

  it('puts it on every <style>, the track colours’ included, and on the script', async () => {
    const page = await renderForumPage(berlin, { baseUrl, language: 'en', nonce: NONCE, scriptUrl: '/forumkit-hydrate.js' });
    const styles = [...page.matchAll(/<style\b([^>]*)>/g)].map((match) => match[1]);
    expect(styles.length).toBeGreaterThan(5);
    expect(styles.every((attributes) => attributes === ` nonce="${NONCE}"`)).toBe(true);
    expect(page).toContain(`<script type="module" src="/forumkit-hydrate.js" nonce="${NONCE}"></script>`);
    expect(page).toMatch(/<style nonce="[^"]+">[^<]*\.track-color-1f6feb::before\{content:'';background:#1f6feb\}/);
  });

  it('with stylesheet files, leaves one <style>: the track colours, with the nonce', async () => {
    const stylesheets = { href: (file: string) => `/styles/${file}` };
    const withNonce = await renderForumPage(berlin, { baseUrl, language: 'en', nonce: NONCE, stylesheets });
    expect([...withNonce.matchAll(/<style\b[^>]*>([^<]*)<\/style>/g)].map((match) => match[0])).toEqual([
      `<style nonce="${NONCE}">.track-color-1f6feb::before{content:'';background:#1f6feb}.track-color-d9480f::before{content:'';background:#d9480f}</style>`,
    ]);
    // Without one, no <style> at all: the hydrating script brings the colours.
    expect(await renderForumPage(berlin, { baseUrl, language: 'en', stylesheets })).not.toContain('<style');
  });

  it('refuses one a policy could not name, rather than write it into the page', async () => {
    for (const nonce of ['', 'abc" onload="alert(1)', 'a b', "'nonce-abc'"]) {
      await expect(renderForumPage(berlin, { baseUrl, nonce }), nonce).rejects.toThrow(TypeError);
    }
  });

  it('is renderToString’s too', async () => {
    const markup = await renderToString(html`<forum-agenda lang="en" .forum=${berlin}></forum-agenda>`, { nonce: NONCE });
    expect([...markup.matchAll(/<style\b([^>]*)>/g)].map((match) => match[1])).toEqual([` nonce="${NONCE}"`]);
  });
});
