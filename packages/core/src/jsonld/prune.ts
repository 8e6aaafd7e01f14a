/** Nothing (absent), the single value, or the list: JSON-LD reads all three the same way. */
export function oneOrMany<T>(values: readonly T[]): T | readonly T[] | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** The node without absent fields, so the output never carries `undefined` or empty lists. */
export function prune<T extends object>(node: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as T;
}
