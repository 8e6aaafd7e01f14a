// Every valid forum goes through every output: core's hostile forums (test/fuzz/hostile-forums.mjs,
// seeded; every free text and URL made of pieces that have broken renderers) through
// renderForumPage, without and with the hydrating script. The page must render, hold no script
// but forumkit's own, no comment but Lit's markers, and its data blocks must parse back. The
// attack corpus in Chromium is attack-corpus.test.ts.
import { validateForum } from '@forumkit/core';
import { describe, expect, it } from 'vitest';
import { hostileForum } from '../../core/test/fuzz/hostile-forums.mjs';
import { renderForumPage } from './index.js';

const FORUMS = 24;
const baseUrl = 'https://forum.example.org/2024/?a=1&b=<2>';

// Lit's own comments: part and node markers, with an optional digest or index.
const LIT_MARKER = /^(\/?lit-part( [A-Za-z0-9+/=]+)?|lit-node \d+)$/;
const block = (page: string, opening: string) => {
  const start = page.indexOf(opening);
  return start < 0 ? undefined : page.slice(start + opening.length, page.indexOf('</script>', start));
};

describe.each(Array.from({ length: FORUMS }, (_, i) => i + 1))('hostile forum %i', (seed) => {
  const input = hostileForum(seed);
  const result = validateForum(input);

  it.each([
    ['without JavaScript', undefined],
    ['hydrated', '/forumkit-hydrate.js'],
  ])('renders a page %s with nothing of its text outside escaping', async (_, scriptUrl) => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const language = result.forum.languages?.[0] ?? 'en';
    const page = await renderForumPage(input, { baseUrl, language, ...(scriptUrl && { scriptUrl }) });

    // forumkit's scripts only: the JSON-LD, the forum data, the hydrating bundle.
    const scripts = [...page.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
    expect(scripts).toEqual([
      '<script type="application/ld+json">',
      '<script type="application/json" id="forum-data">',
      ...(scriptUrl ? [`<script type="module" src="${scriptUrl}">`] : []),
    ]);
    expect(page.match(/<\/script/gi)).toHaveLength(scripts.length);
    // No comment a text could have opened or closed.
    const comments = [...page.matchAll(/<!--([\s\S]*?)-->/g)].map(([, body]) => body!);
    expect(comments.filter((body) => !LIT_MARKER.test(body))).toEqual([]);
    expect(page.split('<!--').length).toBe(comments.length + 1);
    // The data blocks hold no markup and parse back to the forum and its JSON-LD.
    for (const opening of ['<script type="application/ld+json">', '<script type="application/json" id="forum-data">']) {
      expect(block(page, opening)).not.toMatch(/[<>]/);
    }
    expect(JSON.parse(block(page, '<script type="application/json" id="forum-data">')!)).toEqual(JSON.parse(JSON.stringify(result.forum)));
    expect(JSON.parse(block(page, '<script type="application/ld+json">')!)['@graph']).not.toHaveLength(0);
  });
});
