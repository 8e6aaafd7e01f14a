type Loose = Record<string, unknown>;

/** Each object of a list in the (partially valid) document with its index; anything else is skipped. */
export function* entriesOf(owner: Loose, key: string): Generator<readonly [Loose, number], void, void> {
  const list = owner[key];
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) yield [item as Loose, index];
  }
}

/** Visits each object of a list in the (partially valid) document with its index; anything else is skipped. */
export function eachEntry(owner: Loose, key: string, visit: (item: Loose, index: number) => void): void {
  const list = owner[key];
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) visit(item as Loose, index);
  }
}
