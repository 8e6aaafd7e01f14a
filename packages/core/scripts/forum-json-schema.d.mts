import type { GenericSchema } from 'valibot';

/** isSafeUrl as a JSON Schema pattern. */
export declare const URL_PATTERN: string;

/** The forum JSON Schema (draft-07) built from core's valibot schemas. */
export declare function forumJsonSchema(core: {
  forumSchema: GenericSchema;
  forumSchemaDefinitions: Readonly<Record<string, GenericSchema>>;
  isSafeUrl: (value: string) => boolean;
}): Record<string, any>;
