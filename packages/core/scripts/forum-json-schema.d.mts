import type { GenericSchema } from 'valibot';

/** The forum JSON Schema (draft-07) built from core's valibot schemas. */
export declare function forumJsonSchema(core: {
  forumSchema: GenericSchema;
  forumSchemaDefinitions: Readonly<Record<string, GenericSchema>>;
}): Record<string, any>;
