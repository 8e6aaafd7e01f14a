// The drop-in bundle (dist/forumkit.js): every element, rendered in the browser. It loads the
// validator with the elements' views (with the first data), the languages other than English and
// the iCalendar writer when first needed, from dist/forumkit-chunks/ (tsup.config.ts builds in
// on-demand twins of some modules). Pages rendered on the server load dist/forumkit-hydrate.js
// instead (bundle-hydrate.ts), which adds hydration support and has everything in one file.
export * from './index.js';
