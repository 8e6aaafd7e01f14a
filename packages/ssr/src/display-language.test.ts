// The language a forum is shown in when nobody asks for one: the forum's own, whichever way it is rendered.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { displayLanguage } from '@forumkit/core/present';
import { seoulDataCopy, seoulForum } from '../../elements/src/internal/test-seoul.js';
import { renderForumPage } from './render-page.js';
import { renderToString } from './render-template.js';

const baseUrl = 'https://example.org/seoul/';
const card = (forum: unknown, lang?: string) =>
  renderToString(html`<forum-speaker-card .forum=${forum} person="ju-yongtae" lang=${lang ?? ''}></forum-speaker-card>`);

describe('renderToString and renderForumPage', () => {
  it('show a forum in its first language when no language is asked for', async () => {
    expect(displayLanguage(seoulForum, undefined)).toBe('ko');
    expect(await card(seoulForum)).toContain('창조산업기획관');
    expect(await renderForumPage(seoulForum, { baseUrl })).toMatch(/^<!doctype html>\n<html lang="ko"/);

    const englishFirst = { ...seoulDataCopy(), languages: ['en', 'ko'] };
    expect(await card(englishFirst)).toContain('Director-General for Creative Industry Planning');
    expect(await renderForumPage(englishFirst, { baseUrl })).toMatch(/^<!doctype html>\n<html lang="en"/);
  });

  it('show the language asked for, and the forum’s for a tag the platform cannot read', async () => {
    expect(await card(seoulForum, 'en')).toContain('Director-General for Creative Industry Planning');
    expect(await renderForumPage(seoulForum, { baseUrl, language: 'en' })).toMatch(/<html lang="en"/);
    expect(await card(seoulForum, 'en_US')).toContain('창조산업기획관');
    expect(await renderForumPage(seoulForum, { baseUrl, language: 'en_US' })).toMatch(/<html lang="ko"/);
  });
});
