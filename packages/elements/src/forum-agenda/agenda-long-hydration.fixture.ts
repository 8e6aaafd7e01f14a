// The long programme the hydration test renders on the server (hydration.global-setup.ts) and
// gives the browser as a JSON script, as renderForumPage's pages do.
import { largeForum } from '../internal/test-forums.js';

/** The id of the page's JSON script, as the agenda's `src` names it. */
export const LONG_HYDRATION_SRC = '#long-forum';

/** More sessions than a browser-rendered agenda renders at once. */
export const longHydrationData = () => largeForum(240, 8);
