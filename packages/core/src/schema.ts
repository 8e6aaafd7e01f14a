/** @forumkit/core/schema: the forum schema (valibot), its closed vocabularies and the URL rules every output follows. */
export { forumSchema } from './model/schema/forum.js';
export { forumSchemaDefinitions } from './model/schema/definitions.js';
export * from './model/vocabularies.js';
export { isSafeUrl, isAbsoluteHttpUrl, resolveUrl } from './model/url.js';
