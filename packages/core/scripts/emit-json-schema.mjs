// Writes forum.schema.json from the same valibot schemas that type and validate forums.
import { writeFileSync } from 'node:fs';
import { forumSchema, forumSchemaDefinitions } from '../dist/schema.js';
import { forumJsonSchema } from './forum-json-schema.mjs';

const schema = forumJsonSchema({ forumSchema, forumSchemaDefinitions });
writeFileSync(new URL('../forum.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote forum.schema.json (${Object.keys(schema.definitions).length} definitions)`);
