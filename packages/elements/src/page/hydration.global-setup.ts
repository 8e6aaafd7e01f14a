// Runs in Node before the browser tests: renders the Seoul page's body on the server, as
// @forumkit/ssr's renderForumPage does (Lit's renderer, then the data script the elements read),
// and hands it to the hydration tests through `inject('seoulPageBody')`.
import { serializeJsonLd } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import type { TestProject } from 'vitest/node';
import { renderOnServer } from '../internal/test-ssr.js';
import { seoulForum } from '../internal/test-seoul.js';
import { forumPageBody } from './forum-page-body.js';

export default async function setup(project: TestProject): Promise<void> {
  const body = await renderOnServer(forumPageBody(presentForum(seoulForum, { language: 'ko' }), { src: '#forum-data' }));
  const data = `<script type="application/json" id="forum-data">${serializeJsonLd(seoulForum)}</script>`;
  // URI-encoded: vitest writes provided values into an inline <script> of its own page, where
  // the page's `</script>` would end it (the browser then never connects).
  project.provide('seoulPageBody', encodeURIComponent(body + data));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The body of the Korean Seoul page as the server renders it, URI-encoded (no bundle script: the test loads the elements). */
    seoulPageBody: string;
  }
}
