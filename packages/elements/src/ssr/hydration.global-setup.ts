// Runs in Node before the browser tests: renders the Seoul page on the server, as a site would,
// and hands it to hydration.test.ts through `inject('seoulPage')`; and a long programme's agenda
// for agenda-long-hydration.test.ts (`inject('longAgenda')`).
import { html } from 'lit';
import type { TestProject } from 'vitest/node';
import { validateForum } from '@forumkit/core';
import { LONG_HYDRATION_SRC, longHydrationData } from '../forum-agenda/agenda-long-hydration.fixture.js';
import { seoulData } from '../internal/test-seoul.js';
import { renderForumPage } from './render-page.js';
import { renderToString } from './render-template.js';

export default async function setup(project: TestProject): Promise<void> {
  const page = await renderForumPage(seoulData, { baseUrl: 'https://example.org/seoul/', language: 'ko' });
  // URI-encoded: vitest writes provided values into an inline <script> of its own page, where
  // the page's `</script>` would end it (the browser then never connects).
  project.provide('seoulPage', encodeURIComponent(page));
  const long = validateForum(longHydrationData());
  if (!long.ok) throw new Error('the long programme for the hydration test is invalid');
  const agenda = await renderToString(html`<forum-agenda lang="en" layout="list" .forum=${long.forum} src=${LONG_HYDRATION_SRC}></forum-agenda>`);
  project.provide('longAgenda', encodeURIComponent(agenda));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Korean Seoul page from renderForumPage, URI-encoded (no bundle script: the test loads the elements). */
    seoulPage: string;
    /** A server-rendered <forum-agenda> of a long programme (longHydrationData), URI-encoded. */
    longAgenda: string;
  }
}
