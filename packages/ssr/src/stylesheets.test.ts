// renderForumPage with `stylesheets`: each shadow root links its element's file instead of
// carrying a <style>, the head links and preloads the files, and forumStylesheets() holds
// exactly the CSS the inline page writes.
import { html } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseForum } from '@forumkit/core';
import { berlinThreeDays } from '../../elements/src/internal/test-forums.js';
import { seoulDataCopy, seoulForum } from '../../elements/src/internal/test-seoul.js';
import { PAGE_STYLES } from './page-styles.js';
import { renderForumPage } from './render-page.js';
import { renderToString } from './render-template.js';
import { forumStylesheets } from './stylesheets.js';

const baseUrl = 'https://example.org/seoul/';
const stylesheets = { href: (file: string) => `/assets/${file}?v=1` };
const DSD = '<template shadowroot="open" shadowrootmode="open">';
const TAGS = ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery'];
const head = (page: string) => page.slice(0, page.indexOf('</head>'));

/** What each shadow root starts with, by its host's tag, in document order. */
const rootStarts = (page: string) =>
  [...page.matchAll(new RegExp(`<(forum-[a-z-]+)\\b[^>]*>${DSD}(<style>[\\s\\S]*?</style>|<link [^>]*>)`, 'g'))].map(([, tag, start]) => ({
    tag: tag!,
    start: start!,
  }));

describe('renderForumPage with stylesheets', () => {
  let inline: string;
  let linked: string;
  beforeAll(async () => {
    inline = await renderForumPage(seoulForum, { baseUrl, language: 'en' });
    linked = await renderForumPage(seoulForum, { baseUrl, language: 'en', stylesheets });
  });

  it('writes no <style> at all: each shadow root links its own element’s file, once', () => {
    expect(linked).not.toContain('<style');
    const roots = rootStarts(linked);
    expect(roots).toHaveLength(1 + 1 + 8 + 15 + 1);
    for (const { tag, start } of roots) expect(start).toBe(`<link rel="stylesheet" href="/assets/${tag}.css?v=1">`);
    // Nothing else in a root links a stylesheet: one link per element on the page.
    expect(linked.match(/<link rel="stylesheet"/g)).toHaveLength(roots.length + 1); // and the page's own, in the head
  });

  it('links the page’s stylesheet in the head and preloads each element’s file once, without applying it to the page', () => {
    const links = head(linked).match(/<link [^>]*>/g);
    expect(links).toEqual([
      '<link rel="stylesheet" href="/assets/forumkit-page.css?v=1">',
      ...TAGS.map((tag) => `<link rel="preload" href="/assets/${tag}.css?v=1" as="style">`),
    ]);
    // Before the JSON-LD, so a browser finds them before reading the graph.
    expect(head(linked).indexOf('forum-gallery.css')).toBeLessThan(head(linked).indexOf('application/ld+json'));
  });

  it('preloads only the files of the elements the page shows', async () => {
    const data = seoulDataCopy();
    delete data.quotes;
    delete data.photos;
    delete data.images; // they name photos
    const page = await renderForumPage(data, { baseUrl, stylesheets });
    expect(head(page).match(/[a-z-]+\.css(?=\?v=1" as="style")/g)).toEqual(['forum-agenda.css', 'forum-speaker-list.css', 'forum-speaker-card.css']);
  });

  it('holds, in forumStylesheets(), the very CSS the inline page writes in each shadow root', () => {
    const files = forumStylesheets();
    expect([...files.keys()]).toEqual([...TAGS.map((tag) => `${tag}.css`), 'forumkit-page.css']);
    const inlineRoots = rootStarts(inline);
    expect(new Set(inlineRoots.map(({ tag }) => tag))).toEqual(new Set(TAGS));
    for (const { tag, start } of inlineRoots) expect(start, tag).toBe(`<style>${files.get(`${tag}.css`)}</style>`);
    expect(head(inline)).toContain(`<style>${PAGE_STYLES}</style>`);
    expect(files.get('forumkit-page.css')).toBe(PAGE_STYLES.trimStart());
  });

  it('changes nothing else: putting the CSS back gives the inline page', () => {
    const files = forumStylesheets();
    const restored = linked
      .replace(/<link rel="preload"[^>]*>\n/g, '')
      .replace(/<link rel="stylesheet" href="\/assets\/([a-z-]+\.css)\?v=1">\n?/g, (link, file: string) =>
        file === 'forumkit-page.css' ? `<style>${PAGE_STYLES}</style>\n` : `<style>${files.get(file)}</style>`,
      );
    expect(restored).toBe(inline);
  });

  it('with the forum, holds its track colours in the agenda’s file: putting it back gives the inline page, colours included', async () => {
    const berlin = parseForum(structuredClone(berlinThreeDays));
    const files = forumStylesheets(berlin);
    expect(files.get('forum-agenda.css')).toBe(
      `${forumStylesheets().get('forum-agenda.css')}.track-color-1f6feb::before{content:'';background:#1f6feb}.track-color-d9480f::before{content:'';background:#d9480f}`,
    );
    for (const tag of TAGS.filter((tag) => tag !== 'forum-agenda')) expect(files.get(`${tag}.css`), tag).toBe(forumStylesheets().get(`${tag}.css`));
    const page = await renderForumPage(berlin, { baseUrl, language: 'en', stylesheets });
    const restored = page
      .replace(/<link rel="preload"[^>]*>\n/g, '')
      .replace(/<link rel="stylesheet" href="\/assets\/([a-z-]+\.css)\?v=1">\n?/g, (link, file: string) =>
        file === 'forumkit-page.css' ? `<style>${PAGE_STYLES}</style>\n` : `<style>${files.get(file)}</style>`,
      );
    expect(restored).toBe(await renderForumPage(berlin, { baseUrl, language: 'en' }));
  });

  it('escapes the URLs it is given', async () => {
    const page = await renderForumPage(seoulForum, { baseUrl, stylesheets: { href: (file) => `css/${file}?a=1&b="2"` } });
    expect(page).toContain('<link rel="stylesheet" href="css/forum-quote.css?a=1&amp;b=&quot;2&quot;">');
  });
});

describe('renderToString with stylesheets', () => {
  it('links an element’s file from its shadow root', async () => {
    const quote = html`<forum-quote .forum=${seoulForum} quote=${seoulForum.quotes![0]!.id}></forum-quote>`;
    const markup = await renderToString(quote, { stylesheets });
    expect(markup).toContain(`${DSD}<link rel="stylesheet" href="/assets/forum-quote.css?v=1"><!--lit-part`);
    expect(markup).not.toContain('<style');
    expect(await renderToString(quote)).toContain(`${DSD}<style>${forumStylesheets().get('forum-quote.css')}</style>`);
  });
});
