/** A realistic, valid forum document with `sessionCount` sessions (deterministic for a given seed). */
export function generateForum(sessionCount: number, seed?: number): Record<string, any>;
