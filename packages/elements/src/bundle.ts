// The drop-in bundle (dist/forumkit.js): every element, rendered in the browser. Pages rendered on
// the server load dist/forumkit-hydrate.js instead (bundle-hydrate.ts), which adds hydration support.
export * from './index.js';
