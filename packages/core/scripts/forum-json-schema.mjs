// Builds the forum JSON Schema from @forumkit/core's valibot schemas (from dist when publishing,
// from src in tests), with one `definitions` entry per named piece and the editor help added.
import { toJsonSchema } from '@valibot/to-json-schema';
import { definitionHelp, forumFieldHelp } from './json-schema-help.mjs';

/**
 * @param {{ forumSchema: any, forumSchemaDefinitions: Record<string, any> }} core
 * @returns {Record<string, any>}
 */
export function forumJsonSchema({ forumSchema, forumSchemaDefinitions }) {
  // Patterns (ids, tags, the URL rule isSafeUrl tests) carry over as they are; checks with no JSON
  // Schema form (real calendar dates, known time zones, well-formed Unicode) are left to validateForum.
  const { $schema, $defs, ...forum } = toJsonSchema(forumSchema, {
    target: 'draft-07',
    errorMode: 'ignore',
    definitions: forumSchemaDefinitions,
    overrideRef: ({ referenceId }) => `#/definitions/${referenceId}`,
  });
  const definitions = Object.fromEntries(Object.entries($defs ?? {}).map(([name, definition]) => [name, { ...definitionHelp[name], ...definition }]));
  for (const [field, description] of Object.entries(forumFieldHelp)) {
    if (forum.properties?.[field]) forum.properties[field] = { description, ...forum.properties[field] };
  }
  return {
    $schema,
    $id: 'https://unpkg.com/@forumkit/core/forum.schema.json',
    title: 'forumkit forum',
    description: 'A forum document for @forumkit/core: sessions, people, organisations, venue, quotes, photos and coverage.',
    ...forum,
    definitions,
  };
}
