/** A seeded PRNG and the helpers the generators use. */
export interface SeededRandom {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

export declare function seededRandom(seed: number): SeededRandom;
/** A non-empty text of at most `max` characters built from hostile pieces. */
export declare function hostileText(random: SeededRandom, max?: number): string;
/** A valid forum (validateForum accepts it) whose every free text is hostile. */
export declare function hostileForum(seed: number): Record<string, any>;
/** A copy of `forum` broken in one to four random ways (the copy may still be valid). */
export declare function mutateForum(forum: unknown, random: SeededRandom): unknown;
