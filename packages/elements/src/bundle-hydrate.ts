// The bundle for server-rendered pages (dist/forumkit-hydrate.js): one file with everything in it,
// so elements hydrate with their data and words on the first render. Hydration support must load
// before any element so server-rendered elements adopt their declarative shadow DOM instead of
// rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
