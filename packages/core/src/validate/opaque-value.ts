// Stand-ins for values that are not plain data (a Date, an unreadable property, a cycle).
// They are symbols, which every part of the schema rejects, so validation reports them where
// something else was expected, and messages can still say what was found.
const descriptions = new Map<symbol, string>();
const symbols = new Map<string, symbol>();

/** The stand-in for a kind of value; `description` is one of a fixed few (it names the value in messages). */
export function opaqueValue(description: string): symbol {
  let symbol = symbols.get(description);
  if (symbol === undefined) {
    symbol = Symbol(description);
    symbols.set(description, symbol);
    descriptions.set(symbol, description);
  }
  return symbol;
}

/** What a stand-in stands for ("a Date object"); undefined for any other symbol. */
export function opaqueDescription(value: symbol): string | undefined {
  return descriptions.get(value);
}
