// The bundle for server-rendered pages (dist/forumkit-hydrate.js): hydration support must load
// before any element so server-rendered elements adopt their declarative shadow DOM instead of
// rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
