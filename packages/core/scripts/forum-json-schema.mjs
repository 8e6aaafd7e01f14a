// Builds the forum JSON Schema from @forumkit/core's valibot schemas (from dist when publishing,
// from src in tests), with one `definitions` entry per named piece and the editor help added.
import { toJsonSchema } from '@valibot/to-json-schema';
import { definitionHelp, forumFieldHelp } from './json-schema-help.mjs';

// isSafeUrl as a pattern: http(s), or no scheme at all; no spaces, control characters or backslashes.
export const URL_PATTERN = '^(?:[Hh][Tt][Tt][Pp][Ss]?:|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\\x00-\\x20\\x7f\\\\]*$';

/**
 * @param {{ forumSchema: any, forumSchemaDefinitions: Record<string, any>, isSafeUrl: (value: string) => boolean }} core
 * @returns {Record<string, any>}
 */
export function forumJsonSchema({ forumSchema, forumSchemaDefinitions, isSafeUrl }) {
  const { $schema, $defs, ...forum } = toJsonSchema(forumSchema, {
    target: 'draft-07',
    // Checks with no JSON Schema form (real calendar dates, known time zones) are left to validateForum.
    errorMode: 'ignore',
    definitions: forumSchemaDefinitions,
    overrideRef: ({ referenceId }) => `#/definitions/${referenceId}`,
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'check' && valibotAction.requirement === isSafeUrl ? { ...jsonSchema, pattern: URL_PATTERN } : undefined,
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
