// Runs in Node before the browser tests: renders the Seoul page on the server, as a site would,
// and hands it to hydration.test.ts through `inject('seoulPage')`.
import type { TestProject } from 'vitest/node';
import { seoulData } from '../internal/test-seoul.js';
import { renderForumPage } from './render-page.js';

export default async function setup(project: TestProject): Promise<void> {
  const page = await renderForumPage(seoulData, { baseUrl: 'https://example.org/seoul/', language: 'ko' });
  // URI-encoded: vitest writes provided values into an inline <script> of its own page, where
  // the page's `</script>` would end it (the browser then never connects).
  project.provide('seoulPage', encodeURIComponent(page));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Korean Seoul page from renderForumPage, URI-encoded (no bundle script: the test loads the elements). */
    seoulPage: string;
  }
}
