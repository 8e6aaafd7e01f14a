// Writes forum.schema.json from the same valibot schema that types and validates forums.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { forumSchema } from '../dist/index.js';

const schema = toJsonSchema(forumSchema, { target: 'draft-07', errorMode: 'ignore' });
const document = {
  $schema: schema.$schema,
  $id: 'https://unpkg.com/@forumkit/core/forum.schema.json',
  title: 'forumkit forum',
  description: 'A forum document for @forumkit/core: sessions, people, organisations, venue, quotes, photos and coverage.',
  ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
};
writeFileSync(new URL('../forum.schema.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log('wrote forum.schema.json');
