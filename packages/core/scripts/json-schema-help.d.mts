/** Editor help per JSON Schema definition. */
export declare const definitionHelp: Record<string, { description: string; examples?: unknown[] }>;
/** Editor help per top-level forum field. */
export declare const forumFieldHelp: Record<string, string>;
