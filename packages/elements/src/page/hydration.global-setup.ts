// Runs in Node before the browser tests: renders the Seoul page's body on the server, as
// @forumkit/ssr's renderForumPage does (Lit's renderer, then the data script the elements read),
// and hands it to the hydration tests through `inject('seoulPageBody')`; and a long programme's
// agenda for agenda-long-hydration.test.ts (`inject('longAgenda')`).
import { html } from 'lit';
import { serializeJsonLd, validateForum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import type { TestProject } from 'vitest/node';
import { LONG_HYDRATION_SRC, longHydrationData } from '../forum-agenda/agenda-long-hydration.fixture.js';
import { renderOnServer } from '../internal/test-ssr.js';
import { seoulForum } from '../internal/test-seoul.js';
import { forumPageBody } from './forum-page-body.js';

export default async function setup(project: TestProject): Promise<void> {
  const body = await renderOnServer(forumPageBody(presentForum(seoulForum, { language: 'ko' }), { src: '#forum-data' }));
  const data = `<script type="application/json" id="forum-data">${serializeJsonLd(seoulForum)}</script>`;
  // URI-encoded: vitest writes provided values into an inline <script> of its own page, where
  // the page's `</script>` would end it (the browser then never connects).
  project.provide('seoulPageBody', encodeURIComponent(body + data));
  const long = validateForum(longHydrationData());
  if (!long.ok) throw new Error('the long programme for the hydration test is invalid');
  const agenda = await renderOnServer(html`<forum-agenda lang="en" layout="list" .forum=${long.forum} src=${LONG_HYDRATION_SRC}></forum-agenda>`);
  project.provide('longAgenda', encodeURIComponent(agenda));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The body of the Korean Seoul page as the server renders it, URI-encoded (no bundle script: the test loads the elements). */
    seoulPageBody: string;
    /** A server-rendered <forum-agenda> of a long programme (longHydrationData), URI-encoded. */
    longAgenda: string;
  }
}
