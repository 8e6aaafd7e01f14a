/** Nothing (absent), the single value, or the list: JSON-LD reads all three the same way. */
export function oneOrMany<T>(values: readonly T[]): T | readonly T[] | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** The node without absent fields (lists go through `oneOrMany`, so none is ever empty). */
export function prune<T extends object>(node: T): T {
  const out: Record<string, unknown> = {};
  for (const key in node) if (node[key] !== undefined) out[key] = node[key];
  return out as T;
}
