import { matchLanguage } from './text.js';

/** The parts of a quote that say which of its texts are the words as said. */
interface QuoteWords {
  readonly text: string | Readonly<Record<string, string>>;
  readonly language: string;
}

/**
 * The key of a quote's text map that holds the words as they were said: the quote's `language`
 * (any letter case; `en-GB` finds `en`). Undefined when the map has no such text, which
 * validation reports; a plain-string text is the original by definition (also undefined here).
 * Validation, the JSON-LD and the elements all decide the original through this one rule.
 */
export function originalTextKey(quote: QuoteWords): string | undefined {
  return typeof quote.text === 'string' ? undefined : matchLanguage(quote.language, Object.keys(quote.text));
}

/** The words as they were said, in the language they were said in. */
export function originalWords(quote: QuoteWords): { readonly text: string; readonly language: string } {
  if (typeof quote.text === 'string') return { text: quote.text, language: quote.language };
  const key = originalTextKey(quote) ?? Object.keys(quote.text)[0]!;
  return { text: quote.text[key]!, language: quote.language };
}
